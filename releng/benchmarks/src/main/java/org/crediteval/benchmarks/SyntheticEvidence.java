package org.crediteval.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Scheme;

/**
 * Valid random evidence for every fact of a scheme, as an importer would hand it over: a fixed seed, about 3% of
 * facts left out (so missing-fact paths run too), booleans and rates in their various accepted spellings.
 */
final class SyntheticEvidence {
    private static final String[] BOOLEANS = {"是", "否", "true", "false", "1", "0", "yes", "no"};

    private SyntheticEvidence() {
    }

    static Evidence generate(Scheme scheme, int subjects, long seed) {
        return generate(scheme, subjects, seed, 3);
    }

    /** @param leftOut percent of facts not supplied */
    static Evidence generate(Scheme scheme, int subjects, long seed, int leftOut) {
        Random random = new Random(seed);
        List<String> names = new ArrayList<>(subjects);
        List<RawFact> facts = new ArrayList<>(subjects * scheme.getFacts().size());
        long line = 2;
        for (int s = 0; s < subjects; s++) {
            String subject = String.format("城市%05d", s);
            names.add(subject);
            for (FactDefinition def : scheme.getFacts()) {
                if (random.nextInt(100) < leftOut) continue;
                String note = random.nextBoolean() ? "专家组意见：基本达到要求" : "";
                facts.add(new RawFact(subject, def.getId(), value(def, random), "", note,
                        Location.line("synthetic.csv", line++)));
            }
        }
        return new Evidence(names, facts);
    }

    private static String value(FactDefinition def, Random random) {
        return switch (def.getType()) {
            case BOOL -> BOOLEANS[random.nextInt(BOOLEANS.length)];
            case COUNT -> Integer.toString(random.nextInt(61));
            case RATE -> BigDecimal.valueOf(400 + random.nextInt(601), 1).toPlainString() + (random.nextBoolean() ? "%" : "");
            // multiples of 0.05 up to the fact's max
            case POINTS -> def.getMax().multiply(BigDecimal.valueOf(random.nextInt(21))).divide(BigDecimal.valueOf(20))
                    .toPlainString();
            case MONEY -> BigDecimal.valueOf(random.nextInt(100_000), 2).toPlainString();
            case LEVEL -> def.getLevels().get(random.nextInt(def.getLevels().size())).getCode();
        };
    }
}
