package org.crediteval.surveytools;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crediteval.api.survey.SurveyAccumulator;
import org.crediteval.api.survey.SurveyReport;
import org.crediteval.io.survey.internal.CsvSurveyImporter;
import org.crediteval.model.io.SchemeResources;
import org.crediteval.model.scheme.Scheme;
import org.crediteval.survey.internal.DefaultSurveyAnalyzer;

/**
 * Responses per second of import + analysis of one survey CSV against parsing the same file with the same CSV
 * parser (commons-csv, the same format and the same strict UTF-8 reader) and doing nothing else, alternating in one
 * JVM so that both see the same warm-up and page cache. Run with -Xmx256m (see README.md).
 */
public final class Benchmark {
    /** The importer's format: RFC 4180, empty lines kept (so line numbers stay physical). */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    public static void main(String[] args) throws Exception {
        Path xmi = null;
        Path file = null;
        int rounds = 3;
        boolean importOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--xmi" -> xmi = Path.of(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--import-only" -> importOnly = true; // the importer with a sink that does nothing
                default -> file = Path.of(args[i]);
            }
        }
        Scheme scheme = SchemeResources.load(xmi);
        long size = Files.size(file);
        System.out.printf("file %s: %.1f MB; max heap %d MB; %d rounds%n", file, size / 1e6,
                Runtime.getRuntime().maxMemory() >> 20, rounds);
        List<Long> parse = new ArrayList<>();
        List<Long> full = new ArrayList<>();
        List<Long> parseCpu = new ArrayList<>();
        List<Long> fullCpu = new ArrayList<>();
        long records = 0;
        SurveyReport report = null;
        for (int round = 0; round < rounds; round++) {
            report = null;
            System.gc(); // both phases start from the same empty heap
            long c0 = cpu();
            long t0 = System.nanoTime();
            records = parseOnly(file);
            long t1 = System.nanoTime();
            long c1 = cpu();
            System.gc();
            long c2 = cpu();
            long t2 = System.nanoTime();
            if (importOnly) {
                new CsvSurveyImporter().read(file, scheme.getQuestionnaire(), r -> { });
            } else {
                SurveyAccumulator acc = new DefaultSurveyAnalyzer().start(scheme);
                new CsvSurveyImporter().read(file, scheme.getQuestionnaire(), acc);
                report = acc.finish();
            }
            long t3 = System.nanoTime();
            long c3 = cpu();
            parse.add(t1 - t0);
            full.add(t3 - t2);
            parseCpu.add(c1 - c0);
            fullCpu.add(c3 - c2);
            System.out.printf("round %d: parse only %.2f s (cpu %.2f s), import + analysis %.2f s (cpu %.2f s)%n",
                    round + 1, (t1 - t0) / 1e9, (c1 - c0) / 1e9, (t3 - t2) / 1e9, (c3 - c2) / 1e9);
        }
        if (report == null) return;
        long responses = records - 1; // the header
        long p = median(parse);
        long f = median(full);
        long valid = report.cities().stream().mapToLong(c -> c.valid()).sum();
        System.out.printf("responses %d (valid %d, rejected %d, cities %d)%n", responses, valid, report.rejected().size(),
                report.cities().size());
        System.out.printf("median parse only:        %.2f s  %,.0f responses/s%n", p / 1e9, responses / (p / 1e9));
        System.out.printf("median import + analysis: %.2f s  %,.0f responses/s%n", f / 1e9, responses / (f / 1e9));
        System.out.printf("ratio import + analysis / parse only: %.2f (wall), %.2f (process cpu)%n", (double) f / p,
                (double) median(fullCpu) / median(parseCpu));
        System.out.printf("old generation after the runs: peak %d MB%n", peakOld() >> 20);
    }

    private static long parseOnly(Path file) throws Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long n = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
             CSVParser parser = CSV.parse(reader)) {
            for (CSVRecord record : parser) n += record.size() > 0 ? 1 : 0;
        }
        return n;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** The old generation's peak: what stayed alive (ids, rejected rows), not the garbage of the young one. */
    private static long peakOld() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null
                    && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                peak = Math.max(peak, pool.getPeakUsage().getUsed());
            }
        }
        return peak;
    }

    /** CPU time of the whole process (GC and JIT threads included): fair when the machine is busy with others. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
