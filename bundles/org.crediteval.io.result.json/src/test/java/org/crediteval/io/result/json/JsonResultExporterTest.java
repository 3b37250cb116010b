package org.crediteval.io.result.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.junit.jupiter.api.Test;

class JsonResultExporterTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static ScoreResult sample() {
        ItemResult institution = new ItemResult("1.1.institution", "机构到位", d("0.5"), d("0.5"), "机构到位 = 是 → 0.5",
                List.of("1.1.institution"));
        ItemResult departments = new ItemResult("1.2.departments", "部门数", d("0.04").multiply(d("37")), d("2"),
                "37 × 0.04 = 1.48", List.of("1.2.departments"));
        ItemResult ratio = new ItemResult("3.2.ratio", null, d("46.6667"), null, "=完成/计划 × 60", List.of());
        DimensionResult work = new DimensionResult("1", "工作保障与推进措施", d("1.98"), d("5"), false, List.of(
                new IndicatorResult("1.1", "工作保障条件", d("0.50"), d("2"), List.of(institution)),
                new IndicatorResult("1.2", "部门\"联动\"", d("1.48"), d("2"), List.of(departments))));
        DimensionResult usage = new DimensionResult("3", "信用信息应用", d("46.6667"), d("1E+2"), false, List.of(
                new IndicatorResult("3.2", "贯标", d("46.6667"), d("60"), List.of(ratio))));
        DimensionResult extra = new DimensionResult("9", "附加分", d("0"), d("10"), true, List.of());
        SubjectResult maoming = new SubjectResult("茂名市", d("48.6467"), d("100"), d("0.000"), d("10"), d("48.6467"),
                List.of(work, usage, extra), List.of("4.1.person_coverage", "4.2.portal"), List.of());
        SubjectResult zhanjiang = new SubjectResult("湛江市", d("0"), d("100"), d("5"), d("10"), d("5"), List.of(),
                List.of(), List.of("3.2.planned 为 0：不计分"));
        return new ScoreResult(new ScoreResult.PackRef("gd-2017", "1.0.0"), List.of(maoming, zhanjiang));
    }

    private static String export(ScoreResult r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonResultExporter().write(r, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A tiny tree reader: objects as maps, arrays as lists, every number as BigDecimal. */
    private static Object parse(String json) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            Object value = value(p);
            assertThat(p.nextToken()).as("one value only").isNull();
            return value;
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    assertThat(m.put(name, value(p))).as("duplicate field " + name).isNull();
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) l.add(value(p));
                return l;
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getDecimalValue();
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            default -> throw new AssertionError("unexpected token " + t);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> arr(Object o) {
        assertThat(o).isInstanceOf(List.class);
        return (List<Object>) o;
    }

    /** The required fields and types of score-result.schema.json, level by level. */
    private static void checkShape(Object root) {
        Map<String, Object> r = obj(root);
        assertThat(r).containsKeys("pack", "subjects");
        assertThat(obj(r.get("pack")).get("id")).isInstanceOf(String.class);
        assertThat(obj(r.get("pack")).get("version")).isInstanceOf(String.class);
        for (Object so : arr(r.get("subjects"))) {
            Map<String, Object> s = obj(so);
            assertThat(s).containsKeys("subject", "base", "baseMax", "bonus", "bonusMax", "total", "dimensions",
                    "missing", "warnings");
            assertThat(s.get("subject")).isInstanceOf(String.class);
            for (String n : List.of("base", "baseMax", "bonus", "bonusMax", "total")) {
                assertThat(s.get(n)).as(n).isInstanceOf(BigDecimal.class);
            }
            assertThat(arr(s.get("missing"))).allMatch(String.class::isInstance);
            assertThat(arr(s.get("warnings"))).allMatch(String.class::isInstance);
            for (Object dobj : arr(s.get("dimensions"))) {
                Map<String, Object> dim = obj(dobj);
                assertThat(dim).containsKeys("id", "name", "score", "max", "bonus", "indicators");
                assertThat(dim.get("id")).isInstanceOf(String.class);
                assertThat(dim.get("name")).isInstanceOf(String.class);
                assertThat(dim.get("score")).isInstanceOf(BigDecimal.class);
                assertThat(dim.get("max")).isInstanceOf(BigDecimal.class);
                assertThat(dim.get("bonus")).isInstanceOf(Boolean.class);
                for (Object iobj : arr(dim.get("indicators"))) {
                    Map<String, Object> ind = obj(iobj);
                    assertThat(ind).containsKeys("id", "name", "score", "max", "items");
                    assertThat(ind.get("id")).isInstanceOf(String.class);
                    assertThat(ind.get("score")).isInstanceOf(BigDecimal.class);
                    assertThat(ind.get("max")).isInstanceOf(BigDecimal.class);
                    for (Object itobj : arr(ind.get("items"))) {
                        Map<String, Object> item = obj(itobj);
                        assertThat(item).containsKeys("id", "score", "explanation");
                        assertThat(item.get("id")).isInstanceOf(String.class);
                        assertThat(item.get("score")).isInstanceOf(BigDecimal.class);
                        assertThat(item.get("explanation")).isInstanceOf(String.class);
                        if (item.containsKey("max")) assertThat(item.get("max")).isInstanceOf(BigDecimal.class);
                    }
                }
            }
        }
    }

    @Test
    void outputHasTheSchemaShapeAtEveryLevel() throws IOException {
        checkShape(parse(export(sample())));
    }

    @Test
    void valuesSurviveTheRoundTrip() throws IOException {
        Map<String, Object> root = obj(parse(export(sample())));
        assertThat(obj(root.get("pack"))).containsExactly(Map.entry("id", "gd-2017"), Map.entry("version", "1.0.0"));
        List<Object> subjects = arr(root.get("subjects"));
        assertThat(subjects).extracting(s -> obj(s).get("subject")).containsExactly("茂名市", "湛江市");

        Map<String, Object> maoming = obj(subjects.get(0));
        assertThat((BigDecimal) maoming.get("total")).isEqualByComparingTo("48.6467");
        assertThat((BigDecimal) maoming.get("bonus")).isEqualTo(BigDecimal.ZERO);
        assertThat(arr(maoming.get("missing"))).containsExactly("4.1.person_coverage", "4.2.portal");
        assertThat(arr(maoming.get("warnings"))).isEmpty();

        List<Object> dims = arr(maoming.get("dimensions"));
        assertThat(dims).extracting(x -> obj(x).get("id")).containsExactly("1", "3", "9");
        assertThat(dims).extracting(x -> obj(x).get("bonus")).containsExactly(false, false, true);
        assertThat(obj(dims.get(1)).get("max")).isEqualTo(new BigDecimal("100"));

        Map<String, Object> ind12 = obj(arr(obj(dims.get(0)).get("indicators")).get(1));
        assertThat(ind12.get("name")).isEqualTo("部门\"联动\"");
        Map<String, Object> item = obj(arr(ind12.get("items")).get(0));
        assertThat(item).containsEntry("id", "1.2.departments").containsEntry("label", "部门数")
                .containsEntry("score", new BigDecimal("1.48")).containsEntry("max", new BigDecimal("2"))
                .containsEntry("explanation", "37 × 0.04 = 1.48");
        assertThat(arr(item.get("facts"))).containsExactly("1.2.departments");

        Map<String, Object> ratio = obj(arr(obj(arr(obj(dims.get(1)).get("indicators")).get(0)).get("items")).get(0));
        assertThat(ratio).containsEntry("score", new BigDecimal("46.6667")).doesNotContainKeys("label", "max");

        assertThat(arr(obj(subjects.get(1)).get("warnings"))).containsExactly("3.2.planned 为 0：不计分");
    }

    @Test
    void numbersArePlainExactDecimals() throws IOException {
        String json = export(sample());
        assertThat(json).contains("\"score\": 1.48,").contains("\"max\": 100,").contains("\"score\": 46.6667,")
                .contains("\"score\": 0.5,").contains("\"bonus\": 0,");
        assertThat(json).doesNotContain("E+", "E-", "e+", "1.4800000000000002", "0.50", "0.000");
    }

    @Test
    void chineseIsWrittenAsUtf8NotEscaped() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonResultExporter().write(sample(), out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0]).as("no BOM").isEqualTo((byte) '{');
        String json = new String(bytes, StandardCharsets.UTF_8);
        assertThat(json).contains("\"subject\": \"茂名市\"").doesNotContain("\\u");
    }

    @Test
    void prettyPrintedWithTwoSpacesAndATrailingNewline() throws IOException {
        ScoreResult empty = new ScoreResult(new ScoreResult.PackRef("js-2012", "1.0.0"), List.of(
                new SubjectResult("南京市", d("1.48"), d("1000"), d("0"), d("100"), d("1.48"), List.of(),
                        List.of("1.1.a"), List.of())));
        assertThat(export(empty)).isEqualTo("""
                {
                  "pack": {
                    "id": "js-2012",
                    "version": "1.0.0"
                  },
                  "subjects": [
                    {
                      "subject": "南京市",
                      "base": 1.48,
                      "baseMax": 1000,
                      "bonus": 0,
                      "bonusMax": 100,
                      "total": 1.48,
                      "dimensions": [],
                      "missing": [
                        "1.1.a"
                      ],
                      "warnings": []
                    }
                  ]
                }
                """);
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
        new JsonResultExporter().write(sample(), out);
        assertThat(closed[0]).isFalse();
        assertThat(out.size()).isPositive();
    }

    @Test
    void plainFormKeepsTheExactValue() {
        for (String s : List.of("1.48", "1.4800", "1E+2", "100", "0.000", "46.6667", "0.0001", "12345678901234567890.5")) {
            assertThat(new BigDecimal(JsonResultExporter.plain(new BigDecimal(s)))).isEqualByComparingTo(s);
            assertThat(JsonResultExporter.plain(new BigDecimal(s))).doesNotContain("E");
        }
        assertThat(JsonResultExporter.plain(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(JsonResultExporter.plain(new BigDecimal("0.000"))).isEqualTo("0");
    }

    @Test
    void registersAsTheJsonExporter() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/OSGI-INF/" + JsonResultExporter.class.getName() + ".xml")) {
            assertThat(in).as("DS descriptor generated by bnd").isNotNull();
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xml).contains("org.crediteval.api.score.ResultExporter")
                    .containsPattern("name=\"crediteval.format\"[^>]*value=\"json\"");
        }
    }
}
