package org.crediteval.ui.handlers;

import org.crediteval.ui.internal.Messages;
import org.crediteval.ui.jobs.SessionJobs;
import org.crediteval.ui.session.AssessmentSession;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;

/** Edit → Redo (Ctrl+Y): redoes the last undone evidence edit and scores again, in a Job. */
public class RedoHandler {

    @CanExecute
    public boolean canExecute(AssessmentSession session) {
        return session.canRedo();
    }

    @Execute
    public void execute(AssessmentSession session, @Translation Messages messages) {
        SessionJobs.redo(session, messages).schedule();
    }
}
