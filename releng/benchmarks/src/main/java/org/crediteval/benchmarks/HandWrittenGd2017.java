package org.crediteval.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.RawFact;

/**
 * The gd-2017 pack written out by hand from {@code spec/gd-2017.md}, for the benchmark only: the baseline the
 * model-driven engine is measured against. Same input (raw facts), same exact arithmetic, same totals; no
 * explanations, missing lists or warnings, and a bad value simply throws.
 */
final class HandWrittenGd2017 {
    record Totals(String subject, BigDecimal base, BigDecimal bonus, BigDecimal total) {
    }

    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal P005 = new BigDecimal("0.05");
    private static final BigDecimal P004 = new BigDecimal("0.04");
    private static final BigDecimal P01 = new BigDecimal("0.1");
    private static final BigDecimal P02 = new BigDecimal("0.2");
    private static final BigDecimal P05 = new BigDecimal("0.5");
    private static final BigDecimal P1 = BigDecimal.ONE;
    private static final BigDecimal P2 = BigDecimal.valueOf(2);
    private static final BigDecimal P3 = BigDecimal.valueOf(3);
    private static final BigDecimal P4 = BigDecimal.valueOf(4);
    private static final BigDecimal P5 = BigDecimal.valueOf(5);
    private static final BigDecimal P6 = BigDecimal.valueOf(6);
    private static final BigDecimal P8 = BigDecimal.valueOf(8);
    private static final BigDecimal P10 = BigDecimal.TEN;
    private static final BigDecimal P13 = BigDecimal.valueOf(13);
    private static final BigDecimal P16 = BigDecimal.valueOf(16);
    private static final BigDecimal P32 = BigDecimal.valueOf(32);
    private static final BigDecimal P50 = BigDecimal.valueOf(50);
    private static final BigDecimal P90 = BigDecimal.valueOf(90);
    private static final BigDecimal P95 = BigDecimal.valueOf(95);
    private static final BigDecimal P99 = BigDecimal.valueOf(99);
    private static final BigDecimal P100 = BigDecimal.valueOf(100);

    private static final String[] MEASURES = {"commitment", "records", "lists", "tiered"};
    private static final String[] BUSINESS = {"production", "circulation", "finance", "taxation", "pricing",
            "construction", "transport", "ecommerce", "intermediary", "exhibition_ads"};
    private static final String[] SOCIAL = {"health", "social_security", "labour", "education",
            "culture_sports_tourism", "ip", "environment_energy", "social_orgs", "key_professions", "internet"};
    private static final String[] MATRIX_81 = matrix("8.1.", BUSINESS);
    private static final String[] MATRIX_83 = matrix("8.3.", SOCIAL);

    List<Totals> score(Evidence evidence) {
        Map<String, Map<String, String>> bySubject = new LinkedHashMap<>();
        for (String subject : evidence.subjects()) bySubject.put(subject, new HashMap<>(256));
        for (RawFact fact : evidence.facts()) {
            Map<String, String> facts = bySubject.computeIfAbsent(fact.subject(), s -> new HashMap<>(256));
            if (facts.put(fact.factId(), fact.value()) != null) {
                throw new IllegalArgumentException("fact given twice: " + fact.subject() + " " + fact.factId());
            }
        }
        List<Totals> results = new ArrayList<>(bySubject.size());
        bySubject.forEach((subject, facts) -> results.add(subject(subject, facts)));
        return results;
    }

