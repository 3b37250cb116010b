package org.crediteval.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.api.score.SurveyOutcome;
import org.crediteval.engine.internal.DefaultScoringEngine;
import org.crediteval.model.io.SchemeResources;
import org.crediteval.model.scheme.Scheme;

/**
 * A SHA-256 over every field of a scoring result (each score and maximum with its scale, every explanation,
 * fact list, missing list and warning), for checking that two builds of the engine give byte-identical results
 * on the same synthetic evidence. Every third subject gets a questionnaire outcome.
 *
 * <pre>java -cp releng/benchmarks/target/benchmarks.jar org.crediteval.benchmarks.ResultDigest
 *     rulepacks/gd-2017/model/gd-2017.xmi [subjects] [seed] [percent of facts left out]</pre>
 */
public final class ResultDigest {
    private ResultDigest() {
    }

    public static void main(String[] args) throws IOException, EvidenceException, NoSuchAlgorithmException {
        Scheme scheme = SchemeResources.load(Path.of(args[0]).toUri().toURL());
        int subjects = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 11;
        int leftOut = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Evidence evidence = SyntheticEvidence.generate(scheme, subjects, seed, leftOut);
        Map<String, SurveyOutcome> surveys = new HashMap<>();
        for (int i = 0; i < evidence.subjects().size(); i += 3) {
            surveys.put(evidence.subjects().get(i), new SurveyOutcome(BigDecimal.valueOf(7_8125 + i, 4),
                    i % 2 == 0 ? "有效问卷 " + i + " 份" : ""));
        }
        ScoreResult result = new DefaultScoringEngine().score(pack(scheme), evidence, surveys);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        StringBuilder text = new StringBuilder();
        long items = 0;
        for (SubjectResult s : result.subjects()) {
            text.setLength(0);
            text.append(s.subject()).append('|').append(d(s.base())).append('|').append(d(s.baseMax())).append('|')
                    .append(d(s.bonus())).append('|').append(d(s.bonusMax())).append('|').append(d(s.total()))
                    .append('|').append(s.missing()).append('|').append(s.warnings()).append('\n');
            for (DimensionResult dim : s.dimensions()) {
                text.append(dim.id()).append('|').append(dim.name()).append('|').append(d(dim.score())).append('|')
                        .append(d(dim.max())).append('|').append(dim.bonus()).append('\n');
                for (IndicatorResult ind : dim.indicators()) {
                    text.append(ind.id()).append('|').append(ind.name()).append('|').append(d(ind.score()))
                            .append('|').append(d(ind.max())).append('\n');
                    for (ItemResult item : ind.items()) {
                        items++;
                        text.append(item.id()).append('|').append(item.label()).append('|').append(d(item.score()))
                                .append('|').append(d(item.max())).append('|').append(item.explanation()).append('|')
                                .append(item.facts()).append('\n');
                    }
                }
            }
            sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        System.out.println(result.pack() + " subjects " + result.subjects().size() + " items " + items + " sha256 "
                + java.util.HexFormat.of().formatHex(sha.digest()));
    }

    /** Unscaled value and scale: 1.5 and 1.50 differ. */
    private static String d(BigDecimal v) {
        return v == null ? "null" : v.unscaledValue() + "e-" + v.scale();
    }

    private static RulePack pack(Scheme scheme) {
        return new RulePack() {
            @Override
            public String id() {
                return scheme.getId();
            }

            @Override
            public String version() {
                return scheme.getVersion();
            }

            @Override
            public String name() {
                return scheme.getNameZh();
            }

            @Override
            public String origin() {
                return "digest";
            }

            @Override
            public java.util.List<PackDiagnostic> warnings() {
                return java.util.List.of();
            }

            @Override
            public Scheme scheme() {
                return scheme;
            }
        };
    }
}
