package org.crediteval.io.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crediteval.api.survey.SurveyFileSummary;
import org.crediteval.api.survey.SurveyFileSummary.Layout;
import org.crediteval.api.survey.SurveyFormatException;
import org.crediteval.api.survey.SurveyImporter;
import org.crediteval.api.survey.SurveyResponse;
import org.crediteval.model.io.SchemeResources;
import org.crediteval.model.scheme.Question;
import org.crediteval.model.scheme.Questionnaire;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyImportersTest {
    static Questionnaire questionnaire;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        questionnaire = SchemeResources.load(Path.of("../../rulepacks/gd-2017/model/gd-2017.xmi")).getQuestionnaire();
    }

    static final List<String> ANSWERS = answers();

    private static List<String> answers() {
        List<String> a = new ArrayList<>(Collections.nCopies(39, "是"));
        a.set(17, "新闻媒体|网络平台");
        a.set(35, "商务诚信|司法公信");
        a.set(36, "有所改善");
        a.set(38, "一般");
        return a;
    }

    static String header() {
        return "respondent_id,city,categories,submitted_at," + IntStream.rangeClosed(1, 39).mapToObj(i -> "q" + i)
                .collect(Collectors.joining(","));
    }

    static String row(String id) {
        return id + ",茂名市,企业人员|学生,2017-08-01T10:00:00+08:00," + String.join(",", ANSWERS);
    }

    private Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private static List<SurveyResponse> read(SurveyImporter importer, Path file) throws Exception {
        List<SurveyResponse> out = new ArrayList<>();
        importer.read(file, questionnaire, out::add);
        return out;
    }

    private static String message(SurveyImporter importer, Path file) {
        try {
            importer.read(file, questionnaire, r -> { });
        } catch (SurveyFormatException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no SurveyFormatException");
    }

    @Nested
    class Csv {
        final CsvSurveyImporter csv = new CsvSurveyImporter();

        @Test
        void theSpecColumns() throws Exception {
            Path f = write("s.csv", header() + "\r\n" + row("R1") + "\r\n" + row("R2") + "\r\n");
            List<SurveyResponse> rs = read(csv, f);
            assertThat(rs).hasSize(2);
            SurveyResponse r = rs.get(0);
            assertThat(r.respondentId()).isEqualTo("R1");
            assertThat(r.city()).isEqualTo("茂名市");
            assertThat(r.categories()).isEqualTo("企业人员|学生");
            assertThat(r.submittedAt()).isEqualTo("2017-08-01T10:00:00+08:00");
            assertThat(r.answers()).isEqualTo(ANSWERS);
            assertThat(r.location().line()).isEqualTo(2);
            assertThat(r.location().file()).isEqualTo(f.toString());
            assertThat(r.problems()).isEmpty();
            assertThat(rs.get(1).location().line()).isEqualTo(3);
        }

        @Test
        void columnOrderIsFreeAndABomIsSkipped() throws Exception {
            List<String> names = new ArrayList<>(List.of(header().split(",")));
            List<String> values = new ArrayList<>(List.of(row("R1").split(",")));
            Collections.reverse(names);
            Collections.reverse(values);
            Path f = write("s.csv", "\uFEFF" + String.join(",", names) + "\n" + String.join(",", values) + "\n");
            SurveyResponse r = read(csv, f).get(0);
            assertThat(r.respondentId()).isEqualTo("R1");
            assertThat(r.answers()).isEqualTo(ANSWERS);
        }

        @Test
        void quotedFieldsAndPhysicalLineNumbers() throws Exception {
            String quoted = "\"R,1\",茂名市,\"企业人员\n|学生\",2017-08-01T10:00:00+08:00," + String.join(",", ANSWERS);
            Path f = write("s.csv", header() + "\n" + quoted + "\n\n" + row("R2") + "\n");
            List<SurveyResponse> rs = read(csv, f);
            assertThat(rs.get(0).respondentId()).isEqualTo("R,1");
            assertThat(rs.get(0).categories()).isEqualTo("企业人员\n|学生");
            assertThat(rs.get(1).location().line()).isEqualTo(5); // record of 2 lines, then a blank line
        }

        @Test
        void cellsAreTrimmed() throws Exception {
            Path f = write("s.csv", header() + "\n" + row(" R1 ").replace("茂名市", " 茂名市 ") + "\n");
            SurveyResponse r = read(csv, f).get(0);
            assertThat(r.respondentId()).isEqualTo("R1");
            assertThat(r.city()).isEqualTo("茂名市");
        }

        @Test
        void missingColumnsAreNamed() throws Exception {
            String h = header().replace(",q7,", ",").replace(",q39", "").replace("city,", "");
            assertThat(message(csv, write("s.csv", h + "\n"))).contains("missing columns: city, q7, q39");
        }

        @Test
        void unknownColumnsAreRejected() throws Exception {
            assertThat(message(csv, write("s.csv", header() + ",remark,q40\n")))
                    .contains("unknown columns: remark, q40");
        }

        @Test
        void repeatedColumnsAreRejected() throws Exception {
            assertThat(message(csv, write("s.csv", header() + ",q5\n"))).contains("repeated columns: q5");
        }

        @Test
        void anEmptyFileIsNoSurvey() throws Exception {
            assertThat(message(csv, write("s.csv", ""))).contains("the file is empty");
            assertThat(message(csv, write("s.csv", "\n\n"))).contains("the file is empty");
        }

        @Test
        void aHeaderAloneIsAnEmptySurvey() throws Exception {
            SurveyFileSummary s = csv.read(write("s.csv", header() + "\n"), questionnaire, r -> { });
            assertThat(s.responses()).isZero();
            assertThat(s.layout()).isEqualTo(Layout.COLUMNS);
        }

        @Test
        void notUtf8NamesTheLine() throws Exception {
            Path f = dir.resolve("s.csv");
            byte[] gbk = row("R2").getBytes(java.nio.charset.Charset.forName("GBK"));
            try (OutputStream out = Files.newOutputStream(f)) {
                out.write((header() + "\n" + row("R1") + "\n").getBytes(StandardCharsets.UTF_8));
                out.write(gbk);
            }
            assertThat(message(csv, f)).contains("line 3").contains("not valid UTF-8");
        }

        @Test
        void anXlsxNamedCsvIsRejected() throws Exception {
            Path f = dir.resolve("s.csv");
            Files.write(f, new byte[] {'P', 'K', 3, 4, 0, 0});
            assertThat(message(csv, f)).contains("ZIP file");
        }

        @Test
        void brokenQuotingIsAFormatError() throws Exception {
            Path f = write("s.csv", header() + "\n" + row("R1") + "\n\"R2\"x,\n");
            assertThat(message(csv, f)).contains("line 3").contains("malformed CSV");
        }

        @Test
        void manyRowsArriveInFileOrderAcrossReadAheadBatches() throws Exception {
            StringBuilder b = new StringBuilder(header()).append('\n');
            for (int i = 0; i < 3 * ReadAhead.BATCH + 7; i++) b.append(row("R" + i)).append('\n');
            List<SurveyResponse> rs = read(csv, write("s.csv", b.toString()));
            assertThat(rs).hasSize(3 * ReadAhead.BATCH + 7);
            for (int i = 0; i < rs.size(); i++) {
                assertThat(rs.get(i).respondentId()).isEqualTo("R" + i);
                assertThat(rs.get(i).location().line()).isEqualTo(i + 2);
            }
        }

        @Test
        void aFormatErrorAfterManyRowsStillFails() throws Exception {
            StringBuilder b = new StringBuilder(header()).append('\n');
            for (int i = 0; i < 5 * ReadAhead.BATCH; i++) b.append(row("R" + i)).append('\n');
            b.append("\"broken\"x,\n");
            assertThat(message(csv, write("s.csv", b.toString()))).contains("line " + (5 * ReadAhead.BATCH + 2));
        }

        @Test
        void aFailingSinkStopsTheReader() throws Exception {
            StringBuilder b = new StringBuilder(header()).append('\n');
            for (int i = 0; i < 20 * ReadAhead.BATCH; i++) b.append(row("R" + i)).append('\n');
            Path f = write("s.csv", b.toString());
            int[] seen = {0};
            assertThatThrownBy(() -> csv.read(f, questionnaire, r -> {
                if (++seen[0] == 1000) throw new IllegalStateException("sink failed");
            })).isInstanceOf(IllegalStateException.class).hasMessage("sink failed");
            assertThat(seen[0]).isEqualTo(1000);
            // the reader thread ends and closes the file
            for (int i = 0; i < 100 && readerAlive(); i++) Thread.sleep(20);
            assertThat(readerAlive()).isFalse();
        }

        private boolean readerAlive() {
            return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("survey-read-ahead"));
        }

        @Test
        void aRowWithTheWrongNumberOfFieldsIsARowProblem() throws Exception {
            Path f = write("s.csv", header() + "\n" + row("R1") + ",extra\n" + "R2,茂名市\n");
            List<SurveyResponse> rs = read(csv, f);
            assertThat(rs.get(0).problems()).containsExactly("该行有 44 个字段，表头有 43 个");
            assertThat(rs.get(1).problems()).containsExactly("该行有 2 个字段，表头有 43 个");
            assertThat(rs.get(1).answers()).allMatch(String::isEmpty);
        }
    }

    /** A platform export: question texts as headers, the platform's own metadata columns. */
    @Nested
    class Platform {
        final CsvSurveyImporter csv = new CsvSurveyImporter();

        String platformHeader(int skip, boolean optionColumns) {
            List<String> h = new ArrayList<>(List.of("编号", "提交答卷时间", "所用时间", "来源IP", "调查对象", "所在城市"));
            for (Question q : questionnaire.getQuestions()) {
                if (q.getNumber() == skip) continue;
                String text = q.getText();
                String shortened = text.length() > 15 ? text.substring(0, 15) + "…" : text;
                if (optionColumns && q.getNumber() == 18) {
                    for (var o : q.getOptions()) h.add(q.getNumber() + ". " + shortened + ":" + o.getLabel());
                } else {
                    h.add(q.getNumber() + ". " + shortened);
                }
            }
            return h.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(","));
        }

        String platformRow(String id, String q18) {
            List<String> v = new ArrayList<>(List.of(id, "2017/8/1 9:05:00", "120秒", "1.2.3.4", "企业人员┋学生", "茂名市"));
            for (int i = 0; i < 39; i++) v.add(i == 17 ? q18 : ANSWERS.get(i).replace('|', '┋'));
            return String.join(",", v);
        }

        @Test
        void questionTextHeaders() throws Exception {
            Path f = write("p.csv", platformHeader(0, false) + "\n" + platformRow("1001", "新闻媒体┋网络平台") + "\n");
            List<SurveyResponse> rs = new ArrayList<>();
            SurveyFileSummary s = csv.read(f, questionnaire, rs::add);
            assertThat(s.layout()).isEqualTo(Layout.PLATFORM);
            assertThat(s.ignoredColumns()).containsExactly("所用时间", "来源IP");
            SurveyResponse r = rs.get(0);
            assertThat(r.respondentId()).isEqualTo("1001");
            assertThat(r.submittedAt()).isEqualTo("2017-08-01T09:05:00");
            assertThat(r.categories()).isEqualTo("企业人员|学生");
            assertThat(r.answers()).isEqualTo(ANSWERS);
        }

        @Test
        void oneColumnPerOption() throws Exception {
            List<String> values = new ArrayList<>(List.of(platformRow("1001", "X").split(",")));
            int at = 6 + 17;
            values.remove(at);
            values.addAll(at, List.of("1", "0", "", "选中", "0", "0", "0")); // 新闻媒体, 公益巡讲活动
            Path f = write("p.csv", platformHeader(0, true) + "\n" + String.join(",", values) + "\n");
            SurveyResponse r = read(csv, f).get(0);
            assertThat(r.answers().get(17)).isEqualTo("新闻媒体|公益巡讲活动");
            assertThat(r.answers().get(18)).isEqualTo("是");
            assertThat(r.problems()).isEmpty();
        }

        @Test
        void anUnreadableOptionCellIsARowProblem() throws Exception {
            List<String> values = new ArrayList<>(List.of(platformRow("1001", "X").split(",")));
            values.remove(23);
            values.addAll(23, List.of("1", "maybe", "", "", "", "", ""));
            Path f = write("p.csv", platformHeader(0, true) + "\n" + String.join(",", values) + "\n");
            assertThat(read(csv, f).get(0).problems()).containsExactly("第 18 题选项列“网络平台”的值无法识别：“maybe”");
        }

        @Test
        void aMissingQuestionIsNamed() throws Exception {
            assertThat(message(csv, write("p.csv", platformHeader(7, false) + "\n"))).contains("missing columns: 7. …");
        }

        @Test
        void aMissingResponseFieldIsNamedWithThePlatformNames() throws Exception {
            String h = platformHeader(0, false).replace("\"所在城市\",", "");
            assertThat(message(csv, write("p.csv", h + "\n"))).contains("missing columns: city (").contains("所在城市");
        }

        @Test
        void aHeaderThatIsAnotherQuestionsTextIsRefused() throws Exception {
            // numbering shifted by one: "2." carries question 1's text
            String h = platformHeader(0, false).replace("\"2. 您是否听说过广东省或您所在地市…", "\"2. 您对您所在城市的信用信息公开力度…");
            assertThat(message(csv, write("p.csv", h + "\n"))).contains("does not match question 2");
        }

        @Test
        void aQuestionTheQuestionnaireDoesNotHave() throws Exception {
            assertThat(message(csv, write("p.csv", platformHeader(0, false) + ",\"40. 您的年龄\"\n")))
                    .contains("names question 40");
        }

        @Test
        void layoutsCannotBeMixed() throws Exception {
            assertThat(message(csv, write("p.csv", header() + ",\"1. 您是否听说过\"\n"))).contains("mixes");
        }

        @Test
        void numberFormsAccepted() {
            assertThat(Columns.sameQuestion("您是否听说过广东省…", questionnaire.getQuestions().get(0).getText())).isTrue();
            assertThat(Columns.sameQuestion("", "x")).isTrue();
            assertThat(Columns.sameQuestion("您对", questionnaire.getQuestions().get(0).getText())).isFalse();
        }
    }

    @Nested
    class Xlsx {
        final XlsxSurveyImporter xlsx = new XlsxSurveyImporter();

        @Test
        void theSpecColumnsOnTheFirstSheet() throws Exception {
            Path f = dir.resolve("s.xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
                Sheet sheet = wb.createSheet("问卷");
                wb.createSheet("说明").createRow(0).createCell(0).setCellValue("ignored");
                String[] names = header().split(",");
                Row h = sheet.createRow(0);
                for (int i = 0; i < names.length; i++) h.createCell(i).setCellValue(names[i]);
                CellStyle date = wb.createCellStyle();
                date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
                Row r = sheet.createRow(2); // a blank row 2 in between
                r.createCell(0).setCellValue(1001); // an id typed as a number
                r.createCell(1).setCellValue("茂名市");
                r.createCell(2).setCellValue("企业人员");
                r.createCell(3).setCellValue(LocalDateTime.of(2017, 8, 15, 23, 59, 59));
                r.getCell(3).setCellStyle(date);
                for (int i = 0; i < 39; i++) r.createCell(4 + i).setCellValue(ANSWERS.get(i));
                Row second = sheet.createRow(3);
                second.createCell(0).setCellValue("R2");
                second.createCell(3).setCellValue("2017-08-16T00:00:00+08:00");
                second.createCell(50).setCellValue("stray");
                wb.write(out);
            }
            List<SurveyResponse> rs = new ArrayList<>();
            SurveyFileSummary s = xlsx.read(f, questionnaire, rs::add);
            assertThat(s.responses()).isEqualTo(2);
            SurveyResponse r = rs.get(0);
            assertThat(r.respondentId()).isEqualTo("1001");
            assertThat(r.submittedAt()).isEqualTo("2017-08-15T23:59:59");
            assertThat(r.answers()).isEqualTo(ANSWERS);
            assertThat(r.location().line()).isEqualTo(3);
            assertThat(r.location().cell()).isEqualTo("'问卷'!A3");
            SurveyResponse second = rs.get(1);
            assertThat(second.city()).isEmpty();
            assertThat(second.answers()).allMatch(String::isEmpty);
            assertThat(second.problems()).containsExactly("第 AY 列有值但没有表头");
        }

        @Test
        void missingColumnsInXlsx() throws Exception {
            Path f = dir.resolve("s.xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
                Row h = wb.createSheet().createRow(0);
                h.createCell(0).setCellValue("respondent_id");
                wb.write(out);
            }
            assertThat(message(xlsx, f)).contains("missing columns: city, categories, submitted_at, q1,");
        }

        @Test
        void aCsvNamedXlsxIsNotAWorkbook() throws Exception {
            assertThat(message(xlsx, write("s.xlsx", header() + "\n"))).contains("not an XLSX workbook");
        }

        @Test
        void anEmptyWorkbook() throws Exception {
            Path f = dir.resolve("s.xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
                wb.createSheet("空");
                wb.write(out);
            }
            assertThat(message(xlsx, f)).contains("is empty");
        }
    }
}
