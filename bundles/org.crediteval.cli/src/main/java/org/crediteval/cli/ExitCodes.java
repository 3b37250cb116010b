package org.crediteval.cli;

import java.io.PrintWriter;
import java.util.List;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.evidence.EvidenceProblem;
import org.crediteval.api.store.StoreException;

/**
 * The one place that turns a failure into an exit code and its stderr lines (docs/conventions.md):
 * 0 success, 2 bad input, 1 internal error.
 */
final class ExitCodes {
    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int BAD_INPUT = 2;

    static final String PREFIX = "credit-eval: ";

    private ExitCodes() {
    }

    /** Prints what went wrong and returns the exit code. A stack trace is printed only for internal errors with --debug. */
    static int report(Throwable failure, PrintWriter err, boolean debug) {
        int code;
        if (failure instanceof EvidenceException e) {
            code = evidence(e.problems(), err);
        } else if (failure instanceof BadInputException e) {
            e.lines().forEach(line -> err.println(PREFIX + line));
            code = BAD_INPUT;
        } else if (failure instanceof StoreException e) {
            // the store's messages name the file, assessment or run; a lock held too long or an I/O failure is not
            // the user's input (exit 1), everything else the store refuses is (exit 2), and nothing was changed
            err.println(PREFIX + e.getMessage()
                    + (e.reason() == StoreException.Reason.IO && !debug ? " (run again with --debug for the stack trace)" : ""));
            code = e.badInput() ? BAD_INPUT : INTERNAL;
        } else if (failure instanceof PlatformException e) {
            err.println(PREFIX + "internal error: " + e.getMessage());
            code = INTERNAL;
        } else {
            err.println(PREFIX + "internal error: " + oneLine(failure)
                    + (debug ? "" : " (run again with --debug for the stack trace)"));
            code = INTERNAL;
        }
        if (debug && code == INTERNAL) failure.printStackTrace(err);
        err.flush();
        return code;
    }

    /** Every problem on its own line (file:line, subject, fact, value, reason), then a count. */
    static int evidence(List<EvidenceProblem> problems, PrintWriter err) {
        for (EvidenceProblem p : problems) err.println("error: " + p);
        int n = problems.size();
        err.println(PREFIX + (n == 0 ? "the evidence was refused" : n + (n == 1 ? " problem" : " problems")
                + " in the evidence") + "; nothing was scored");
        return BAD_INPUT;
    }

    static String oneLine(Throwable t) {
        String message = t.getMessage();
        String text = t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
