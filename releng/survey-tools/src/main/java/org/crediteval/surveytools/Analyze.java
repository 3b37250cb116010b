package org.crediteval.surveytools;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crediteval.api.survey.SurveyAccumulator;
import org.crediteval.api.survey.SurveyFormatException;
import org.crediteval.api.survey.SurveyImporter;
import org.crediteval.api.survey.SurveyReport;
import org.crediteval.api.survey.SurveyReportExporter;
import org.crediteval.io.survey.internal.CsvSurveyImporter;
import org.crediteval.io.survey.internal.XlsxSurveyImporter;
import org.crediteval.io.survey.report.internal.JsonSurveyReportExporter;
import org.crediteval.io.survey.report.internal.TableSurveyReportExporter;
import org.crediteval.io.survey.report.internal.XlsxSurveyReportExporter;
import org.crediteval.model.io.SchemeResources;
import org.crediteval.model.scheme.Scheme;
import org.crediteval.survey.internal.DefaultSurveyAnalyzer;

/**
 * The survey analysis outside OSGi (the components are plain classes): what the cross-check compares with the
 * reference, and a quick way to look at a survey. The same calls as the CLI's {@code survey} command:
 * {@code analyzer.start(scheme)}, {@code importer.read(file, questionnaire, accumulator)} per file,
 * {@code accumulator.finish()}, {@code exporter.write(report, out)}.
 */
public final class Analyze {
    public static void main(String[] args) throws Exception {
        Path xmi = null;
        String format = "table";
        Path out = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--xmi" -> xmi = Path.of(args[++i]);
                case "--format" -> format = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        Scheme scheme = SchemeResources.load(xmi);
        SurveyAccumulator acc = new DefaultSurveyAnalyzer().start(scheme);
        try {
            for (Path f : files) importer(f).read(f, scheme.getQuestionnaire(), acc);
        } catch (SurveyFormatException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        SurveyReport report = acc.finish();
        SurveyReportExporter exporter = switch (format) {
            case "json" -> new JsonSurveyReportExporter();
            case "xlsx" -> new XlsxSurveyReportExporter();
            default -> new TableSurveyReportExporter();
        };
        try (OutputStream o = new BufferedOutputStream(out == null ? System.out : Files.newOutputStream(out))) {
            exporter.write(report, o);
        }
    }

    static SurveyImporter importer(Path f) {
        return f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? new XlsxSurveyImporter()
                : new CsvSurveyImporter();
    }
}
