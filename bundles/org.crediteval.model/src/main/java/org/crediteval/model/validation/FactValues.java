package org.crediteval.model.validation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.LevelDefinition;

/** Whether a textual value (an optional fact's default) is legal for a fact, as domain.md reads values. */
final class FactValues {

    private static final Set<String> BOOLEANS = Set.of("true", "false", "yes", "no", "1", "0", "是", "否");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FactValues() {
    }

    /** Empty when {@code value} is legal for {@code fact}, else why it is not. */
    static Optional<String> problem(FactDefinition fact, String value) {
        String v = value.strip();
        return switch (fact.getType()) {
            case BOOL -> BOOLEANS.contains(v.toLowerCase(Locale.ROOT)) ? Optional.empty()
                    : Optional.of("is not a boolean (true/false, yes/no, 1/0, 是/否)");
            case COUNT -> decimal(v).filter(d -> d.signum() >= 0 && isInteger(d)).isPresent() ? Optional.empty()
                    : Optional.of("is not a non-negative whole number");
            case RATE -> decimal(v.endsWith("%") ? v.substring(0, v.length() - 1).strip() : v)
                    .filter(d -> d.signum() >= 0 && d.compareTo(HUNDRED) <= 0).isPresent() ? Optional.empty()
                    : Optional.of("is not a rate in 0…100");
            case MONEY -> decimal(v).filter(d -> d.signum() >= 0).isPresent() ? Optional.empty()
                    : Optional.of("is not a non-negative amount");
            case POINTS -> decimal(v).filter(d -> d.signum() >= 0
                    && (fact.getMax() == null || d.compareTo(fact.getMax()) <= 0)).isPresent() ? Optional.empty()
                    : Optional.of("is not a score in 0…" + Labels.num(fact.getMax()));
            case LEVEL -> fact.getLevels().stream().map(LevelDefinition::getCode).anyMatch(v::equals)
                    ? Optional.empty() : Optional.of("is not one of the fact's level codes");
        };
    }

    private static Optional<BigDecimal> decimal(String v) {
        try {
            return Optional.of(new BigDecimal(v));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isInteger(BigDecimal d) {
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }
}
