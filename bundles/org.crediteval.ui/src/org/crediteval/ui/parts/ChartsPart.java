package org.crediteval.ui.parts;

import java.util.List;

import org.crediteval.api.score.SubjectResult;
import org.crediteval.ui.internal.Charts;
import org.crediteval.ui.internal.Messages;
import org.crediteval.ui.session.AssessmentSession;
import org.crediteval.ui.session.Snapshot;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jfree.chart.JFreeChart;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Charts: the radar of one subject's dimensions (share of each maximum) and the dimensions of every subject
 * compared (points per dimension, stacked to the total). Drawn again on every new score and when resized.
 */
public class ChartsPart {

    @Inject
    AssessmentSession session;

    @Inject
    @Translation
    Messages messages;

    private Combo subjects;
    private Canvas radar;
    private Canvas comparison;
    private Image radarImage;
    private Image comparisonImage;
    private List<SubjectResult> results = List.of();
    private SubjectResult chosen;

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(parent);
        Label label = new Label(parent, SWT.NONE);
        label.setText(messages.col_subject + ":");
        subjects = new Combo(parent, SWT.READ_ONLY);
        GridDataFactory.swtDefaults().hint(200, SWT.DEFAULT).applyTo(subjects);
        subjects.addListener(SWT.Selection, e -> choose(subjects.getSelectionIndex()));
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(sash);
        radar = canvas(sash, true);
        comparison = canvas(sash, false);
        sash.setWeights(2, 3);
        session.current().ifPresent(this::show);
    }

    @Inject
    @Optional
    void snapshotChanged(@UIEventTopic(AssessmentSession.TOPIC_SNAPSHOT) Snapshot snapshot) {
        if (radar != null && !radar.isDisposed()) {
            show(snapshot);
        }
    }

    @Focus
    public void focus() {
        subjects.setFocus();
    }

    @PreDestroy
    void dispose() {
        if (radarImage != null) radarImage.dispose();
        if (comparisonImage != null) comparisonImage.dispose();
    }

    /** The subject whose radar is shown (null before evidence is opened). */
    public SubjectResult chosen() {
        return chosen;
    }

    /** Shows the radar of the subject at {@code index} of the result. */
    public void choose(int index) {
        if (index < 0 || index >= results.size()) return;
        chosen = results.get(index);
        if (subjects.getSelectionIndex() != index) subjects.select(index);
        redraw(true);
    }

    /** The images as drawn (null before evidence is opened). */
    public ImageData radarImage() {
        return radarImage == null ? null : radarImage.getImageData();
    }

    public ImageData comparisonImage() {
        return comparisonImage == null ? null : comparisonImage.getImageData();
    }

    private void show(Snapshot snapshot) {
        results = snapshot.result().subjects();
        String keep = chosen == null ? null : chosen.subject();
        subjects.setItems(results.stream().map(SubjectResult::subject).toArray(String[]::new));
        int index = 0;
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).subject().equals(keep)) index = i;
        }
        chosen = results.isEmpty() ? null : results.get(index);
        if (chosen != null) subjects.select(index);
        redraw(true);
        redraw(false);
    }

    private Canvas canvas(Composite parent, boolean isRadar) {
        Canvas canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addListener(SWT.Resize, e -> redraw(isRadar));
        canvas.addListener(SWT.Paint, e -> {
            Image image = isRadar ? radarImage : comparisonImage;
            if (image != null) e.gc.drawImage(image, 0, 0);
        });
        return canvas;
    }

    private void redraw(boolean isRadar) {
        Canvas canvas = isRadar ? radar : comparison;
        var size = canvas.getSize();
        if (chosen == null || size.x < 10 || size.y < 10) return;
        JFreeChart chart = isRadar ? Charts.radar(chosen, messages.chart_radar + " — " + chosen.subject())
                : Charts.comparison(results, messages.chart_comparison, messages.chart_points);
        Image image = new Image(canvas.getDisplay(), Charts.draw(chart, size.x, size.y));
        if (isRadar) {
            if (radarImage != null) radarImage.dispose();
            radarImage = image;
        } else {
            if (comparisonImage != null) comparisonImage.dispose();
            comparisonImage = image;
        }
        canvas.redraw();
    }
}
