package org.crediteval.ui.parts;

import java.util.List;
import java.util.function.Function;

import org.crediteval.api.score.SubjectResult;
import org.crediteval.ui.internal.Messages;
import org.crediteval.ui.internal.RuleText;
import org.crediteval.ui.session.AssessmentSession;
import org.crediteval.ui.session.Snapshot;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Ranking: subjects of the open evidence by total (base + bonus), highest first. */
public class RankingPart {

    /** One row: the rank (ties share it) and the subject's result. */
    public record Row(int rank, SubjectResult subject) {
    }

    @Inject
    AssessmentSession session;

    @Inject
    @Translation
    Messages messages;

    TableViewer viewer;

    @PostConstruct
    public void create(Composite parent) {
        TableColumnLayout layout = new TableColumnLayout();
        parent.setLayout(layout);
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, messages.col_rank, 1, r -> Integer.toString(r.rank()));
        column(layout, messages.col_subject, 3, r -> r.subject().subject());
        column(layout, messages.col_base, 2, r -> RuleText.score(r.subject().base()));
        column(layout, messages.col_bonus, 2, r -> RuleText.score(r.subject().bonus()));
        column(layout, messages.col_total, 2, r -> RuleText.score(r.subject().total()));
        session.current().ifPresent(this::show);
    }

    @Inject
    @Optional
    void snapshotChanged(@UIEventTopic(AssessmentSession.TOPIC_SNAPSHOT) Snapshot snapshot) {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            show(snapshot);
        }
    }

    @Focus
    public void focus() {
        viewer.getControl().setFocus();
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** Ranks with ties: 1, 2, 2, 4. */
    static List<Row> rows(List<SubjectResult> ranked) {
        Row[] rows = new Row[ranked.size()];
        for (int i = 0; i < rows.length; i++) {
            boolean tie = i > 0 && ranked.get(i).total().compareTo(ranked.get(i - 1).total()) == 0;
            rows[i] = new Row(tie ? rows[i - 1].rank() : i + 1, ranked.get(i));
        }
        return List.of(rows);
    }

    private void show(Snapshot snapshot) {
        viewer.setInput(rows(snapshot.ranking()));
    }

    private void column(TableColumnLayout layout, String title, int weight, Function<Row, String> text) {
        Columns.table(viewer, layout, title, weight, Row.class, text);
    }
}
