package org.crediteval.ui.parts;

import java.util.function.Function;

import org.crediteval.analysis.api.Analysis;
import org.crediteval.analysis.api.FactTask;
import org.crediteval.analysis.api.IndicatorTask;
import org.crediteval.analysis.api.TaskList;
import org.crediteval.analysis.api.UnitTasks;
import org.crediteval.ui.internal.Messages;
import org.crediteval.ui.internal.RuleText;
import org.crediteval.ui.session.AssessmentSession;
import org.crediteval.ui.session.Snapshot;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Department tasks (分工表): every responsible unit of the pack with its indicators and the facts it must provide,
 * checked against the scored evidence — per fact the subjects that have not supplied it. Follows every new score.
 */
public class TasksPart {

    @Inject
    AssessmentSession session;

    @Inject
    Analysis analysis;

    @Inject
    @Translation
    Messages messages;

    TreeViewer viewer;
    private TaskList tasks;

    @PostConstruct
    public void create(Composite parent) {
        TreeColumnLayout layout = new TreeColumnLayout();
        parent.setLayout(layout);
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new Content());
        column(layout, messages.col_name, 5, this::name);
        column(layout, messages.col_facts, 1, this::facts);
        column(layout, messages.col_missing_count, 1, this::missingCount);
        column(layout, messages.col_missing_for, 6, this::missingFor);
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

    public TreeViewer viewer() {
        return viewer;
    }

    /** The task list shown (null before evidence is opened). */
    public TaskList tasks() {
        return tasks;
    }

    private void show(Snapshot snapshot) {
        tasks = analysis.tasks(snapshot.pack().scheme(), snapshot.result());
        viewer.setInput(tasks);
        // units that still miss evidence open at once
        for (UnitTasks unit : tasks.units()) {
            if (unit.missing() > 0) {
                viewer.setExpandedState(unit, true);
                for (IndicatorTask indicator : unit.indicators()) {
                    if (indicator.facts().stream().anyMatch(f -> !f.missingFor().isEmpty())) viewer.setExpandedState(indicator, true);
                }
            }
        }
    }

    private String name(Object e) {
        if (e instanceof UnitTasks u) return u.unit();
        if (e instanceof IndicatorTask i) {
            return i.indicatorId() + "  " + i.indicatorName() + "  (" + messages.detail_max + " " + RuleText.score(i.max()) + ")"
                    + (i.sharedWith().isEmpty() ? "" : "  " + messages.label_shared_with + String.join("、", i.sharedWith()));
        }
        if (e instanceof FactTask f) return f.fact().id() + "  " + f.fact().label() + "  [" + f.fact().typeLabel() + "]";
        return "";
    }

    private String facts(Object e) {
        if (e instanceof UnitTasks u) return Integer.toString(u.facts());
        if (e instanceof IndicatorTask i) return Integer.toString(i.facts().size());
        return "";
    }

    private String missingCount(Object e) {
        if (e instanceof UnitTasks u) return Integer.toString(u.missing());
        if (e instanceof IndicatorTask i) return Integer.toString(i.facts().stream().mapToInt(f -> f.missingFor().size()).sum());
        if (e instanceof FactTask f) return Integer.toString(f.missingFor().size());
        return "";
    }

    private String missingFor(Object e) {
        return e instanceof FactTask f ? String.join("、", f.missingFor()) : "";
    }

    private void column(TreeColumnLayout layout, String title, int weight, Function<Object, String> text) {
        Columns.tree(viewer, layout, title, weight, 50, text);
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof TaskList t ? t.units().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof UnitTasks u) return u.indicators().toArray();
            if (parent instanceof IndicatorTask i) return i.facts().toArray();
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof UnitTasks || element instanceof IndicatorTask;
        }
    }
}
