package org.crediteval.io.evidence.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.evidence.EvidenceProblem;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.evidence.RawFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvEvidenceImporterTest {
    @TempDir
    Path dir;

    private final CsvEvidenceImporter importer = new CsvEvidenceImporter();

    private Path file(String content) throws IOException {
        return bytes(content.getBytes(StandardCharsets.UTF_8));
    }

    private Path bytes(byte[] content) throws IOException {
        Path f = dir.resolve("evidence.csv");
        Files.write(f, content);
        return f;
    }

    private List<EvidenceProblem> problems(Path f) {
        EvidenceException e = catchThrowableOfType(EvidenceException.class, () -> importer.read(f));
        assertThat(e).as("expected the file to be refused").isNotNull();
        return e.problems();
    }

    private static long lineOf(EvidenceProblem p) {
        return p.location().line();
    }

    @Test
    void readsFactsWithLocationsAndSubjectsInFirstAppearanceOrder() throws Exception {
        Path f = file("""
                subject,fact,value,source,note
                茂名市,1.1.institution,是,市编办 2017-05 文件,
                湛江市,1.1.institution,否,,
                茂名市,4.1.person_coverage, 93.5 ,,平台统计 2017-06-01
                """);
        Evidence e = importer.read(f);
        assertThat(e.subjects()).containsExactly("茂名市", "湛江市");
        assertThat(e.facts()).containsExactly(
                new RawFact("茂名市", "1.1.institution", "是", "市编办 2017-05 文件", "", Location.line(f.toString(), 2)),
                new RawFact("湛江市", "1.1.institution", "否", "", "", Location.line(f.toString(), 3)),
                new RawFact("茂名市", "4.1.person_coverage", "93.5", "", "平台统计 2017-06-01",
                        Location.line(f.toString(), 4)));
    }

    @Test
    void columnOrderIsFreeAndOptionalColumnsMayBeAbsent() throws Exception {
        Path f = file("value,subject,fact\n0.8,茂名市,4.2.portal\n");
        RawFact fact = importer.read(f).facts().get(0);
        assertThat(fact.subject()).isEqualTo("茂名市");
        assertThat(fact.factId()).isEqualTo("4.2.portal");
        assertThat(fact.value()).isEqualTo("0.8");
        assertThat(fact.source()).isEmpty();
        assertThat(fact.note()).isEmpty();
    }

    @Test
    void leadingBomIsIgnored() throws Exception {
        Path f = file("\uFEFFsubject,fact,value\n茂名市,1.1.institution,是\n");
        Evidence e = importer.read(f);
        assertThat(e.facts()).extracting(RawFact::subject, RawFact::factId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("茂名市", "1.1.institution"));
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndNewlinesAndLinesStayPhysical() throws Exception {
        Path f = file("subject,fact,value,note\r\n"
                + "茂名市,a,1,\"first line\r\nsecond, with comma\r\nthird \"\"quoted\"\"\"\r\n"
                + "茂名市,b,2,\r\n"
                + "\r\n"
                + "茂名市,c,\"3\",\"x\ny\"\n"
                + "茂名市,d,4,");
        List<RawFact> facts = importer.read(f).facts();
        assertThat(facts).extracting(RawFact::factId).containsExactly("a", "b", "c", "d");
        assertThat(facts.get(0).note()).isEqualTo("first line\r\nsecond, with comma\r\nthird \"quoted\"");
        assertThat(facts).extracting(fact -> fact.location().line()).containsExactly(2L, 5L, 7L, 9L);
    }

    @Test
    void errorAfterMultiLineFieldNamesThePhysicalLine() {
        Path f = assertFile("subject,fact,value,note\n"
                + "茂名市,a,1,\"one\ntwo\nthree\"\n"
                + "茂名市,b,,\n");
        List<EvidenceProblem> p = problems(f);
        assertThat(p).hasSize(1);
        assertThat(lineOf(p.get(0))).isEqualTo(5);
        assertThat(p.get(0).toString()).isEqualTo(f + ":5: subject '茂名市', fact 'b', "
                + "empty value (leave the row out when the fact is not known)");
    }

    @Test
    void malformedUtf8IsAnErrorOnItsLine() throws Exception {
        byte[] head = "subject,fact,value\n茂名市,a,1\n茂名市,b,".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
        all[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, all, head.length + 2, tail.length);
        Path f = bytes(all);
        List<EvidenceProblem> p = problems(f);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).location()).isEqualTo(Location.line(f.toString(), 3));
        assertThat(p.get(0).message()).contains("not valid UTF-8");
    }

    @Test
    void gbkEncodedFileIsRefusedAsNotUtf8() throws Exception {
        Path f = bytes("subject,fact,value\n茂名市,a,1\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        List<EvidenceProblem> p = problems(f);
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.location()).isEqualTo(Location.line(f.toString(), 2));
            assertThat(x.message()).contains("UTF-8");
        });
    }

    @Test
    void malformedUtf8FarIntoALargeFileIsFoundOnItsLine() throws Exception {
        StringBuilder b = new StringBuilder("subject,fact,value\n");
        for (int i = 0; i < 5000; i++) b.append("茂名市,f").append(i).append(",1\n");
        byte[] good = b.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(good, good.length + 4);
        all[good.length] = 'x';
        all[good.length + 1] = ',';
        all[good.length + 2] = (byte) 0xFF;
        all[good.length + 3] = '\n';
        List<EvidenceProblem> p = problems(bytes(all));
        assertThat(p).last().extracting(CsvEvidenceImporterTest::lineOf).isEqualTo(5002L);
    }

    @Test
    void unknownColumnIsNamed() {
        List<EvidenceProblem> p = problems(assertFile("subject,fact,value,remark\n茂名市,a,1,x\n"));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(lineOf(x)).isEqualTo(1);
            assertThat(x.message()).startsWith("unknown column 'remark'");
        });
    }

    @Test
    void duplicateColumnIsAnError() {
        List<EvidenceProblem> p = problems(assertFile("subject,fact,value,fact\n茂名市,a,1,b\n"));
        assertThat(p).singleElement().extracting(EvidenceProblem::message)
                .isEqualTo("column 'fact' appears twice in the header (columns 2 and 4)");
    }

    @Test
    void missingRequiredColumnIsNamed() {
        List<EvidenceProblem> p = problems(assertFile("subject,value\n茂名市,1\n"));
        assertThat(p).singleElement().extracting(EvidenceProblem::message)
                .isEqualTo("required column 'fact' is missing from the header");
    }

    @Test
    void emptyColumnNameIsAnError() {
        List<EvidenceProblem> p = problems(assertFile("subject,fact,value,\n茂名市,a,1,\n"));
        assertThat(p).singleElement().extracting(EvidenceProblem::message)
                .isEqualTo("column 4 of the header has no name");
    }

    @Test
    void emptyFileHasNoEvidenceRows() {
        assertThat(problems(assertFile(""))).singleElement().satisfies(x -> {
            assertThat(x.message()).startsWith("no evidence rows");
            assertThat(x.location()).isEqualTo(Location.line(x.location().file(), 0));
        });
    }

    @Test
    void bomOnlyFileHasNoEvidenceRows() {
        assertThat(problems(assertFile("\uFEFF"))).singleElement().extracting(EvidenceProblem::message)
                .asString().startsWith("no evidence rows");
    }

    @Test
    void headerOnlyHasNoEvidenceRows() {
        assertThat(problems(assertFile("subject,fact,value\n\n\n"))).singleElement()
                .extracting(EvidenceProblem::message).isEqualTo("no evidence rows: the file has a header only");
    }

    @Test
    void wrongNumberOfFieldsNamesTheLine() {
        List<EvidenceProblem> p = problems(assertFile("subject,fact,value\n茂名市,a,1\n茂名市,b,2,extra\n茂名市,c\n"));
        assertThat(p).hasSize(2);
        assertThat(p.get(0).toString()).endsWith(":3: subject '茂名市', fact 'b', value '2', "
                + "the row has 4 fields, the header has 3");
        assertThat(p.get(1).toString()).endsWith(":4: subject '茂名市', fact 'c', "
                + "the row has 2 fields, the header has 3");
    }

    @Test
    void emptySubjectFactOrValueAreErrorsWithWhatIsKnown() {
        List<EvidenceProblem> p = problems(assertFile("subject,fact,value\n ,a,1\n茂名市,,2\n茂名市,c,  \n"));
        assertThat(p).extracting(CsvEvidenceImporterTest::lineOf).containsExactly(2L, 3L, 4L);
        assertThat(p.get(0)).isEqualTo(new EvidenceProblem(p.get(0).location(), null, "a", "1", "empty subject"));
        assertThat(p.get(1)).isEqualTo(new EvidenceProblem(p.get(1).location(), "茂名市", null, "2", "empty fact"));
        assertThat(p.get(2).subject()).isEqualTo("茂名市");
        assertThat(p.get(2).factId()).isEqualTo("c");
        assertThat(p.get(2).message()).startsWith("empty value");
    }

    @Test
    void sameSubjectAndFactTwiceNamesBothLines() {
        List<EvidenceProblem> p = problems(assertFile(
                "subject,fact,value\n茂名市,a,1\n湛江市,a,1\n茂名市,b,1\n茂名市, a ,2\n"));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(lineOf(x)).isEqualTo(5);
            assertThat(x.subject()).isEqualTo("茂名市");
            assertThat(x.factId()).isEqualTo("a");
            assertThat(x.value()).isEqualTo("2");
            assertThat(x.message()).contains("lines 2 and 5");
        });
    }

    @Test
    void allProblemsAreReportedTogether() {
        EvidenceException e = catchThrowableOfType(EvidenceException.class, () -> importer.read(
                file("subject,fact,value\n茂名市,a,\n茂名市,b,1,2\n茂名市,c,3\n茂名市,c,4\n")));
        assertThat(e.problems()).extracting(CsvEvidenceImporterTest::lineOf).containsExactly(2L, 3L, 5L);
        assertThat(e.getMessage()).contains("evidence.csv:2").endsWith("(and 2 more)");
    }

    @Test
    void problemsAreCapped() {
        StringBuilder b = new StringBuilder("subject,fact,value\n");
        for (int i = 0; i < 500; i++) b.append("茂名市,f").append(i).append(",\n");
        List<EvidenceProblem> p = problems(assertFile(b.toString()));
        assertThat(p).hasSize(CsvEvidenceImporter.MAX_PROBLEMS + 1);
        assertThat(p).last().extracting(EvidenceProblem::message).asString().contains("too many problems");
    }

    @Test
    void brokenQuotingIsReportedAtTheRecordStart() {
        List<EvidenceProblem> p = problems(assertFile("subject,fact,value\n茂名市,a,1\n茂名市,b,\"2\n"));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(lineOf(x)).isEqualTo(3);
            assertThat(x.message()).startsWith("malformed CSV");
        });
    }

    @Test
    void largeFileIsRead() throws Exception {
        StringBuilder b = new StringBuilder("subject,fact,value\n");
        for (int s = 0; s < 200; s++) {
            for (int i = 0; i < 500; i++) b.append("城市").append(s).append(",f").append(i).append(',').append(i).append('\n');
        }
        Evidence e = importer.read(file(b.toString()));
        assertThat(e.subjects()).hasSize(200).startsWith("城市0", "城市1");
        assertThat(e.facts()).hasSize(100_000);
        assertThat(e.facts().get(99_999).location().line()).isEqualTo(100_001);
    }

    @Test
    void registersAsTheCsvImporter() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/OSGI-INF/" + CsvEvidenceImporter.class.getName() + ".xml")) {
            assertThat(in).as("DS descriptor generated by bnd").isNotNull();
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xml).contains("org.crediteval.api.evidence.EvidenceImporter")
                    .containsPattern("name=\"crediteval.format\"[^>]*value=\"csv\"")
                    .containsPattern("name=\"crediteval.extensions\"[^>]*value=\"csv\"");
        }
    }

    private Path assertFile(String content) {
        try {
            return file(content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
