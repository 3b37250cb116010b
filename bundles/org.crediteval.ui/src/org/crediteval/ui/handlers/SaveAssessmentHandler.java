package org.crediteval.ui.handlers;

import org.crediteval.ui.internal.Messages;
import org.crediteval.ui.jobs.SessionJobs;
import org.crediteval.ui.session.AssessmentArchive;
import org.crediteval.ui.session.AssessmentSession;
import org.crediteval.ui.session.Snapshot;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UISynchronize;
import java.util.List;

import org.crediteval.api.store.StoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * File → Save to the assessment store (Ctrl+S): asks for the assessment's name (created when new), then imports the
 * evidence and stores the score as a run, in a Job; the database is the one the headless launcher uses.
 */
public class SaveAssessmentHandler {

    static String lastName;

    @CanExecute
    public boolean canExecute(AssessmentSession session) {
        return session.current().isPresent();
    }

    @Execute
    public void execute(Shell shell, AssessmentSession session, AssessmentArchive archive, UISynchronize ui,
            @Translation Messages messages) {
        Snapshot snapshot = session.current().orElse(null);
        if (snapshot == null) return;
        var database = archive.defaultDatabase();
        List<String> names;
        try {
            names = archive.assessments(database).stream().filter(a -> a.packId().equals(snapshot.pack().id()))
                    .map(a -> a.name()).toList();
        } catch (StoreException e) {
            MessageDialog.openError(shell, messages.error_title, database + "\n\n" + e.getMessage());
            return;
        }
        AssessmentDialog dialog = new AssessmentDialog(shell, messages.dialog_save_title,
                messages.dialog_save_message + "\n" + database, names,
                lastName != null ? lastName : defaultName(snapshot), true);
        if (dialog.open() != Window.OK) return;
        String name = dialog.value();
        lastName = name;
        SessionJobs.save(archive, session, messages, database, name,
                saved -> ui.asyncExec(() -> MessageDialog.openInformation(shell, messages.dialog_save_title,
                        messages.saved_message + " " + saved.assessment().name() + " (#" + saved.assessment().id()
                                + "), " + messages.saved_run + " #" + saved.run().id() + "\n" + saved.database())))
                .schedule();
    }

    private static String defaultName(Snapshot snapshot) {
        String file = snapshot.file() == null ? "" : snapshot.file().getFileName().toString();
        int dot = file.lastIndexOf('.');
        return snapshot.pack().id() + " " + (dot > 0 ? file.substring(0, dot) : file);
    }
}
