package org.crediteval.io.evidence.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.LevelDefinition;
import org.crediteval.model.scheme.Scheme;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.crediteval.testing.SourcePacks;

/**
 * The template round trip: the example CSV of each pack, put into a generated template (by the generator's
 * prefill, and cell by cell as a person types it), read back by the importer, gives the same evidence and the
 * same scores as the CSV.
 */
class RoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"gd-2017", "js-2012"})
    void prefilledTemplateGivesTheCsvEvidenceAndScores(String pack) throws Exception {
        Scheme scheme = SourcePacks.scheme(pack);
        Evidence csv = SourcePacks.examples(pack);
        Path file = dir.resolve(pack + ".xlsx");
        Files.write(file, Workbooks.template(scheme, List.of(), csv));

        Evidence xlsx = new XlsxEvidenceImporter().read(file);
        assertThat(xlsx.subjects()).isEqualTo(csv.subjects());
        assertThat(canonical(scheme, xlsx)).isEqualTo(canonical(scheme, csv));
        assertSameScores(SourcePacks.score(pack, xlsx), SourcePacks.score(pack, csv));
        // every fact points at its cell
        for (RawFact f : xlsx.facts()) assertThat(f.location().cell()).matches("'[^']+'![A-Z]+\\d+");
    }

    /** Filled cell by cell the way Excel stores what a person types: 是/否 and level labels, numbers as numbers. */
    @ParameterizedTest
    @ValueSource(strings = {"gd-2017", "js-2012"})
    void templateTypedByAPersonGivesTheCsvScores(String pack) throws Exception {
        Scheme scheme = SourcePacks.scheme(pack);
        Evidence csv = SourcePacks.examples(pack);
        Map<String, FactDefinition> defs = new LinkedHashMap<>();
        for (FactDefinition d : scheme.getFacts()) defs.put(d.getId(), d);
        XSSFWorkbook workbook = Workbooks.open(Workbooks.template(scheme, csv.subjects(), null));
        XSSFCellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        boolean typedPercent = false;
        for (RawFact f : csv.facts()) {
            XSSFCell cell = Workbooks.valueCell(workbook, f.factId(), f.subject());
            FactDefinition def = defs.get(f.factId());
            String v = f.value().strip();
            switch (def.getType()) {
                case BOOL -> cell.setCellValue(Boolean.TRUE.equals(bool(v)) ? "是" : "否");
                case LEVEL -> cell.setCellValue(levelLabel(def, v));
                case RATE -> {
                    BigDecimal rate = new BigDecimal(v.replace("%", "").replace("％", "").strip());
                    if (!typedPercent) {
                        // typed as "80.8%": Excel keeps 0.808 with a percent format
                        cell.setCellValue(rate.movePointLeft(2).doubleValue());
                        cell.setCellStyle(percent);
                        typedPercent = true;
                    } else {
                        cell.setCellValue(rate.doubleValue());
                    }
                }
                case COUNT, POINTS, MONEY -> cell.setCellValue(new BigDecimal(v.replace("万元", "").strip()).doubleValue());
            }
            // source and note sit right of the value
            var row = cell.getRow();
            int col = cell.getColumnIndex();
            (row.getCell(col + 1) == null ? row.createCell(col + 1) : row.getCell(col + 1)).setCellValue(f.source());
            (row.getCell(col + 2) == null ? row.createCell(col + 2) : row.getCell(col + 2)).setCellValue(f.note());
        }
        Path file = Workbooks.save(workbook, dir.resolve(pack + "-typed.xlsx"));
        Evidence xlsx = new XlsxEvidenceImporter().read(file);
        assertThat(xlsx.subjects()).isEqualTo(csv.subjects());
        assertThat(xlsx.facts()).hasSameSizeAs(csv.facts());
        assertThat(canonical(scheme, xlsx)).isEqualTo(canonical(scheme, csv));
        assertSameScores(SourcePacks.score(pack, xlsx), SourcePacks.score(pack, csv));
    }

    /** subject | fact → value read as the pack types it, source, note. */
    static Map<String, List<String>> canonical(Scheme scheme, Evidence evidence) {
        Map<String, FactDefinition> defs = new LinkedHashMap<>();
        for (FactDefinition d : scheme.getFacts()) defs.put(d.getId(), d);
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (RawFact f : evidence.facts()) {
            FactDefinition def = defs.get(f.factId());
            String v = f.value().strip();
            String value = switch (def.getType()) {
                case BOOL -> String.valueOf(bool(v));
                case LEVEL -> levelCode(def, v);
                default -> new BigDecimal(v.replace("%", "").replace("％", "").replace("万元", "").strip())
                        .stripTrailingZeros().toPlainString();
            };
            map.put(f.subject() + "|" + f.factId(), List.of(value, f.source(), f.note()));
        }
        return map;
    }

    static void assertSameScores(ScoreResult actual, ScoreResult expected) {
        assertThat(actual.pack()).isEqualTo(expected.pack());
        assertThat(actual.subjects()).extracting(SubjectResult::subject)
                .containsExactlyElementsOf(expected.subjects().stream().map(SubjectResult::subject).toList());
        for (int s = 0; s < expected.subjects().size(); s++) {
            SubjectResult a = actual.subjects().get(s);
            SubjectResult e = expected.subjects().get(s);
            assertThat(a.total()).as(e.subject() + " total").isEqualByComparingTo(e.total());
            assertThat(a.base()).isEqualByComparingTo(e.base());
            assertThat(a.bonus()).isEqualByComparingTo(e.bonus());
            assertThat(a.missing()).isEqualTo(e.missing());
            assertThat(a.warnings()).isEqualTo(e.warnings());
            List<String> as = new ArrayList<>();
            List<String> es = new ArrayList<>();
            flatten(a, as);
            flatten(e, es);
            assertThat(as).isEqualTo(es);
        }
    }

    private static void flatten(SubjectResult s, List<String> out) {
        for (DimensionResult d : s.dimensions()) {
            out.add(d.id() + "=" + d.score().stripTrailingZeros().toPlainString());
            for (IndicatorResult i : d.indicators()) {
                out.add(i.id() + "=" + i.score().stripTrailingZeros().toPlainString());
                for (ItemResult item : i.items()) out.add(item.id() + "=" + item.score().stripTrailingZeros().toPlainString());
            }
        }
    }

    static Boolean bool(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "是" -> true;
            case "false", "no", "0", "否" -> false;
            default -> null;
        };
    }

    private static String levelCode(FactDefinition def, String v) {
        for (LevelDefinition l : def.getLevels()) {
            if (l.getCode().equalsIgnoreCase(v) || v.equals(l.getLabel())) return l.getCode();
        }
        return v;
    }

    private static String levelLabel(FactDefinition def, String v) {
        for (LevelDefinition l : def.getLevels()) {
            if (l.getCode().equalsIgnoreCase(v) || v.equals(l.getLabel())) return l.getLabel() == null ? l.getCode() : l.getLabel();
        }
        return v;
    }
}
