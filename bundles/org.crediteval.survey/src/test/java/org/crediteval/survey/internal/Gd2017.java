package org.crediteval.survey.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.survey.SurveyResponse;
import org.crediteval.model.io.SchemeResources;
import org.crediteval.model.scheme.Questionnaire;
import org.crediteval.model.scheme.Scheme;

/** The real gd-2017 questionnaire (read from the pack's XMI, a fresh copy per call) and a response builder. */
final class Gd2017 {
    static final Path XMI = Path.of("../../rulepacks/gd-2017/model/gd-2017.xmi");

    private Gd2017() {
    }

    static Scheme scheme() {
        try {
            return SchemeResources.load(XMI);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Questionnaire questionnaire() {
        return scheme().getQuestionnaire();
    }

    static final BigDecimal TEN = BigDecimal.TEN;

    /** A valid response with every answer at its highest value (r = 1). */
    static Builder response(String id) {
        return new Builder(id);
    }

    static final class Builder {
        String id;
        String city = "茂名市";
        String categories = "企业人员";
        String at = "2017-08-01T10:00:00+08:00";
        final String[] answers = new String[39];
        String file = "s.csv";
        long line = 2;
        List<String> problems = List.of();

        Builder(String id) {
            this.id = id;
            Arrays.fill(answers, "是");
            answers[17] = "新闻媒体|网络平台";
            answers[35] = "商务诚信|政务诚信|司法公信|社会诚信";
            answers[36] = "明显改善";
            answers[38] = "非常满意";
        }

        Builder city(String c) { city = c; return this; }
        Builder categories(String c) { categories = c; return this; }
        Builder at(String t) { at = t; return this; }
        Builder answer(int question, String a) { answers[question - 1] = a; return this; }
        Builder line(long l) { line = l; return this; }
        Builder file(String f) { file = f; return this; }
        Builder problems(String... p) { problems = List.of(p); return this; }

        /** Answers giving the respondent exactly {@code yes} of the 35 yes/no questions right, the others 0. */
        Builder yes(int count) {
            int given = 0;
            for (int q = 1; q <= 39; q++) {
                if (q == 18 || q == 36 || q == 37 || q == 39) continue;
                answers[q - 1] = given++ < count ? "是" : "否";
            }
            return this;
        }

        SurveyResponse build() {
            return new SurveyResponse(id, city, categories, at, new ArrayList<>(Arrays.asList(answers)),
                    Location.line(file, line), problems);
        }
    }
}
