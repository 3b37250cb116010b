package org.crediteval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.evidence.EvidenceProblem;
import org.crediteval.api.evidence.Location;
import org.junit.jupiter.api.Test;

class ExitCodesTest {
    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text);

    @Test
    void evidenceProblemsAreBadInputOnePerLine() {
        EvidenceException e = new EvidenceException(List.of(
                new EvidenceProblem(Location.line("e.csv", 3), "茂名市", "4.1.person_coverage", "120", "rate must be 0…100"),
                new EvidenceProblem(Location.line("e.csv", 7), "湛江市", "1.1.institution", "maybe", "not a boolean")));
        assertThat(ExitCodes.report(e, err, false)).isEqualTo(2);
        assertThat(text.toString().lines()).containsExactly(
                "error: e.csv:3: subject '茂名市', fact '4.1.person_coverage', value '120', rate must be 0…100",
                "error: e.csv:7: subject '湛江市', fact '1.1.institution', value 'maybe', not a boolean",
                "credit-eval: 2 problems in the evidence; nothing was scored");
    }

    @Test
    void badInputIsTwoWithoutStackTrace() {
        assertThat(ExitCodes.report(new BadInputException(List.of("a", "b")), err, true)).isEqualTo(2);
        assertThat(text.toString().lines()).containsExactly("credit-eval: a", "credit-eval: b");
    }

    @Test
    void internalErrorIsOneLineWithoutDebug() {
        assertThat(ExitCodes.report(new IllegalStateException("boom\nsecond line"), err, false)).isEqualTo(1);
        assertThat(text.toString().lines()).hasSize(1);
        assertThat(text.toString()).contains("internal error: IllegalStateException: boom", "--debug")
                .doesNotContain("second line").doesNotContain("\tat ");
    }

    @Test
    void internalErrorHasTheStackTraceWithDebug() {
        assertThat(ExitCodes.report(new IllegalStateException("boom"), err, true)).isEqualTo(1);
        assertThat(text.toString()).contains("internal error: IllegalStateException: boom", "\tat ");
    }

    @Test
    void missingServiceIsInternal() {
        assertThat(ExitCodes.report(new PlatformException("the scoring engine"), err, false)).isEqualTo(1);
        assertThat(text.toString()).contains("internal error: the scoring engine");
    }
}