    private Totals subject(String subject, Map<String, String> f) {
        BigDecimal base = ZERO
                .add(cap(P5, dimension1(f)))
                .add(cap(P5, dimension2(f)))
                .add(cap(P5, dimension3(f)))
                .add(cap(P13, dimension4(f)))
                .add(cap(P16, dimension5(f)))
                .add(cap(P6, cap(P6, perUnit(f, "6.1.domains", P02, P4).add(check(f, "6.1.cross_region", P1))
                        .add(check(f, "6.1.market_orgs", P1)))))
                .add(cap(P8, dimension7(f)))
                .add(cap(P32, dimension8(f)))
                .add(cap(P10, points(f, "10.1.survey_score")));
        BigDecimal bonus = cap(P10, cap(P10, perUnit(f, "9.1.media_national", P4, null)
                .add(perUnit(f, "9.1.media_provincial", P3, null)).add(perUnit(f, "9.1.media_municipal", P2, null))
                .add(perUnit(f, "9.1.award_national", P4, null)).add(perUnit(f, "9.1.award_provincial", P3, null))
                .add(perUnit(f, "9.1.award_municipal", P2, null)).add(perUnit(f, "9.1.replicable", P5, null))));
        return new Totals(subject, base, bonus, base.add(bonus));
    }

    private static BigDecimal dimension1(Map<String, String> f) {
        BigDecimal conditions = check(f, "1.1.institution", P05).add(check(f, "1.1.duties", P05))
                .add(check(f, "1.1.staff", P05)).add(check(f, "1.1.funding", P05));
        BigDecimal measures = check(f, "1.2.leadership", P1).add(check(f, "1.2.task_division", P1))
                .add(check(f, "1.2.supervision", P1));
        return cap(P2, conditions).add(cap(P3, measures));
    }

    private static BigDecimal dimension2(Map<String, String> f) {
        BigDecimal plans = check(f, "2.1.plan_2015", P1).add(check(f, "2.1.plan_2016", P1)).add(check(f, "2.1.plan_2017", P1));
        BigDecimal done = planDone(f, "2.2.y2015").add(planDone(f, "2.2.y2016"));
        return cap(P3, plans).add(cap(P2, done));
    }

    /** full → 1, partial → the expert's points (needed only then), none → 0. */
    private static BigDecimal planDone(Map<String, String> f, String id) {
        String level = f.get(id);
        if (level == null) return ZERO;
        return switch (level) {
            case "full" -> P1;
            case "partial" -> points(f, id + "_expert");
            case "none" -> ZERO;
            default -> throw new IllegalArgumentException("level " + level);
        };
    }

    private static BigDecimal dimension3(Map<String, String> f) {
        String mapping = f.get("3.1.mapping_library");
        BigDecimal conversion = rate(f.get("3.1.code_conversion_rate"));
        BigDecimal gated = mapping == null || conversion == null || !bool(mapping) ? ZERO
                : stepDown(conversion, P1, P100, P10, P01, P50);
        BigDecimal code = check(f, "3.1.new_entities", P1).add(gated)
                .add(stepDown(rate(f.get("3.1.license_renewal_rate")), P1, P100, P10, P01, P50));
        BigDecimal rules = check(f, "3.2.info_rules", P2).add(check(f, "3.2.market_policy", P2));
        return cap(P3, code).add(cap(P2, rules));
    }

    private static BigDecimal dimension4(Map<String, String> f) {
        BigDecimal sharing = check(f, "4.1.platform_reporting", P2)
                .add(perUnit(f, "4.1.contributing_units", P004, P2))
                .add(stepDown(rate(f.get("4.1.person_coverage")), P2, P95, P1, P01, P90))
                .add(stepDown(rate(f.get("4.1.org_coverage")), P2, P99, P1, P01, P90))
                .add(check(f, "4.1.records_by_subject", P2));
        BigDecimal website = points(f, "4.2.portal").add(points(f, "4.2.double_publicity"))
                .add(check(f, "4.2.one_stop_query", P1));
        return cap(P10, sharing).add(cap(P3, website));
    }

    private static BigDecimal dimension5(Map<String, String> f) {
        BigDecimal admin = check(f, "5.1.dept_query_service", P1).add(check(f, "5.1.public_query_hall", P1))
                .add(perUnit(f, "5.1.applying_units", P005, P2));
        BigDecimal finance = points(f, "5.3.sme_rural_finance").add(points(f, "5.3.fund_registration"));
        return cap(P4, admin).add(cap(P3, points(f, "5.2.expert"))).add(cap(P6, finance))
                .add(cap(P3, points(f, "5.4.expert")));
    }

