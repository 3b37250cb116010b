package org.crediteval.survey.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.survey.CitySurvey;
import org.crediteval.api.survey.RejectedResponse;
import org.crediteval.api.survey.Rejection;
import org.crediteval.api.survey.SurveyAccumulator;
import org.crediteval.api.survey.SurveyReport;
import org.crediteval.api.survey.SurveyResponse;
import org.crediteval.survey.internal.CompiledQuestionnaire.CompiledQuestion;

/**
 * One analysis: classifies each response as it arrives and adds it to its city's counts. Memory: the counts, the
 * set of ids seen, the rejected rows.
 */
final class AnalysisRun implements SurveyAccumulator {
    private final CompiledQuestionnaire q;
    private final BigDecimal maxPoints;
    private final IdSet ids = new IdSet();
    private final List<String> files = new ArrayList<>();
    private final Map<String, CityTally> cities = new LinkedHashMap<>();
    private final List<RejectedResponse> rejected = new ArrayList<>();
    /** the chosen options of the current response, one bit set per question */
    private final long[] answers;
    private final StringBuilder reasons = new StringBuilder();
    private CityTally last;
    private boolean finished;

    AnalysisRun(CompiledQuestionnaire q, BigDecimal maxPoints) {
        this.q = q;
        this.maxPoints = maxPoints;
        this.answers = new long[q.questions.length];
    }

    @Override
    public void accept(SurveyResponse r) {
        if (finished) throw new IllegalStateException("the analysis is finished");
        CityTally city = tally(r.city());

        // 1. duplicate, whatever else is wrong with it (an empty id identifies nobody: it is invalid below)
        if (!r.respondentId().isEmpty()) {
            long first = ids.addOrGet(r.respondentId(), where(r.location()));
            if (first >= 0) {
                city.duplicate++;
                reject(r, Rejection.DUPLICATE, "答卷编号重复（首次出现于 " + describe(first) + "）");
                return;
            }
        }
        // 2. invalid timestamp, 3. late
        String at = r.submittedAt();
        long submitted = at.isEmpty() ? Timestamps.INVALID : Timestamps.parse(at);
        if (submitted == Timestamps.INVALID) {
            city.invalid++;
            reject(r, Rejection.INVALID_TIMESTAMP, at.isEmpty() ? "缺少提交时间" : "提交时间无法识别：“" + at + "”");
            return;
        }
        if (submitted > q.deadline) {
            city.late++;
            reject(r, Rejection.LATE, "逾期提交：" + at + " 晚于截止时间 " + q.model.getDeadline());
            return;
        }
        // 4. any other invalidity
        reasons.setLength(0);
        if (!r.problems().isEmpty()) for (String problem : r.problems()) reason(problem);
        if (r.respondentId().isEmpty()) reason("缺少答卷编号");
        if (r.city().isEmpty()) reason("缺少所在城市");
        else if (!city.known) reason("所在城市未知：“" + r.city() + "”");
        long categories = categories(r.categories());
        answers(r.answers());
        if (!reasons.isEmpty()) {
            city.invalid++;
            reject(r, Rejection.INVALID, reasons.toString());
            return;
        }
        count(city, categories);
    }

    /** The city's tally; the previous row's city is checked first (files are often sorted by city). */
    private CityTally tally(String name) {
        if (last != null && last.city.equals(name)) return last;
        CityTally t = cities.get(name);
        if (t == null) {
            t = new CityTally(name, q.knownCity(name), q);
            cities.put(name, t);
        }
        return last = t;
    }

    /** A valid response: quotas (every category ticked), strata (the first in questionnaire order), option counts. */
    private void count(CityTally city, long categories) {
        city.valid++;
        for (long bits = categories; bits != 0; bits &= bits - 1) city.collected[Long.numberOfTrailingZeros(bits)]++;
        long sum = 0;
        for (int i = 0; i < answers.length; i++) {
            CompiledQuestion question = q.questions[i];
            long bits = answers[i];
            sum += question.scaledValue(bits);
            long[] counts = city.optionCounts[i];
            for (; bits != 0; bits &= bits - 1) counts[Long.numberOfTrailingZeros(bits)]++;
        }
        int first = Long.numberOfTrailingZeros(categories);
        city.strataCount[first]++;
        city.strataSum[first] += sum;
    }

