package org.crediteval.ui.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crediteval.api.evidence.RawFact;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.FactType;
import org.crediteval.ui.internal.FactValues;
import org.crediteval.ui.internal.Messages;
import org.crediteval.ui.jobs.SessionJobs;
import org.crediteval.ui.session.AssessmentSession;
import org.crediteval.ui.session.AssessmentSession.Rejection;
import org.crediteval.ui.session.Snapshot;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Evidence: the assessment editor, one row per fact of the pack and one column per subject. Each cell has the
 * editor its fact's type asks for (a check box for booleans, a drop-down of the allowed levels, text with a range
 * check for counts, rates, points and money); a committed value becomes a command on the session's stack (Ctrl+Z,
 * Ctrl+Y) and the evidence is scored again in a Job. A value the engine rejects stays in its cell with an error
 * marker (red, ⚠, the engine's message as tool tip, and above the table) and changes nothing else; a range check
 * that fails while typing is shown above the table too.
 */
public class EvidencePart {

    /** Background of a cell whose value the engine rejected. */
    public static final Color ERROR = new Color(255, 200, 200);
    /** Background of a fact the subject has not supplied. */
    private static final Color MISSING = new Color(250, 246, 225);
    private static final int FIXED_COLUMNS = 3;

    @Inject
    AssessmentSession session;

    @Inject
    @Translation
    Messages messages;

    TableViewer viewer;
    private Label status;
    private TableColumnLayout layout;
    private Composite area;
    private final List<TableViewerColumn> subjectColumns = new ArrayList<>();
    private List<String> subjects = List.of();
    private Map<String, RawFact> values = Map.of();
    private Map<String, Rejection> rejected = Map.of();
    /** The cell editors in use, one per fact (shared by the subject columns); disposed when the pack changes. */
    private final Map<FactDefinition, CellEditor> editors = new HashMap<>();

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        status = new Label(parent, SWT.NONE);
        status.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(status);
        area = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(area);
        layout = new TableColumnLayout();
        area.setLayout(layout);
        viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        fixed(messages.detail_id, 150, FactDefinition::getId);
        fixed(messages.col_name, 260, FactDefinition::getLabel);
        fixed(messages.col_type, 70, f -> f.getType().getLiteral());
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
    void rejectionsChanged(@UIEventTopic(AssessmentSession.TOPIC_REJECTED) List<Rejection> rejections) {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            Map<String, Rejection> byCell = new HashMap<>();
            rejections.forEach(r -> byCell.put(key(r.subject(), r.factId()), r));
            rejected = byCell;
            viewer.refresh();
            setStatus(rejections.isEmpty() ? "" : messages.error_value_rejected + " "
                    + describe(rejections.get(rejections.size() - 1)));
        }
    }

    @Focus
    public void focus() {
        viewer.getControl().setFocus();
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** The subjects shown, in column order (the table column of subject i is {@code FIXED_COLUMNS + i}). */
    public List<String> subjects() {
        return subjects;
    }

    /** The message above the table: a cell editor's range check or the engine's last rejection ("" when none). */
    public String statusText() {
        return status.getText();
    }

    /** The table column of a subject, -1 when not shown. */
    public int column(String subject) {
        int i = subjects.indexOf(subject);
        return i < 0 ? -1 : FIXED_COLUMNS + i;
    }

    /** What a committed cell editor does: change the fact and score again, in a Job (blank removes the fact). */
    public void edit(String subject, String factId, String value) {
        RawFact old = values.get(key(subject, factId));
        String before = old == null ? "" : old.value();
        String after = value == null ? "" : value.strip();
        if (!after.equals(before) || rejected.containsKey(key(subject, factId))) {
            SessionJobs.setFact(session, messages, subject, factId, after).schedule();
        }
    }

    /** A new cell editor of a fact's type (check box, level drop-down or checked text); the caller disposes it. */
    public CellEditor editorFor(FactDefinition fact) {
        var table = viewer.getTable();
        switch (fact.getType()) {
            case BOOL:
                return new CheckboxCellEditor(table);
            case LEVEL:
                return new ComboBoxCellEditor(table, FactValues.levelItems(fact).toArray(String[]::new), SWT.READ_ONLY);
            default:
                TextCellEditor text = new TextCellEditor(table);
                text.setValidator(v -> FactValues.check(fact, (String) v, messages));
                text.addListener(new ICellEditorListener() {
                    @Override
                    public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                        setStatus(newValidState ? "" : fact.getId() + " " + fact.getLabel() + ": " + text.getErrorMessage());
                    }

                    @Override
                    public void cancelEditor() {
                        setStatus("");
                    }

                    @Override
                    public void applyEditorValue() {
                        // the value goes to the session; a rejection shows up with its marker
                    }
                });
                return text;
        }
    }

    /** The cell editor the table uses for a fact (null until a cell of that fact was edited). */
    public CellEditor cellEditor(FactDefinition fact) {
        return editors.get(fact);
    }

    /** The value of a cell as the evidence holds it (null when not supplied). */
    public String value(String subject, String factId) {
        RawFact fact = values.get(key(subject, factId));
        return fact == null ? null : fact.value();
    }

    private void setStatus(String text) {
        if (!status.isDisposed() && !status.getText().equals(text)) {
            status.setText(text);
            status.setToolTipText(text);
        }
    }

    private String describe(Rejection r) {
        return r.subject() + " · " + r.factId() + " = " + r.value() + ": " + r.message();
    }

    private void show(Snapshot snapshot) {
        Map<String, RawFact> byCell = new HashMap<>();
        snapshot.evidence().facts().forEach(f -> byCell.put(key(f.subject(), f.factId()), f));
        values = byCell;
        List<String> shown = snapshot.result().subjects().stream().map(s -> s.subject()).toList();
        if (!shown.equals(subjects)) {
            subjects = shown;
            rebuildSubjectColumns();
        }
        List<FactDefinition> facts = snapshot.pack().scheme().getFacts();
        if (viewer.getInput() != facts) {
            viewer.cancelEditing();
            editors.values().forEach(CellEditor::dispose);
            editors.clear();
            viewer.setInput(facts);
        } else {
            viewer.refresh();
        }
    }

    private void rebuildSubjectColumns() {
        subjectColumns.forEach(c -> c.getColumn().dispose());
        subjectColumns.clear();
        for (String subject : subjects) {
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
            column.getColumn().setText(subject);
            column.getColumn().setToolTipText(subject);
            layout.setColumnData(column.getColumn(), new ColumnPixelData(90, true));
            column.setLabelProvider(new CellLabels(subject));
            column.setEditingSupport(new CellEditing(subject));
            subjectColumns.add(column);
        }
        area.layout(true, true);
    }

    private void fixed(String title, int width, java.util.function.Function<FactDefinition, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnPixelData(width, true));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = text.apply((FactDefinition) element);
                return s == null ? "" : s;
            }
        });
    }

    private static String key(String subject, String factId) {
        return subject + "\u0001" + factId;
    }

    private final class CellLabels extends ColumnLabelProvider {
        private final String subject;

        CellLabels(String subject) {
            this.subject = subject;
        }

        @Override
        public String getText(Object element) {
            FactDefinition fact = (FactDefinition) element;
            Rejection rejection = rejected.get(key(subject, fact.getId()));
            if (rejection != null) {
                return "⚠ " + rejection.value();
            }
            RawFact raw = values.get(key(subject, fact.getId()));
            return raw == null ? "" : FactValues.display(fact, raw.value(), messages);
        }

        @Override
        public Color getBackground(Object element) {
            FactDefinition fact = (FactDefinition) element;
            if (rejected.containsKey(key(subject, fact.getId()))) return ERROR;
            return values.containsKey(key(subject, fact.getId())) || fact.isOptional() ? null : MISSING;
        }

        @Override
        public String getToolTipText(Object element) {
            FactDefinition fact = (FactDefinition) element;
            Rejection rejection = rejected.get(key(subject, fact.getId()));
            if (rejection != null) return messages.error_value_rejected + " " + rejection.message();
            RawFact raw = values.get(key(subject, fact.getId()));
            if (raw == null) return subject + " · " + fact.getLabel() + ": " + messages.detail_missing;
            return subject + " · " + fact.getLabel() + (raw.source() == null ? "" : "\n" + messages.detail_source + ": " + raw.source());
        }
    }

    private final class CellEditing extends EditingSupport {
        private final String subject;

        CellEditing(String subject) {
            super(viewer);
            this.subject = subject;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editors.computeIfAbsent((FactDefinition) element, EvidencePart.this::editorFor); // one per fact
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            FactDefinition fact = (FactDefinition) element;
            String value = EvidencePart.this.value(subject, fact.getId());
            if (fact.getType() == FactType.BOOL) return Boolean.TRUE.equals(FactValues.bool(value));
            if (fact.getType() == FactType.LEVEL) return FactValues.levelIndex(fact, value);
            Rejection rejection = rejected.get(key(subject, fact.getId()));
            return rejection != null ? rejection.value() : value == null ? "" : value;
        }

        @Override
        protected void setValue(Object element, Object value) {
            FactDefinition fact = (FactDefinition) element;
            String text;
            if (fact.getType() == FactType.BOOL) {
                text = FactValues.bool(Boolean.TRUE.equals(value));
            } else if (fact.getType() == FactType.LEVEL) {
                String code = FactValues.levelCode(fact, value instanceof Integer i ? i : 0);
                text = code == null ? "" : code;
            } else {
                text = value == null ? "" : String.valueOf(value);
            }
            edit(subject, fact.getId(), text);
        }
    }
}
