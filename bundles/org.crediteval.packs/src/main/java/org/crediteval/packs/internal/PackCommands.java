package org.crediteval.packs.internal;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.crediteval.api.pack.RulePackRegistry;
import org.crediteval.packs.verify.PackStatus;
import org.crediteval.packs.verify.PackVerification;
import org.crediteval.packs.verify.PackVerifier;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo commands for the long-running shell ({@code pack:list}, {@code pack:refusals}, {@code pack:verify FILE}).
 * Plain methods: Gogo finds them by the two properties, so this bundle does not depend on Gogo.
 */
@Component(service = Object.class, property = {"osgi.command.scope=pack", "osgi.command.function=list",
        "osgi.command.function=refusals", "osgi.command.function=verify"})
public class PackCommands {
    @Reference
    RulePackRegistry registry;

    @Reference
    PackStatus status;

    @Reference
    PackVerifier verifier;

    public String list() throws InterruptedException {
        status.awaitIdle(java.time.Duration.ofSeconds(10));
        return registry.packs().stream().map(p -> p.id() + "@" + p.version() + "  " + p.name() + "  (" + p.origin() + ")")
                .collect(Collectors.joining("\n"));
    }

    public String refusals() throws InterruptedException {
        status.awaitIdle(java.time.Duration.ofSeconds(10));
        return status.refusals().stream().map(r -> r.origin() + " [" + r.location() + "]: " + r.reason())
                .collect(Collectors.joining("\n"));
    }

    public String verify(String jar) {
        PackVerification v = verifier.verify(Path.of(jar));
        StringBuilder b = new StringBuilder(v.subject()).append(v.passed() ? ": passed" : ": REFUSED");
        v.diagnostics().forEach(d -> b.append("\n  ").append(d));
        v.cases().forEach(c -> b.append("\n  ").append(c));
        return b.toString();
    }
}
