package org.crediteval.ui.handlers;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Chooses an assessment of the store by name: a drop-down of those in the database; editable when saving (a new
 * name creates the assessment), read-only when opening.
 */
final class AssessmentDialog extends Dialog {

    private final String title;
    private final String message;
    private final List<String> names;
    private final boolean editable;
    private String value;
    private Combo combo;

    AssessmentDialog(Shell shell, String title, String message, List<String> names, String initial, boolean editable) {
        super(shell);
        this.title = title;
        this.message = message;
        this.names = names;
        this.value = initial;
        this.editable = editable;
    }

    String value() {
        return value;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label label = new Label(area, SWT.WRAP);
        label.setText(message);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(label);
        combo = new Combo(area, editable ? SWT.DROP_DOWN : SWT.DROP_DOWN | SWT.READ_ONLY);
        combo.setItems(names.toArray(String[]::new));
        if (value != null) combo.setText(value);
        else if (!names.isEmpty()) combo.select(0);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        combo.addListener(SWT.Modify, e -> updateOk());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        updateOk();
    }

    private void updateOk() {
        var ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) ok.setEnabled(!combo.getText().isBlank());
    }

    @Override
    protected void okPressed() {
        value = combo.getText().strip();
        super.okPressed();
    }
}
