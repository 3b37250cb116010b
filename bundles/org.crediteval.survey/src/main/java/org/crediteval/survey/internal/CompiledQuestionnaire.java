package org.crediteval.survey.internal;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crediteval.model.scheme.AnswerOption;
import org.crediteval.model.scheme.Question;
import org.crediteval.model.scheme.QuestionKind;
import org.crediteval.model.scheme.Questionnaire;
import org.crediteval.model.scheme.RespondentCategory;

/**
 * The questionnaire turned into lookup tables once per run, so that a response costs a few hash lookups. Every
 * answer value becomes an integer over one common denominator {@link #scale} (the lcm of the option denominators
 * and of the multi-share option counts), so that sums stay exact longs and the only division is at the end.
 */
final class CompiledQuestionnaire {
    /** Options of one question fit in a long bit set. */
    static final int MAX_OPTIONS = 63;

    final Questionnaire model;
    final CompiledQuestion[] questions;
    final String[] categories;
    final int[] quotas;
    /** Empty: the questionnaire names no cities, so any city is accepted. */
    final Set<String> cities;
    /** The last accepted submission in nanoseconds since the epoch; Long.MAX_VALUE when there is no deadline. */
    final long deadline;
    final long scale;

    CompiledQuestionnaire(Questionnaire model) {
        this.model = model;
        List<Question> qs = model.getQuestions();
        long lcm = 1;
        for (Question q : qs) {
            if (q.getOptions().size() > MAX_OPTIONS) {
                throw new IllegalArgumentException("question " + q.getNumber() + " has more than " + MAX_OPTIONS + " options");
            }
            if (q.getKind() == QuestionKind.MULTI_SHARE) lcm = lcm(lcm, q.getOptions().size());
            if (q.getKind() == QuestionKind.SINGLE) {
                for (AnswerOption o : q.getOptions()) {
                    if (o.getDenominator() <= 0) {
                        throw new IllegalArgumentException("question " + q.getNumber() + " option " + o.getLabel()
                                + ": denominator must be positive");
                    }
                    lcm = lcm(lcm, o.getDenominator());
                }
            }
        }
        scale = lcm;
        questions = new CompiledQuestion[qs.size()];
        for (int i = 0; i < qs.size(); i++) questions[i] = new CompiledQuestion(qs.get(i), scale);
        List<RespondentCategory> cs = model.getCategories();
        if (cs.size() > MAX_OPTIONS) throw new IllegalArgumentException("more than " + MAX_OPTIONS + " respondent categories");
        categories = new String[cs.size()];
        quotas = new int[cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            categories[i] = cs.get(i).getCode();
            quotas[i] = cs.get(i).getQuota();
        }
        cities = new HashSet<>(model.getCities());
        String d = model.getDeadline();
        if (d == null || d.isBlank()) {
            deadline = Long.MAX_VALUE;
        } else {
            deadline = Timestamps.parse(d.strip());
            if (deadline == Timestamps.INVALID) throw new IllegalArgumentException("questionnaire deadline is not ISO-8601: " + d);
        }
    }

    /** The category written in {@code text[from, to)}, or -1; compares regions so that no substring is made. */
    int category(String text, int from, int to) {
        return match(categories, text, from, to);
    }

    /**
     * The label equal to {@code text[from, to)}, or -1. A linear scan comparing length and first character first: a
     * handful of short labels is faster to scan than to hash a new string for a map (this runs 40 times per
     * response).
     */
    static int match(String[] labels, String text, int from, int to) {
        int length = to - from;
        if (length == 0) return -1;
        char first = text.charAt(from);
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            if (label.length() != length || label.charAt(0) != first) continue;
            if (same(text, from, label, length)) return i;
        }
        return -1;
    }

    /** A plain loop: String.regionMatches goes through a vectorized mismatch whose set-up dominates for 1–25 chars. */
    private static boolean same(String text, int from, String label, int length) {
        for (int k = 1; k < length; k++) if (text.charAt(from + k) != label.charAt(k)) return false;
        return true;
    }

    boolean knownCity(String city) {
        return cities.isEmpty() ? !city.isEmpty() : cities.contains(city);
    }

    private static long lcm(long a, long b) {
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
                .divide(BigInteger.valueOf(a).gcd(BigInteger.valueOf(b))).longValueExact();
    }

    /** One question: option labels to index, and each option's value times the common scale. */
    static final class CompiledQuestion {
        final int number;
        final String text;
        final QuestionKind kind;
        final String[] labels;
        /** SINGLE: the option's value × scale. */
        final long[] scaledValues;
        /** MULTI_ANY: bit set of the exclusive options (没了解过). */
        final long exclusiveMask;
        final long scale;

        CompiledQuestion(Question q, long scale) {
            this.number = q.getNumber();
            this.text = q.getText();
            this.kind = q.getKind();
            this.scale = scale;
            List<AnswerOption> options = q.getOptions();
            labels = new String[options.size()];
            scaledValues = new long[options.size()];
            long exclusive = 0;
            for (int i = 0; i < options.size(); i++) {
                AnswerOption o = options.get(i);
                labels[i] = o.getLabel();
                if (kind == QuestionKind.SINGLE) scaledValues[i] = o.getNumerator() * (scale / o.getDenominator());
                if (o.isExclusive()) exclusive |= 1L << i;
            }
            exclusiveMask = exclusive;
        }

        /** The option written in {@code text[from, to)}, or -1. */
        int option(String text, int from, int to) {
            return match(labels, text, from, to);
        }

        boolean multi() {
            return kind != QuestionKind.SINGLE;
        }

        /**
         * The value × scale of a valid answer: a single option's value; for multi-any 1 when any non-exclusive
         * option is ticked and 0 when only an exclusive one is; for multi-share the number ticked / number of
         * options (the kinds' definitions in scheme.ecore).
         */
        long scaledValue(long answer) {
            return switch (kind) {
                case SINGLE -> scaledValues[Long.numberOfTrailingZeros(answer)];
                case MULTI_ANY -> (answer & ~exclusiveMask) != 0 ? scale : 0;
                case MULTI_SHARE -> Long.bitCount(answer) * (scale / labels.length);
            };
        }
    }
}
