package org.crediteval.analysis.internal;

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
import org.crediteval.api.score.ScoreResult;
import org.crediteval.engine.internal.DefaultScoringEngine;
import org.crediteval.io.evidence.csv.CsvEvidenceImporter;
import org.crediteval.model.io.SchemeResources;
import org.crediteval.model.scheme.Scheme;

/** The real packs from the source tree, scored by the real engine. */
final class Packs {
    private static final Map<String, Scheme> SCHEMES = new ConcurrentHashMap<>();

    private Packs() {
    }

    static Path root() {
        return Path.of("../..").toAbsolutePath().normalize();
    }

    static Scheme scheme(String id) {
        return SCHEMES.computeIfAbsent(id, k -> {
            try {
                return SchemeResources.load(root().resolve("rulepacks/" + k + "/model/" + k + ".xmi"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static Evidence examples(String id) throws Exception {
        return new CsvEvidenceImporter().read(root().resolve("rulepacks/" + id + "/examples/evidence.csv"));
    }

    static ScoreResult score(String id, Evidence evidence) throws Exception {
        return new DefaultScoringEngine().score(pack(id), evidence);
    }

    /** Evidence of one subject from "fact=value" pairs. */
    static Evidence evidence(String subject, String... pairs) {
        List<RawFact> facts = new ArrayList<>();
        for (int n = 0; n < pairs.length; n++) {
            String[] kv = pairs[n].split("=", 2);
            facts.add(new RawFact(subject, kv[0], kv[1], "", "", Location.line("test.csv", n + 2)));
        }
        return new Evidence(List.copyOf(new LinkedHashSet<>(List.of(subject))), facts);
    }

    static RulePack pack(String id) {
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
