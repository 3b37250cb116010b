package org.crediteval.survey.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.crediteval.api.survey.CategoryQuota;
import org.crediteval.api.survey.CitySurvey;
import org.crediteval.api.survey.CityScore;
import org.crediteval.api.survey.OptionShare;
import org.crediteval.api.survey.QuestionShares;
import org.crediteval.api.survey.Stratum;
import org.crediteval.survey.internal.CompiledQuestionnaire.CompiledQuestion;

/** The running counts of one city: only numbers, whatever the number of responses. */
final class CityTally {
    final String city;
    final boolean known;
    long valid;
    long invalid;
    long duplicate;
    long late;
    /** valid responses naming each category (quota counting: every category ticked) */
    final long[] collected;
    /** valid responses weighted in each category (its first category in questionnaire order) */
    final long[] strataCount;
    /** Σ of the respondents' answer values × scale, per weighting category */
    final long[] strataSum;
    /** per question, per option: valid responses choosing it */
    final long[][] optionCounts;

    CityTally(String city, boolean known, CompiledQuestionnaire q) {
        this.city = city;
        this.known = known;
        collected = new long[q.categories.length];
        strataCount = new long[q.categories.length];
        strataSum = new long[q.categories.length];
        optionCounts = new long[q.questions.length][];
        for (int i = 0; i < q.questions.length; i++) optionCounts[i] = new long[q.questions[i].labels.length];
    }

    CitySurvey report(CompiledQuestionnaire q, BigDecimal maxPoints) {
        List<CategoryQuota> quotas = new ArrayList<>();
        for (int c = 0; c < q.categories.length; c++) quotas.add(new CategoryQuota(q.categories[c], q.quotas[c], collected[c]));
        List<QuestionShares> questions = new ArrayList<>();
        for (int i = 0; i < q.questions.length; i++) {
            CompiledQuestion question = q.questions[i];
            List<OptionShare> options = new ArrayList<>();
            for (int o = 0; o < question.labels.length; o++) {
                long count = optionCounts[i][o];
                BigDecimal share = valid == 0 ? null
                        : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(valid), 4, RoundingMode.HALF_UP);
                options.add(new OptionShare(question.labels[o], count, share));
            }
            questions.add(new QuestionShares(question.number, question.text, options));
        }
        return new CitySurvey(city, known, valid + invalid + duplicate + late, valid, invalid, duplicate, late, quotas,
                questions, score(q, maxPoints));
    }

    /**
     * r = mean of a respondent's values; mean_c = mean of r over the category's respondents; weight_c = quota_c / Σ
     * quota of the categories present; index = Σ weight_c × mean_c; score = max × index, rounded once.
     */
    private CityScore score(CompiledQuestionnaire q, BigDecimal maxPoints) {
        if (valid == 0) return null;
        long quotaPresent = 0;
        for (int c = 0; c < strataCount.length; c++) if (strataCount[c] > 0) quotaPresent += q.quotas[c];
        if (quotaPresent == 0) return null; // only zero-quota categories present: nothing to weight by
        long perRespondent = q.scale * q.questions.length; // r = Σ scaled values / (scale × questions)
        Fraction index = Fraction.ZERO;
        List<Stratum> strata = new ArrayList<>();
        for (int c = 0; c < strataCount.length; c++) {
            if (strataCount[c] == 0) continue;
            Fraction mean = new Fraction(BigInteger.valueOf(strataSum[c]),
                    BigInteger.valueOf(strataCount[c]).multiply(BigInteger.valueOf(perRespondent)));
            Fraction weight = Fraction.of(q.quotas[c], quotaPresent);
            index = index.plus(weight.times(mean));
            strata.add(new Stratum(q.categories[c], strataCount[c], mean.decimal(), weight.decimal()));
        }
        BigDecimal score = Fraction.of(maxPoints).times(index).round(4);
        return new CityScore(valid, index.decimal(), score, strata);
    }
}
