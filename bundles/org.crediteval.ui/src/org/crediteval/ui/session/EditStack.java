package org.crediteval.ui.session;

import org.eclipse.emf.common.command.BasicCommandStack;

/** The session's command stack: keeps the exception of a failed command for its caller instead of logging it. */
final class EditStack extends BasicCommandStack {

    private RuntimeException error;

    @Override
    protected void handleError(Exception exception) {
        error = exception instanceof RuntimeException r ? r : new IllegalStateException(exception);
    }

    /** The exception of the last command that failed since the last call, or null. */
    RuntimeException takeError() {
        RuntimeException e = error;
        error = null;
        return e;
    }
}
