package org.crediteval.ui.session;

import org.crediteval.api.evidence.EvidenceException;
import org.eclipse.emf.common.command.AbstractCommand;

/**
 * One edit of one cell of the evidence (subject × fact) as an EMF command: execute and redo set the new value,
 * undo puts the old one back (null: the fact was absent). Each step scores the evidence again.
 */
final class FactEdit extends AbstractCommand {

    /** Applies a value to the session's evidence and scores it; a value the pack refuses throws {@link Rejected}. */
    @FunctionalInterface
    interface Target {
        void apply(String subject, String factId, String value) throws EvidenceException;
    }

    /** The engine refused the value: carried through the command stack, which only knows unchecked exceptions. */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected(EvidenceException cause) {
            super(cause.getMessage(), cause);
        }

        EvidenceException evidenceException() {
            return (EvidenceException) getCause();
        }
    }

    private final Target target;
    final String subject;
    final String factId;
    final String oldValue;
    final String newValue;

    FactEdit(Target target, String subject, String factId, String oldValue, String newValue) {
        super(subject + " " + factId + ": " + oldValue + " → " + newValue);
        this.target = target;
        this.subject = subject;
        this.factId = factId;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        apply(newValue);
    }

    @Override
    public void undo() {
        apply(oldValue);
    }

    @Override
    public void redo() {
        apply(newValue);
    }

    private void apply(String value) {
        try {
            target.apply(subject, factId, value);
        } catch (EvidenceException e) {
            throw new Rejected(e);
        }
    }
}
