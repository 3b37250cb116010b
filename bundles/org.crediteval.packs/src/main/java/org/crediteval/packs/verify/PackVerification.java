package org.crediteval.packs.verify;

import java.util.List;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.PackDiagnostic.Severity;

/**
 * The report of {@link PackVerifier#verify(java.nio.file.Path)}.
 *
 * @param subject     what was verified: {@code id@version} when the capability could be read, else the file
 * @param diagnostics safety, manifest and model findings (an error means the extender would refuse the pack)
 * @param cases       golden case outcomes, in name order; empty when the pack did not get that far
 */
public record PackVerification(String subject, List<PackDiagnostic> diagnostics, List<CaseResult> cases) {
    public PackVerification {
        diagnostics = List.copyOf(diagnostics);
        cases = List.copyOf(cases);
    }

    /** The pack would be accepted at install: no error and no failed golden case. */
    public boolean passed() {
        return diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR)
                && cases.stream().noneMatch(c -> c.status() == CaseResult.Status.FAILED);
    }

    public long count(CaseResult.Status status) {
        return cases.stream().filter(c -> c.status() == status).count();
    }
}
