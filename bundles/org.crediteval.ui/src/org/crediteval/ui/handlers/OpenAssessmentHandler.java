package org.crediteval.ui.handlers;

import java.util.List;

import org.crediteval.api.store.Assessment;
import org.crediteval.api.store.StoreException;
import org.crediteval.ui.internal.Messages;
import org.crediteval.ui.jobs.SessionJobs;
import org.crediteval.ui.session.AssessmentArchive;
import org.crediteval.ui.session.AssessmentSession;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * File → Open from the assessment store…: chooses an assessment of the database and opens its current evidence in
 * the editor, scored with the pack version it is pinned to (when installed), in a Job.
 */
public class OpenAssessmentHandler {

    @Execute
    public void execute(Shell shell, AssessmentSession session, AssessmentArchive archive, @Translation Messages messages) {
        var database = archive.defaultDatabase();
        List<Assessment> assessments;
        try {
            assessments = archive.assessments(database);
        } catch (StoreException e) {
            MessageDialog.openError(shell, messages.error_title, database + "\n\n" + e.getMessage());
            return;
        }
        if (assessments.isEmpty()) {
            MessageDialog.openInformation(shell, messages.dialog_load_title, messages.label_no_assessments + "\n" + database);
            return;
        }
        AssessmentDialog dialog = new AssessmentDialog(shell, messages.dialog_load_title,
                messages.dialog_load_message + "\n" + database, assessments.stream().map(Assessment::name).toList(), null,
                false);
        if (dialog.open() != Window.OK) return;
        SaveAssessmentHandler.lastName = dialog.value();
        SessionJobs.openAssessment(archive, session, messages, database, dialog.value()).schedule();
    }
}
