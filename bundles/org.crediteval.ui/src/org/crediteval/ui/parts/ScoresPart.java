package org.crediteval.ui.parts;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.crediteval.api.pack.RulePack;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.ui.internal.Messages;
import org.crediteval.ui.internal.RuleText;
import org.crediteval.ui.jobs.SessionJobs;
import org.crediteval.ui.session.AssessmentSession;
import org.crediteval.ui.session.Snapshot;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Scores: subject → dimension → indicator → item with score / max, a bar and the explanation. */
public class ScoresPart {

    public static final String OPEN_COMMAND = "org.crediteval.ui.command.openEvidence";

    @Inject
    AssessmentSession session;

    @Inject
    @Translation
    Messages messages;

    @Inject
    ECommandService commands;

    @Inject
    EHandlerService handlers;

    ComboViewer packs;
    Label file;
    TreeViewer viewer;

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).applyTo(parent);
        new Label(parent, SWT.NONE).setText(messages.label_pack);
        packs = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        packs.setContentProvider(ArrayContentProvider.getInstance());
        packs.setLabelProvider(new org.eclipse.jface.viewers.LabelProvider() {
            @Override
            public String getText(Object e) {
                RulePack p = (RulePack) e;
                return p.name() + " (" + p.id() + " " + p.version() + ")";
            }
        });
        packs.setInput(session.packs());
        packs.addSelectionChangedListener(e -> packChosen());
        Button open = new Button(parent, SWT.PUSH);
        open.setText(messages.button_open);
        open.addListener(SWT.Selection, e -> handlers.executeHandler(ParameterizedCommand.generateCommand(commands.getCommand(OPEN_COMMAND), null)));
        file = new Label(parent, SWT.NONE);
        file.setText(messages.label_nofile);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);

        Composite treeArea = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(treeArea);
        TreeColumnLayout layout = new TreeColumnLayout();
        treeArea.setLayout(layout);
        viewer = new TreeViewer(treeArea, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.setComparer(IdentityComparer.INSTANCE);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new ResultContent());
        column(layout, messages.col_name, 30, text(this::name));
        column(layout, messages.col_score, 6, text(e -> RuleText.score(scoreAndMax(e)[0])));
        column(layout, messages.col_max, 6, text(e -> RuleText.num(scoreAndMax(e)[1])));
        column(layout, messages.col_bar, 12, new ScoreBar(ScoresPart::scoreAndMax));
        column(layout, messages.col_explanation, 46, text(this::explanation));
        session.current().ifPresent(this::show);
    }

    @Inject
    @Optional
    void snapshotChanged(@UIEventTopic(AssessmentSession.TOPIC_SNAPSHOT) Snapshot snapshot) {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            show(snapshot);
        }
    }

    @Inject
    @Optional
    void packsChanged(@UIEventTopic(AssessmentSession.TOPIC_PACKS) List<RulePack> list) {
        if (packs != null && !packs.getControl().isDisposed()) {
            Object selected = packs.getStructuredSelection().getFirstElement();
            packs.setInput(list);
            if (selected != null && list.contains(selected)) packs.setSelection(new StructuredSelection(selected));
        }
    }

    @Focus
    public void focus() {
        viewer.getControl().setFocus();
    }

    public TreeViewer viewer() {
        return viewer;
    }

    void show(Snapshot snapshot) {
        file.setText(snapshot.file().getFileName().toString());
        file.setToolTipText(snapshot.file().toString());
        file.getParent().layout();
        if (packs.getStructuredSelection().getFirstElement() != snapshot.pack()) {
            packs.setSelection(new StructuredSelection(snapshot.pack()));
        }
        viewer.setInput(snapshot.result().subjects());
        viewer.expandToLevel(2);
    }

    private void packChosen() {
        RulePack chosen = (RulePack) ((IStructuredSelection) packs.getSelection()).getFirstElement();
        session.current().filter(s -> chosen != null && s.pack() != chosen)
                .ifPresent(s -> SessionJobs.rescore(session, messages, chosen.id()).schedule());
    }

    private void column(TreeColumnLayout layout, String title, int weight, CellLabelProvider label) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 50));
        column.setLabelProvider(label);
    }

    private static ColumnLabelProvider text(Function<Object, String> text) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        };
    }

    static BigDecimal[] scoreAndMax(Object e) {
        return switch (e) {
            case SubjectResult s -> new BigDecimal[] { s.total(), s.bonusMax() == null ? s.baseMax() : s.baseMax().add(s.bonusMax()) };
            case DimensionResult d -> new BigDecimal[] { d.score(), d.max() };
            case IndicatorResult i -> new BigDecimal[] { i.score(), i.max() };
            case ItemResult i -> new BigDecimal[] { i.score(), i.max() };
            default -> new BigDecimal[] { null, null };
        };
    }

    private String name(Object e) {
        return switch (e) {
            case SubjectResult s -> s.subject();
            case DimensionResult d -> d.id() + "  " + d.name() + (d.bonus() ? " ＋" : "");
            case IndicatorResult i -> i.id() + "  " + i.name();
            case ItemResult i -> i.id() + "  " + i.label();
            default -> String.valueOf(e);
        };
    }

    private String explanation(Object e) {
        return switch (e) {
            case SubjectResult s -> messages.col_base + " " + RuleText.score(s.base()) + " / " + RuleText.num(s.baseMax())
                    + "，" + messages.col_bonus + " " + RuleText.score(s.bonus())
                    + (s.missing().isEmpty() ? "" : "；" + messages.detail_missing + " " + s.missing().size() + "：" + String.join(", ", s.missing()))
                    + (s.warnings().isEmpty() ? "" : "；" + messages.detail_warnings + "：" + String.join("；", s.warnings()));
            case ItemResult i -> i.explanation();
            default -> "";
        };
    }

    /** subjects → dimensions → indicators → items. */
    static final class ResultContent implements ITreeContentProvider {
        /** Child → parent by identity (results are records: equal rows may sit under different subjects). */
        private final java.util.Map<Object, Object> parents = new java.util.IdentityHashMap<>();

        @Override
        public void inputChanged(org.eclipse.jface.viewers.Viewer viewer, Object oldInput, Object newInput) {
            parents.clear();
        }

        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object e) {
            Object[] children = switch (e) {
                case SubjectResult s -> s.dimensions().toArray();
                case DimensionResult d -> d.indicators().toArray();
                case IndicatorResult i -> i.items().toArray();
                default -> new Object[0];
            };
            for (Object child : children) parents.put(child, e);
            return children;
        }

        @Override
        public Object getParent(Object e) {
            return parents.get(e);
        }

        @Override
        public boolean hasChildren(Object e) {
            return !(e instanceof ItemResult);
        }
    }
}
