package org.crediteval.ui.handlers;

import org.crediteval.ui.internal.Messages;
import org.crediteval.ui.jobs.SessionJobs;
import org.crediteval.ui.session.AssessmentSession;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;

/** Edit → Undo (Ctrl+Z): undoes the last evidence edit and scores again, in a Job. */
public class UndoHandler {

    @CanExecute
    public boolean canExecute(AssessmentSession session) {
        return session.canUndo();
    }

    @Execute
    public void execute(AssessmentSession session, @Translation Messages messages) {
        SessionJobs.undo(session, messages).schedule();
    }
}
