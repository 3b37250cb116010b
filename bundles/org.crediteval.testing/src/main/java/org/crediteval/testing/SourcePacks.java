package org.crediteval.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.pack.RulePackRegistry;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.engine.internal.DefaultScoringEngine;
import org.crediteval.io.evidence.csv.CsvEvidenceImporter;
import org.crediteval.model.io.SchemeResources;
import org.crediteval.model.scheme.Scheme;

/**
 * The real packs of the source tree ({@code rulepacks/<id>/model/<id>.xmi}, loaded once), their example evidence,
 * and the real engine scoring them: what the report, template and analysis tests work on. Paths are relative to a
 * module folder two levels below the repository root ({@code bundles/<module>}), where Maven runs the tests.
 */
public final class SourcePacks {
    private static final Map<String, Scheme> SCHEMES = new ConcurrentHashMap<>();

    private SourcePacks() {
    }

    public static Path root() {
        return Path.of("../..").toAbsolutePath().normalize();
    }

    public static Scheme scheme(String id) {
        return SCHEMES.computeIfAbsent(id, k -> {
            try {
                return SchemeResources.load(root().resolve("rulepacks/" + k + "/model/" + k + ".xmi"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public static Evidence examples(String id) throws Exception {
        return new CsvEvidenceImporter().read(root().resolve("rulepacks/" + id + "/examples/evidence.csv"));
    }

    public static ScoreResult score(String id, Evidence evidence) throws Exception {
        return new DefaultScoringEngine().score(pack(id), evidence);
    }

    /** Evidence of one subject from "fact=value" pairs. */
    public static Evidence evidence(String subject, String... pairs) {
        List<RawFact> facts = new ArrayList<>();
        for (int n = 0; n < pairs.length; n++) {
            String[] kv = pairs[n].split("=", 2);
            facts.add(new RawFact(subject, kv[0], kv[1], "", "", Location.line("test.csv", n + 2)));
        }
        return new Evidence(List.copyOf(new LinkedHashSet<>(List.of(subject))), facts);
    }

    /** A registry holding both packs of the source tree. */
    public static RulePackRegistry registry() {
        return new RulePackRegistry() {
            @Override public List<RulePack> packs() { return List.of(pack("gd-2017"), pack("js-2012")); }
            @Override public java.util.Optional<RulePack> find(String spec) {
                String id = spec.contains("@") ? spec.substring(0, spec.indexOf('@')) : spec;
                return packs().stream().filter(p -> p.id().equals(id)
                        && (!spec.contains("@") || spec.endsWith("@" + p.version()))).findFirst();
            }
            @Override public List<PackDiagnostic> validate(Path packJar) { return List.of(); }
        };
    }

    public static RulePack pack(String id) {
        Scheme scheme = scheme(id);
        return new RulePack() {
            @Override public String id() { return scheme.getId(); }
            @Override public String version() { return scheme.getVersion(); }
            @Override public String name() { return scheme.getNameZh(); }
            @Override public Scheme scheme() { return scheme; }
            @Override public String origin() { return "source tree"; }
            @Override public List<PackDiagnostic> warnings() { return List.of(); }
        };
    }
}
