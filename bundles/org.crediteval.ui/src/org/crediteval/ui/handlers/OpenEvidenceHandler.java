package org.crediteval.ui.handlers;

import java.nio.file.Path;

import org.crediteval.ui.internal.Messages;
import org.crediteval.ui.jobs.SessionJobs;
import org.crediteval.ui.session.AssessmentSession;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** File → Open evidence…: choose a CSV, then import and score it in a Job. */
public class OpenEvidenceHandler {

    @Execute
    public void execute(Shell shell, AssessmentSession session, @Translation Messages messages) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(messages.dialog_open_title);
        dialog.setFilterExtensions(new String[] { "*.csv", "*.*" });
        String chosen = dialog.open();
        if (chosen != null) {
            String packId = session.current().map(s -> s.pack().id()).orElse(null);
            SessionJobs.open(session, messages, Path.of(chosen), packId).schedule();
        }
    }
}
