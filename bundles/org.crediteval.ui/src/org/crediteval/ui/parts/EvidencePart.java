package org.crediteval.ui.parts;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crediteval.api.evidence.RawFact;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.ui.internal.Messages;
import org.crediteval.ui.jobs.SessionJobs;
import org.crediteval.ui.session.AssessmentSession;
import org.crediteval.ui.session.Snapshot;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Evidence: the facts of the open file, one row per (subject, fact); the value is edited in place and the
 * evidence is scored again in a Job (the Scores and Ranking parts follow). A value the pack rejects is reported
 * by the job and not applied.
 */
public class EvidencePart {

    @Inject
    AssessmentSession session;

    @Inject
    @Translation
    Messages messages;

    TableViewer viewer;
    private Map<String, FactDefinition> definitions = Map.of();

    @PostConstruct
    public void create(Composite parent) {
        TableColumnLayout layout = new TableColumnLayout();
        parent.setLayout(layout);
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, messages.col_subject, 2, RawFact::subject);
        column(layout, messages.detail_id, 3, RawFact::factId);
        column(layout, messages.col_name, 4, f -> java.util.Optional.ofNullable(definitions.get(f.factId()))
                .map(d -> d.getLabel() + " (" + d.getType().getLiteral() + ")").orElse(""));
        TableViewerColumn value = column(layout, messages.col_value, 2, RawFact::value);
        value.setEditingSupport(new ValueEditing());
        column(layout, messages.detail_source, 4, f -> f.source() == null ? "" : f.source());
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

    /** What the cell editor does on commit: change the fact and score again, in a Job. */
    public void edit(RawFact fact, String value) {
        if (!value.equals(fact.value())) {
            SessionJobs.setFact(session, messages, fact.subject(), fact.factId(), value).schedule();
        }
    }

    private void show(Snapshot snapshot) {
        definitions = snapshot.pack().scheme().getFacts().stream()
                .collect(Collectors.toMap(FactDefinition::getId, Function.identity(), (a, b) -> a));
        List<RawFact> facts = snapshot.evidence().facts();
        viewer.setInput(facts);
    }

    private TableViewerColumn column(TableColumnLayout layout, String title, int weight, Function<RawFact, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 50));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((RawFact) element);
            }
        });
        return column;
    }

    private final class ValueEditing extends EditingSupport {
        private final TextCellEditor editor = new TextCellEditor(viewer.getTable());

        ValueEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return ((RawFact) element).value();
        }

        @Override
        protected void setValue(Object element, Object value) {
            edit((RawFact) element, String.valueOf(value));
        }
    }
}
