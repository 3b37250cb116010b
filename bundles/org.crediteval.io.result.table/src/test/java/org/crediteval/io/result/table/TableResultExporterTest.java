package org.crediteval.io.result.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.junit.jupiter.api.Test;

class TableResultExporterTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static SubjectResult subject(String name, String base, String bonus, String dim1, List<String> missing,
            List<String> warnings) {
        BigDecimal total = d(base).add(d(bonus));
        List<DimensionResult> dims = List.of(
                new DimensionResult("1", "工作保障与推进措施", d(dim1), d("5"), false, List.of()),
                new DimensionResult("2", "信用制度建设", d(base).subtract(d(dim1)), d("95"), false, List.of()),
                new DimensionResult("9", "附加分", d(bonus), d("10"), true, List.of()));
        return new SubjectResult(name, d(base), d("100"), d(bonus), d("10"), total, dims, missing, warnings);
    }

    private static ScoreResult sample() {
        return new ScoreResult(new ScoreResult.PackRef("gd-2017", "1.0.0"), List.of(
                subject("茂名市", "75", "5", "4.5", List.of("a.1", "a.2", "a.3", "a.4", "a.5", "a.6", "a.7"), List.of()),
                subject("乌鲁木齐市", "78", "2", "3.3333", List.of(), List.of("3.2.planned 为 0：不计分")),
                subject("Test City", "78", "2", "1.005", List.of("b.1"), List.of()),
                subject("（测试）区", "46.6667", "0", "0", List.of(), List.of()),
                subject("湛江市", "90.125", "9.875", "5", List.of(), List.of())));
    }

    private static String render() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TableResultExporter().write(sample(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Header, rule and one row per subject: the lines after the title and its blank line. */
    private static List<String> body(String text, int subjects) {
        return Arrays.asList(text.split("\n", -1)).subList(2, 4 + subjects);
    }

    /** Display columns where each whitespace-separated cell ends. */
    private static List<Integer> cellEnds(String line) {
        List<Integer> ends = new ArrayList<>();
        int col = 0;
        boolean inCell = false;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            boolean space = cp == ' ';
            if (inCell && space) ends.add(col);
            inCell = !space;
            col += DisplayWidth.of(cp);
            i += Character.charCount(cp);
        }
        if (inCell) ends.add(col);
        return ends;
    }

    @Test
    void everyBodyLineHasTheSameDisplayWidth() throws IOException {
        List<String> body = body(render(), 5);
        int width = DisplayWidth.of(body.get(0));
        assertThat(body).allSatisfy(line -> assertThat(DisplayWidth.of(line)).as(line).isEqualTo(width));
        // the Chinese rows are shorter in chars than the ASCII one: only a display-width count makes them line up
        assertThat(body.stream().map(String::length).distinct().count()).isGreaterThan(1);
    }

    @Test
    void numberColumnsAreRightAlignedAcrossRows() throws IOException {
        List<String> body = body(render(), 5);
        List<Integer> header = cellEnds(body.get(0));
        for (String line : body.subList(2, body.size())) {
            List<Integer> ends = cellEnds(line.replace("Test City", "Test_City"));
            // rank ends with the header's; total, base, bonus and the dimension columns too (the subject is left-aligned)
            assertThat(ends.get(0)).as(line).isEqualTo(header.get(0));
            assertThat(ends.subList(2, ends.size())).as(line).isEqualTo(header.subList(2, header.size()));
        }
        int subjectStart = body.get(0).indexOf("subject");
        for (String line : body.subList(2, body.size())) {
            assertThat(DisplayWidth.of(line.substring(0, subjectStart))).isEqualTo(subjectStart);
        }
    }

    @Test
    void ranksByTotalThenBaseThenInputOrder() throws IOException {
        List<String> rows = body(render(), 5).subList(2, 7);
        assertThat(rows).extracting(r -> r.trim().split(" +")[1])
                .containsExactly("湛江市", "乌鲁木齐市", "Test", "茂名市", "（测试）区");
        assertThat(rows).extracting(r -> r.trim().split(" +")[0]).containsExactly("1", "2", "2", "4", "5");
        assertThat(TableResultExporter.ranked(sample().subjects())).extracting(SubjectResult::subject)
                .containsExactly("湛江市", "乌鲁木齐市", "Test City", "茂名市", "（测试）区");
    }

    @Test
    void titleHeaderAndRoundedScores() throws IOException {
        String text = render();
        assertThat(text).startsWith("gd-2017@1.0.0: 5 subjects, max 110 (base 100 + bonus 10)\n\n");
        List<String> body = body(text, 5);
        assertThat(body.get(0).trim().split(" +")).containsExactly("rank", "subject", "total", "base", "bonus", "1", "2",
                "9");
        assertThat(body.get(1)).matches("[- ]+");
        assertThat(body.get(2).trim().split(" +")).containsExactly("1", "湛江市", "100", "90.13", "9.88", "5", "85.13",
                "9.88");
        assertThat(body.get(4)).contains(" 1.01 ").doesNotContain("1.005");
        assertThat(body.get(6).trim().split(" +")).containsExactly("5", "（测试）区", "46.67", "46.67", "0", "0", "46.67",
                "0");
    }

    @Test
    void legendListsDimensionsWithTheirMaxima() throws IOException {
        assertThat(render()).contains("\n1  工作保障与推进措施 (5)\n2  信用制度建设 (95)\n9  附加分 (10, bonus)\n");
    }

    @Test
    void missingFactsAndWarningsAreSummarised() throws IOException {
        String text = render();
        assertThat(text).contains("\nmissing facts:\n  茂名市: 7 (a.1, a.2, a.3, a.4, a.5, …)\n  Test City: 1 (b.1)\n");
        assertThat(text).endsWith("\nwarnings:\n  乌鲁木齐市: 3.2.planned 为 0：不计分\n");
    }

    @Test
    void noNotesWhenNothingIsMissing() {
        ScoreResult r = new ScoreResult(new ScoreResult.PackRef("js-2012", "1.0.0"),
                List.of(subject("南京市", "800", "50", "1", List.of(), List.of())));
        String text = TableResultExporter.render(r);
        assertThat(text).startsWith("js-2012@1.0.0: 1 subject,").doesNotContain("missing facts", "warnings");
        assertThat(text).endsWith("(10, bonus)\n");
    }

    @Test
    void controlCharactersCannotBreakTheTable() {
        ScoreResult r = new ScoreResult(new ScoreResult.PackRef("js-2012", "1.0.0"),
                List.of(subject("南京\n市", "800", "50", "1", List.of(), List.of()),
                        subject("苏州市", "700", "50", "1", List.of(), List.of())));
        List<String> body = body(TableResultExporter.render(r), 2);
        assertThat(body).extracting(DisplayWidth::of).containsOnly(DisplayWidth.of(body.get(0)));
    }

    @Test
    void displayWidthCountsWideCharactersTwice() {
        assertThat(DisplayWidth.of("abc")).isEqualTo(3);
        assertThat(DisplayWidth.of("茂名市")).isEqualTo(6);
        assertThat(DisplayWidth.of("（测试）：")).isEqualTo(10);
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
        assertThat(DisplayWidth.of("\uD840\uDC0B")).as("CJK extension B").isEqualTo(2);
        assertThat(DisplayWidth.of("→ ×")).isEqualTo(3);
        assertThat(DisplayWidth.padLeft("市", 5)).isEqualTo("   市");
        assertThat(DisplayWidth.padRight("市", 5)).isEqualTo("市   ");
    }

    @Test
    void scoresShowAtMostTwoDecimalsRoundedHalfUp() {
        assertThat(TableResultExporter.score(d("46.6667"))).isEqualTo("46.67");
        assertThat(TableResultExporter.score(d("1.005"))).isEqualTo("1.01");
        assertThat(TableResultExporter.score(d("1.004"))).isEqualTo("1");
        assertThat(TableResultExporter.score(d("100.00"))).isEqualTo("100");
        assertThat(TableResultExporter.score(d("1E+2"))).isEqualTo("100");
        assertThat(TableResultExporter.score(d("0.000"))).isEqualTo("0");
        assertThat(TableResultExporter.score(d("2.5"))).isEqualTo("2.5");
    }

    @Test
    void registersAsTheTableExporter() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/OSGI-INF/" + TableResultExporter.class.getName() + ".xml")) {
            assertThat(in).as("DS descriptor generated by bnd").isNotNull();
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xml).contains("org.crediteval.api.score.ResultExporter")
                    .containsPattern("name=\"crediteval.format\"[^>]*value=\"table\"");
        }
    }
}
