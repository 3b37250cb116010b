package org.crediteval.ui.parts;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crediteval.analysis.api.Analysis;
import org.crediteval.analysis.api.FactHint;
import org.crediteval.analysis.api.Gap;
import org.crediteval.analysis.api.SubjectGaps;
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
 * Points at stake (可争取分值): per subject the points it could still gain with every cap applied, and the items
 * below their maximum, most points first, with what to change and who provides it. Follows every new score.
 */
public class GapsPart {

    @Inject
    AssessmentSession session;

    @Inject
    Analysis analysis;

    @Inject
    @Translation
    Messages messages;

    TreeViewer viewer;

    @PostConstruct
    public void create(Composite parent) {
        TreeColumnLayout layout = new TreeColumnLayout();
        parent.setLayout(layout);
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new Content());
        column(layout, messages.col_name, 4, this::name);
        column(layout, messages.col_score, 1, e -> e instanceof SubjectGaps s ? RuleText.score(s.total())
                : e instanceof Gap g ? RuleText.score(g.score()) : "");
        column(layout, messages.col_max, 1, e -> e instanceof SubjectGaps s ? RuleText.score(s.totalMax())
                : e instanceof Gap g ? RuleText.score(g.max()) : "");
        column(layout, messages.col_obtainable, 1, e -> e instanceof SubjectGaps s ? RuleText.score(s.obtainable())
                : e instanceof Gap g ? RuleText.score(g.obtainable()) : "");
        column(layout, messages.col_action, 5, this::action);
        column(layout, messages.detail_units, 3, e -> e instanceof Gap g ? String.join("、", g.units()) : "");
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

    @SuppressWarnings("unchecked")
    public List<SubjectGaps> gaps() {
        return viewer.getInput() instanceof List<?> l ? (List<SubjectGaps>) l : List.of();
    }

    private void show(Snapshot snapshot) {
        viewer.setInput(analysis.gaps(snapshot.result(), snapshot.pack().scheme()));
    }

    private String name(Object e) {
        if (e instanceof SubjectGaps s) return s.subject();
        if (e instanceof Gap g) {
            return g.itemId() + "  " + g.label() + (g.missing() ? "  (" + messages.detail_missing + ")" : "")
                    + (g.limit() == null ? "" : "  [" + g.limit() + "]");
        }
        return "";
    }

    private String action(Object e) {
        if (e instanceof Gap g) {
            return g.facts().stream().map(FactHint::action).filter(a -> a != null && !a.isBlank())
                    .collect(Collectors.joining("；"));
        }
        return "";
    }

    private void column(TreeColumnLayout layout, String title, int weight, Function<Object, String> text) {
        Columns.tree(viewer, layout, title, weight, 50, text);
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof List<?> l ? l.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof SubjectGaps s ? s.gaps().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof SubjectGaps s && !s.gaps().isEmpty();
        }
    }
}
