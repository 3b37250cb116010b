package org.crediteval.store.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.FactType;
import org.crediteval.model.scheme.Scheme;
import org.crediteval.model.scheme.SchemeFactory;

/** Packs, evidence and results made up for the tests (the store reads only a pack's id, version and fact ids). */
final class TestData {
    private TestData() {
    }

    record Pack(String id, String version, Scheme scheme) implements RulePack {
        @Override
        public String name() {
            return id;
        }

        @Override
        public String origin() {
            return "test";
        }

        @Override
        public List<PackDiagnostic> warnings() {
            return List.of();
        }
    }

    static RulePack pack(String id, String version, List<String> factIds) {
        Scheme s = SchemeFactory.eINSTANCE.createScheme();
        s.setId(id);
        s.setVersion(version);
        for (String f : factIds) {
            FactDefinition d = SchemeFactory.eINSTANCE.createFactDefinition();
            d.setId(f);
            d.setType(FactType.COUNT);
            s.getFacts().add(d);
        }
        return new Pack(id, version, s);
    }

    /** Facts f0 … f(n-1). */
    static List<String> factIds(int n) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add("f" + i);
        return l;
    }

    static List<String> subjects(int n) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add("城市" + i);
        return l;
    }

    static RawFact fact(String subject, String factId, String value) {
        return new RawFact(subject, factId, value, "", "", Location.line("evidence.csv", 2));
    }

    static RawFact fact(String subject, String factId, String value, String source, String note) {
        return new RawFact(subject, factId, value, source, note, Location.line("evidence.csv", 2));
    }

    static Evidence evidence(RawFact... facts) {
        List<String> subjects = new ArrayList<>();
        for (RawFact f : facts) if (!subjects.contains(f.subject())) subjects.add(f.subject());
        return new Evidence(subjects, List.of(facts));
    }

    /**
     * A result shaped like a real one: per subject {@code dims} dimensions of {@code inds} indicators of
     * {@code items} items, each item reading the fact {@code f<k>} (k counting items), scores with varied scales.
     */
    static ScoreResult result(String packId, String version, List<String> subjects, int dims, int inds, int items, long seed) {
        Random r = new Random(seed);
        List<SubjectResult> out = new ArrayList<>();
        for (String s : subjects) {
            List<DimensionResult> ds = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            int k = 0;
            for (int d = 0; d < dims; d++) {
                List<IndicatorResult> is = new ArrayList<>();
                BigDecimal dsum = BigDecimal.ZERO;
                for (int i = 0; i < inds; i++) {
                    List<ItemResult> ts = new ArrayList<>();
                    BigDecimal isum = BigDecimal.ZERO;
                    for (int t = 0; t < items; t++, k++) {
                        BigDecimal score = BigDecimal.valueOf(r.nextInt(10000), r.nextInt(5)); // 0 … 9999 with 0–4 decimals
                        isum = isum.add(score);
                        ts.add(new ItemResult((d + 1) + "." + (i + 1) + ".f" + k, "评分点" + k, score,
                                new BigDecimal("100.00"), "事实 f" + k + " = " + r.nextInt(100) + " → " + score.toPlainString(),
                                List.of("f" + k)));
                    }
                    is.add(new IndicatorResult((d + 1) + "." + (i + 1), "指标" + (d + 1) + "." + (i + 1), isum,
                            new BigDecimal("500"), ts));
                    dsum = dsum.add(isum);
                }
                ds.add(new DimensionResult(String.valueOf(d + 1), "维度" + (d + 1), dsum, new BigDecimal("1000"), d == dims - 1, is));
                total = total.add(dsum);
            }
            out.add(new SubjectResult(s, total, new BigDecimal("100"), BigDecimal.ZERO, new BigDecimal("10.0"), total, ds,
                    List.of("f1", "f2"), r.nextBoolean() ? List.of("警告: 目标为 0\n第二行") : List.of()));
        }
        return new ScoreResult(new ScoreResult.PackRef(packId, version), out);
    }
}