    private static BigDecimal dimension7(Map<String, String> f) {
        BigDecimal training = check(f, "7.2.reader", P1).add(check(f, "7.2.course", P1))
                .add(check(f, "7.2.activities", P1)).add(check(f, "7.2.practitioner_training", P1));
        return cap(P4, points(f, "7.1.expert")).add(cap(P4, training));
    }

    private static BigDecimal dimension8(Map<String, String> f) {
        BigDecimal business = ZERO;
        for (String id : MATRIX_81) business = business.add(check(f, id, P02));
        BigDecimal social = ZERO;
        for (String id : MATRIX_83) social = social.add(check(f, id, P02));
        BigDecimal government = points(f, "8.2.institutions").add(check(f, "8.2.civil_servant_files", P2))
                .add(check(f, "8.2.records_in_evaluation", P2)).add(dishonesty(f.get("8.2.dishonesty_events")));
        BigDecimal judicial = check(f, "8.4.disclosure", P2).add(check(f, "8.4.bribery_archive", P2))
                .add(check(f, "8.4.professional_files", P2)).add(check(f, "8.4.judicial_lists", P2));
        return cap(P8, business).add(cap(P8, government)).add(cap(P8, social)).add(cap(P8, judicial));
    }

    /** 2 − 0.1 per event, not below 0; a missing count scores 0. */
    private static BigDecimal dishonesty(String value) {
        BigDecimal events = count(value);
        if (events == null) return ZERO;
        BigDecimal score = P2.subtract(events.multiply(P01));
        return score.signum() < 0 ? ZERO : score;
    }

    // --- rule kinds, written out ---

    private static BigDecimal check(Map<String, String> f, String id, BigDecimal points) {
        String v = f.get(id);
        return v != null && bool(v) ? points : ZERO;
    }

    private static BigDecimal perUnit(Map<String, String> f, String id, BigDecimal each, BigDecimal cap) {
        BigDecimal n = count(f.get(id));
        if (n == null) return ZERO;
        BigDecimal score = n.multiply(each);
        return cap == null ? score : cap(cap, score);
    }

    private static BigDecimal stepDown(BigDecimal v, BigDecimal full, BigDecimal threshold, BigDecimal step,
            BigDecimal decrement, BigDecimal floor) {
        if (v == null || v.compareTo(floor) < 0) return ZERO;
        if (v.compareTo(threshold) >= 0) return full;
        BigDecimal steps = threshold.subtract(v).divide(step, 0, RoundingMode.FLOOR);
        BigDecimal score = full.subtract(steps.multiply(decrement));
        return score.signum() < 0 ? ZERO : score;
    }

    private static BigDecimal points(Map<String, String> f, String id) {
        String v = f.get(id);
        return v == null ? ZERO : new BigDecimal(v.strip());
    }

    private static BigDecimal cap(BigDecimal max, BigDecimal v) {
        return v.compareTo(max) > 0 ? max : v;
    }

    // --- values ---

    private static boolean bool(String v) {
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "是" -> true;
            case "false", "no", "0", "否" -> false;
            default -> throw new IllegalArgumentException("bool " + v);
        };
    }

    private static BigDecimal count(String v) {
        if (v == null) return null;
        String s = v.strip();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') throw new IllegalArgumentException("count " + v);
        }
        return new BigDecimal(s);
    }

    private static BigDecimal rate(String v) {
        if (v == null) return null;
        String s = v.strip();
        if (s.endsWith("%")) s = s.substring(0, s.length() - 1);
        BigDecimal r = new BigDecimal(s);
        if (r.signum() < 0 || r.compareTo(P100) > 0) throw new IllegalArgumentException("rate " + v);
        return r;
    }

    private static String[] matrix(String prefix, String[] sectors) {
        String[] ids = new String[sectors.length * MEASURES.length];
        int i = 0;
        for (String sector : sectors) {
            for (String measure : MEASURES) ids[i++] = prefix + sector + "." + measure;
        }
        return ids;
    }
}
