package org.crediteval.io.survey.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crediteval.api.survey.CategoryQuota;
import org.crediteval.api.survey.CityScore;
import org.crediteval.api.survey.CitySurvey;
import org.crediteval.api.survey.OptionShare;
import org.crediteval.api.survey.QuestionShares;
import org.crediteval.api.survey.RejectedResponse;
import org.crediteval.api.survey.SurveyReport;
import org.crediteval.api.survey.SurveyReportExporter;
import org.osgi.service.component.annotations.Component;

/**
 * The survey report for a terminal: a summary line per city, then per city the quota table (shortfalls marked ⚠)
 * and the option shares, then every rejected response. Columns are aligned by display width (a Chinese character
 * takes two cells). Numbers are rounded for reading only; the JSON keeps them exact.
 */
@Component(property = SurveyReportExporter.FORMAT + "=table")
public class TableSurveyReportExporter implements SurveyReportExporter {

    private static final String GAP = "  ";

    @Override
    public void write(SurveyReport report, OutputStream out) throws IOException {
        out.write(render(report).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String render(SurveyReport report) {
        StringBuilder b = new StringBuilder();
        b.append("问卷：").append(Labels.clean(report.title())).append("（").append(report.questionnaireId()).append("）\n");
        b.append("截止时间：").append(report.deadline() == null ? "无" : report.deadline()).append("；满分 ")
                .append(report.maxPoints().toPlainString()).append('\n').append('\n');

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"城市", "问卷", "有效", "无效", "重复", "逾期", "指数", "得分", "配额"});
        for (CitySurvey c : report.cities()) {
            CityScore s = c.score();
            long short_ = c.quotas().stream().filter(CategoryQuota::shortfall).count();
            String quota = !c.known() ? "城市未知" : short_ == 0 ? "达到" : "⚠ " + short_ + " 类不足";
            rows.add(new String[] {name(c.city()), n(c.responses()), n(c.valid()), n(c.invalid()), n(c.duplicate()),
                    n(c.late()), s == null ? "-" : Labels.plain(s.index(), 4), s == null ? "无得分" : s.score().toPlainString(),
                    quota});
        }
        table(b, rows, numbers(9, 1, 2, 3, 4, 5, 6, 7));

        for (CitySurvey c : report.cities()) {
            if (!c.known()) continue;
            b.append('\n').append("== ").append(name(c.city())).append(" ==").append('\n');
            CityScore s = c.score();
            if (s != null) {
                b.append("得分 ").append(s.score().toPlainString()).append(" = ").append(report.maxPoints().toPlainString())
                        .append(" × 指数 ").append(Labels.plain(s.index(), 6)).append("（有效问卷 ").append(s.respondents())
                        .append(" 份，按第一类别加权，按配额事后分层）\n");
            } else {
                b.append("无有效问卷，无得分（10.1 采用证据中的得分）\n");
            }
            List<String[]> quota = new ArrayList<>();
            quota.add(new String[] {"类别", "配额", "有效", "缺口", "加权人数", "平均分", "权重"});
            for (CategoryQuota q : c.quotas()) {
                var stratum = s == null ? null
                        : s.strata().stream().filter(st -> st.category().equals(q.code())).findFirst().orElse(null);
                quota.add(new String[] {q.code(), n(q.quota()), n(q.collected()),
                        q.shortfall() ? "⚠ " + q.missing() : "", stratum == null ? "" : n(stratum.respondents()),
                        stratum == null ? "" : Labels.plain(stratum.mean(), 4),
                        stratum == null ? "" : Labels.plain(stratum.weight(), 4)});
            }
            table(b, quota, numbers(7, 1, 2, 4, 5, 6));
            b.append('\n').append("选项占比（有效问卷 ").append(c.valid()).append(" 份中）\n");
            for (QuestionShares q : c.questions()) {
                StringBuilder line = new StringBuilder(DisplayWidth.padLeft(String.valueOf(q.number()), 3)).append(". ");
                for (int i = 0; i < q.options().size(); i++) {
                    OptionShare o = q.options().get(i);
                    if (i > 0) line.append("  ");
                    line.append(Labels.clean(o.label())).append(' ').append(Labels.percent(o.share())).append(" (")
                            .append(o.count()).append(')');
                }
                b.append(line).append('\n');
            }
        }

        b.append('\n').append("被排除的问卷：").append(report.rejected().size()).append(" 份\n");
        if (!report.rejected().isEmpty()) {
            List<String[]> rejected = new ArrayList<>();
            rejected.add(new String[] {"位置", "答卷编号", "城市", "类别", "原因"});
            for (RejectedResponse r : report.rejected()) {
                rejected.add(new String[] {r.location() == null ? "" : Labels.clean(r.location().toString()),
                        Labels.clean(r.respondentId()), Labels.clean(r.city()), Labels.rejection(r.rejection()),
                        Labels.clean(r.reason())});
            }
            table(b, rejected, numbers(5));
        }
        return b.toString();
    }

    private static String name(String city) {
        return city.isEmpty() ? "（空）" : Labels.clean(city);
    }

    private static String n(long v) {
        return String.valueOf(v);
    }

    private static boolean[] numbers(int columns, int... numeric) {
        boolean[] flags = new boolean[columns];
        for (int i : numeric) flags[i] = true;
        return flags;
    }

    /** Number columns are right-aligned; the last column is not padded. */
    private static void table(StringBuilder b, List<String[]> rows, boolean[] numbers) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) for (int i = 0; i < columns; i++) width[i] = Math.max(width[i], DisplayWidth.of(row[i]));
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                if (i > 0) line.append(GAP);
                boolean number = numbers[i];
                line.append(number ? DisplayWidth.padLeft(row[i], width[i])
                        : i == columns - 1 ? row[i] : DisplayWidth.padRight(row[i], width[i]));
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
