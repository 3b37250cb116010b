package org.crediteval.cli;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.survey.SurveyReport;
import org.crediteval.api.survey.SurveyReportExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "survey", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyses questionnaire responses against a pack's questionnaire and writes the survey report.",
                "Per city: valid, invalid, duplicate and late responses; collected against quota per respondent "
                        + "category, shortfalls flagged; the share of each option per question; the score. Every "
                        + "response left out is listed with its file, line and reason.",
                "Such responses are data, not errors: the exit code is 0. A file that cannot be read as a survey "
                        + "(not CSV or XLSX, missing or unknown columns) exits 2 and nothing is written."})
final class SurveyCommand implements Callable<Integer> {
    static final String XLSX = "xlsx";

    private final RunContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--pack", required = true, paramLabel = "ID[@VERSION]",
            description = "A rule pack with a questionnaire, e.g. gd-2017 (newest installed version) or gd-2017@1.0.0.")
    String pack;

    @Option(names = "--surveys", required = true, paramLabel = "FILE",
            description = "Questionnaire responses, CSV or XLSX (the importer is chosen by the file's extension); "
                    + "repeat for several: they are analysed as one survey (a respondent id seen in an earlier file "
                    + "is a duplicate).")
    List<Path> surveys;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "Report format: table, json or xlsx (xlsx needs --out) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report to FILE instead of stdout; FILE is replaced only when the whole run succeeds.")
    Path out;

    SurveyCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        String name = format.trim().toLowerCase(Locale.ROOT);
        if (name.equals(XLSX) && out == null) {
            throw new ParameterException(spec.commandLine(),
                    "--format xlsx needs --out FILE.xlsx (a workbook is not written to the terminal)");
        }
        SurveyInput.checkFiles(surveys);
        if (out != null) AtomicOutput.checkWritable(out);

        Platform platform = context.platform;
        platform.await(EnumSet.of(Platform.Need.REGISTRY, Platform.Need.PACKS));
        RulePack rulePack = ScoreCommand.findPack(platform.registry(), pack);
        SurveyInput.questionnaire(rulePack);
        SurveyReportExporter exporter = exporter(
                platform.services(SurveyReportExporter.class, SurveyReportExporter.FORMAT), name, format);

        SurveyReport report = SurveyInput.analyse(platform, rulePack, surveys);
        if (out != null) {
            AtomicOutput.write(out, stream -> exporter.write(report, stream));
            context.err.println("wrote the survey report of " + rulePack.id() + "@" + rulePack.version() + " to " + out
                    + ": " + SurveyInput.counts(report));
        } else {
            // rendered in memory first: a failing exporter must not leave half a report on stdout
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
            exporter.write(report, buffer);
            buffer.writeTo(context.stdout);
            context.stdout.flush();
            context.err.println("surveys: " + SurveyInput.counts(report));
        }
        return ExitCodes.OK;
    }

    static SurveyReportExporter exporter(Map<String, SurveyReportExporter> exporters, String name, String asGiven)
            throws BadInputException {
        SurveyReportExporter exporter = exporters.get(name);
        if (exporter != null) return exporter;
        throw new BadInputException("unknown survey report format '" + asGiven + "'; installed formats: "
                + (exporters.isEmpty() ? "(none)" : String.join(", ", new TreeSet<>(exporters.keySet()))));
    }
}