    /** @return the categories ticked as a bit set in questionnaire order, 0 when they are bad (reasons given) */
    private long categories(String text) {
        if (text.isEmpty()) {
            reason("未填写调查对象");
            return 0;
        }
        long seen = 0;
        boolean bad = false;
        int start = 0;
        int n = text.length();
        while (true) {
            int bar = text.indexOf(SurveyResponse.MULTI_SEPARATOR, start);
            int end = bar < 0 ? n : bar;
            int from = skipSpace(text, start, end);
            int to = trimSpace(text, from, end);
            int c = q.category(text, from, to);
            if (c < 0) {
                reason(from == to ? "调查对象含空值：“" + text + "”" : "调查对象未知：“" + text.substring(from, to) + "”");
                bad = true;
            } else if ((seen & (1L << c)) != 0) {
                reason("调查对象重复：“" + text.substring(from, to) + "”");
                bad = true;
            } else {
                seen |= 1L << c;
            }
            if (bar < 0) break;
            start = bar + 1;
        }
        return bad ? 0 : seen;
    }

    /** Fills {@link #answers}; every problem becomes a reason. */
    private void answers(List<String> raw) {
        StringBuilder missing = null;
        int size = raw.size();
        for (int i = 0; i < answers.length; i++) {
            CompiledQuestion question = q.questions[i];
            String text = i < size ? raw.get(i) : "";
            answers[i] = 0;
            if (text.isEmpty()) {
                missing = missing == null ? new StringBuilder("未作答：第 ") : missing.append('、');
                missing.append(question.number);
                continue;
            }
            if (!question.multi()) {
                int o = question.option(text, 0, text.length());
                if (o < 0) reason("第 " + question.number + " 题答案无效：“" + text + "”");
                else answers[i] = 1L << o;
                continue;
            }
            long bits = 0;
            boolean bad = false;
            int start = 0;
            int n = text.length();
            while (true) {
                int bar = text.indexOf(SurveyResponse.MULTI_SEPARATOR, start);
                int end = bar < 0 ? n : bar;
                int from = skipSpace(text, start, end);
                int to = trimSpace(text, from, end);
                int o = question.option(text, from, to);
                if (o < 0) {
                    reason("第 " + question.number + " 题答案无效：“" + text.substring(from, to) + "”");
                    bad = true;
                } else if ((bits & (1L << o)) != 0) {
                    reason("第 " + question.number + " 题选项重复：“" + text.substring(from, to) + "”");
                    bad = true;
                } else {
                    bits |= 1L << o;
                }
                if (bar < 0) break;
                start = bar + 1;
            }
            if (bad) continue;
            if ((bits & question.exclusiveMask) != 0 && Long.bitCount(bits) > 1) {
                String exclusive = question.labels[Long.numberOfTrailingZeros(bits & question.exclusiveMask)];
                reason("第 " + question.number + " 题“" + exclusive + "”不能与其他选项同时选择");
                continue;
            }
            answers[i] = bits;
        }
        if (missing != null) reason(missing.append(" 题").toString());
    }

    private static int skipSpace(String s, int from, int to) {
        while (from < to && space(s.charAt(from))) from++;
        return from;
    }

    private static int trimSpace(String s, int from, int to) {
        while (to > from && space(s.charAt(to - 1))) to--;
        return to;
    }

    /** Character.isWhitespace, without its table lookup for the CJK characters that fill the answers. */
    private static boolean space(char c) {
        return c <= ' ' || (c > '~' && c <= '\u3000' && Character.isWhitespace(c));
    }

    private void reason(String text) {
        if (!reasons.isEmpty()) reasons.append('；');
        reasons.append(text);
    }

    private void reject(SurveyResponse r, Rejection rejection, String reason) {
        rejected.add(new RejectedResponse(r.location(), r.respondentId(), r.city(), rejection, reason));
    }

    /** file index in the top 20 bits, line in the rest */
    private long where(Location location) {
        if (location == null) return 0;
        String file = location.file();
        int index = files.isEmpty() || !files.get(files.size() - 1).equals(file) ? files.indexOf(file) : files.size() - 1;
        if (index < 0) {
            files.add(file);
            index = files.size() - 1;
        }
        return ((long) index << 44) | (location.line() & ((1L << 44) - 1));
    }

    private String describe(long where) {
        int index = (int) (where >>> 44);
        long line = where & ((1L << 44) - 1);
        String file = index < files.size() ? files.get(index) : "?";
        return files.size() > 1 ? file + " 第 " + line + " 行" : "第 " + line + " 行";
    }

    @Override
    public SurveyReport finish() {
        finished = true;
        List<CitySurvey> reports = new ArrayList<>();
        for (CityTally tally : cities.values()) reports.add(tally.report(q, maxPoints));
        return new SurveyReport(q.model.getId(), q.model.getTitle(), q.model.getDeadline(), maxPoints, reports, rejected);
    }
}
