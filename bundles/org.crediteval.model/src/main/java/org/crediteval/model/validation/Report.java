package org.crediteval.model.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/** Adds findings to an EMF diagnostic chain (which may be null: then only validity is tracked). */
final class Report {

    private final DiagnosticChain chain;
    private boolean valid = true;

    Report(DiagnosticChain chain) {
        this.chain = chain;
    }

    void error(int code, EObject where, String message) {
        valid = false;
        add(Diagnostic.ERROR, code, where, message);
    }

    void warning(int code, EObject where, String message) {
        add(Diagnostic.WARNING, code, where, message);
    }

    /** false once an error was reported; warnings leave a model valid. */
    boolean valid() {
        return valid;
    }

    private void add(int severity, int code, EObject where, String message) {
        if (chain != null) {
            chain.add(new BasicDiagnostic(severity, SchemeValidator.DIAGNOSTIC_SOURCE, code,
                    Labels.of(where) + ": " + message, new Object[] {where}));
        }
    }
}
