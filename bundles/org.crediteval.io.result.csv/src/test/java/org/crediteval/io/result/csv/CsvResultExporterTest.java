package org.crediteval.io.result.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.junit.jupiter.api.Test;

class CsvResultExporterTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static ScoreResult sample() {
        ItemResult institution = new ItemResult("1.1.institution", "机构到位", d("0.5"), d("0.5"), "机构到位 = 是 → 0.5",
                List.of("1.1.institution"));
        ItemResult departments = new ItemResult("1.2.departments", "部门数", d("0.04").multiply(d("37")), d("2"),
                "37 × 0.04 = 1.48, \"封顶\" 2\n第二行", List.of("1.2.departments"));
        ItemResult absences = new ItemResult("7.1.absences", "=HYPERLINK(\"http://x\")", d("0"), d("5"),
                "-5 缺席1人次扣5分", List.of());
        DimensionResult work = new DimensionResult("1", "工作保障与推进措施", d("1.98"), d("5"), false, List.of(
                new IndicatorResult("1.1", "工作保障条件", d("0.50"), d("2"), List.of(institution)),
                new IndicatorResult("1.2", "部门联动", d("1.48"), d("2"), List.of(departments, absences))));
        DimensionResult extra = new DimensionResult("9", "附加分", d("5"), d("1E+1"), true, List.of());
        SubjectResult maoming = new SubjectResult("茂名市", d("1.98"), d("100"), d("5"), d("10"), d("6.98"),
                List.of(work, extra), List.of("4.1.person_coverage"), List.of("+warning about @x", "3.2.planned 为 0"));
        SubjectResult evil = new SubjectResult("@SUM(A1:A9)", d("-1.5"), d("100"), d("0"), d("10"), d("-1.5"), List.of(),
                List.of(), List.of("\tindented", "\rreturn"));
        return new ScoreResult(new ScoreResult.PackRef("gd-2017", "1.0.0"), List.of(maoming, evil));
    }

    private static byte[] export(ScoreResult r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvResultExporter().write(r, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            assertThat(p.getHeaderNames()).containsExactly(CsvResultExporter.HEADER);
            return p.getRecords();
        }
    }

    private static List<String> cells(CSVRecord r) {
        return Arrays.asList(r.values());
    }

    @Test
    void startsWithUtf8BomAndUsesCrlf() throws IOException {
        byte[] bytes = export(sample());
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("subject,level,id,name,score,max,explanation\r\n"
                + "茂名市,subject,total,总分,6.98,110,\r\n"
                + "茂名市,subject,base,基础分,1.98,100,\r\n"
                + "茂名市,subject,bonus,附加分,5,10,\r\n"
                + "茂名市,dimension,1,工作保障与推进措施,1.98,5,\r\n"
                + "茂名市,indicator,1.1,工作保障条件,0.5,2,\r\n"
                + "茂名市,item,1.1.institution,机构到位,0.5,0.5,机构到位 = 是 → 0.5\r\n");
        assertThat(text).endsWith("\r\n");
    }

    @Test
    void rowsFollowTheTreeDepthFirst() throws IOException {
        List<CSVRecord> rows = parse(export(sample()));
        List<String> maoming = rows.stream().filter(r -> r.get("subject").equals("茂名市"))
                .map(r -> r.get("level") + ":" + r.get("id")).toList();
        assertThat(maoming).containsExactly("subject:total", "subject:base", "subject:bonus", "dimension:1",
                "indicator:1.1", "item:1.1.institution", "indicator:1.2", "item:1.2.departments", "item:7.1.absences",
                "dimension:9", "missing:4.1.person_coverage", "warning:", "warning:");
    }

    @Test
    void valuesRoundTripThroughCommonsCsv() throws IOException {
        List<CSVRecord> rows = parse(export(sample()));
        CSVRecord departments = rows.stream().filter(r -> r.get("id").equals("1.2.departments")).findFirst().orElseThrow();
        assertThat(cells(departments)).containsExactly("茂名市", "item", "1.2.departments", "部门数", "1.48", "2",
                "37 × 0.04 = 1.48, \"封顶\" 2\n第二行");
        assertThat(new BigDecimal(departments.get("score"))).isEqualTo(new BigDecimal("1.48"));
        CSVRecord bonusDim = rows.stream().filter(r -> r.get("level").equals("dimension") && r.get("id").equals("9"))
                .findFirst().orElseThrow();
        assertThat(bonusDim.get("max")).isEqualTo("10");
        assertThat(bonusDim.get("explanation")).contains("附加分");
        CSVRecord missing = rows.stream().filter(r -> r.get("level").equals("missing")).findFirst().orElseThrow();
        assertThat(cells(missing)).containsExactly("茂名市", "missing", "4.1.person_coverage", "", "", "", "");
        assertThat(String.join("", rows.stream().flatMap(r -> cells(r).stream()).toList())).doesNotContain("E+", "E-");
    }

    @Test
    void formulaLikeTextIsNeutralisedButNumbersAreNot() throws IOException {
        List<CSVRecord> rows = parse(export(sample()));
        CSVRecord absences = rows.stream().filter(r -> r.get("id").equals("7.1.absences")).findFirst().orElseThrow();
        assertThat(absences.get("name")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(absences.get("explanation")).isEqualTo("'-5 缺席1人次扣5分");
        List<CSVRecord> evil = rows.stream().filter(r -> r.get("subject").startsWith("'@")).toList();
        assertThat(evil).isNotEmpty().allSatisfy(r -> assertThat(r.get("subject")).isEqualTo("'@SUM(A1:A9)"));
        assertThat(evil.get(0).get("score")).isEqualTo("-1.5");
        assertThat(rows).filteredOn(r -> r.get("level").equals("warning")).extracting(r -> r.get("explanation"))
                .containsExactly("'+warning about @x", "3.2.planned 为 0", "'\tindented", "'\rreturn");
        for (CSVRecord r : rows) {
            for (String column : List.of("subject", "id", "name", "explanation")) {
                String v = r.get(column);
                assertThat(v.isEmpty() || "=+-@\t\r\n".indexOf(v.charAt(0)) < 0).as(column + " of " + r).isTrue();
            }
        }
    }

    @Test
    void textHelper() {
        assertThat(CsvResultExporter.text("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvResultExporter.text("茂名市")).isEqualTo("茂名市");
        assertThat(CsvResultExporter.text("a=b")).isEqualTo("a=b");
        assertThat(CsvResultExporter.text("\nline")).isEqualTo("'\nline");
        assertThat(CsvResultExporter.text(null)).isEmpty();
        assertThat(CsvResultExporter.number(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(CsvResultExporter.number(new BigDecimal("46.66670"))).isEqualTo("46.6667");
        assertThat(CsvResultExporter.number(new BigDecimal("0.00"))).isEqualTo("0");
    }

    @Test
    void callerStreamStaysOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new CsvResultExporter().write(sample(), out);
        assertThat(closed[0]).isFalse();
        assertThat(out.size()).isGreaterThan(100);
    }

    @Test
    void registersAsTheCsvExporter() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/OSGI-INF/" + CsvResultExporter.class.getName() + ".xml")) {
            assertThat(in).as("DS descriptor generated by bnd").isNotNull();
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xml).contains("org.crediteval.api.score.ResultExporter")
                    .containsPattern("name=\"crediteval.format\"[^>]*value=\"csv\"");
        }
    }
}
