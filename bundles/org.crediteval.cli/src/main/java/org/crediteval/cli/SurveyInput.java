package org.crediteval.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.api.score.SurveyOutcome;
import org.crediteval.api.survey.CitySurvey;
import org.crediteval.api.survey.SurveyAccumulator;
import org.crediteval.api.survey.SurveyAnalyzer;
import org.crediteval.api.survey.SurveyFormatException;
import org.crediteval.api.survey.SurveyImporter;
import org.crediteval.api.survey.SurveyReport;
import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.Indicator;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.Questionnaire;
import org.crediteval.model.scheme.Scheme;
import org.crediteval.model.scheme.SurveyRule;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The questionnaire responses of {@code score --surveys} and {@code survey}: every file is read with the survey
 * importer its ending names (all chosen before any is read), streamed into one analysis of the pack's questionnaire
 * and summed up in a {@link SurveyReport}. Rows that break the questionnaire's rules are data (counted, listed in the
 * report); a file that cannot be read as a survey at all is bad input (exit 2) and nothing is written.
 */
final class SurveyInput {
    private SurveyInput() {
    }

    /** {@code --surveys} scores questionnaire responses with a pack given by {@code --pack}, not a stored assessment. */
    static void checkOptions(CommandLine commandLine, List<Path> surveys, String assessment) {
        if (assessment != null && surveys != null && !surveys.isEmpty()) {
            throw new ParameterException(commandLine, "--surveys cannot be used with --assessment: "
                    + "survey responses are scored with --pack and --evidence");
        }
    }

    static void checkFiles(List<Path> files) throws BadInputException {
        for (Path file : files) Inputs.checkReadableFile(file, "survey file");
    }

    /** The pack's questionnaire; a pack without one cannot take survey responses (exit 2). */
    static Questionnaire questionnaire(RulePack pack) throws BadInputException, PlatformException {
        Scheme scheme = pack.scheme();
        if (scheme == null) {
            throw new PlatformException("rule pack " + pack.id() + "@" + pack.version() + " has no model loaded");
        }
        Questionnaire questionnaire = scheme.getQuestionnaire();
        if (questionnaire == null || surveyItem(scheme).isEmpty()) {
            throw new BadInputException("rule pack " + pack.id() + "@" + pack.version() + " has no questionnaire"
                    + (questionnaire == null ? "" : " item") + ": --surveys needs a pack whose scheme scores a "
                    + "questionnaire (e.g. gd-2017)");
        }
        return questionnaire;
    }

    /**
     * Picks an importer per file, then streams every file into one analysis run (a respondent id repeated across
     * files is a duplicate too) and returns its report.
     */
    static SurveyReport analyse(Platform platform, RulePack pack, List<Path> files)
            throws BadInputException, PlatformException {
        Questionnaire questionnaire = questionnaire(pack);
        List<SurveyImporter> importers = importers(
                platform.services(SurveyImporter.class, SurveyImporter.EXTENSIONS), files);
        SurveyAnalyzer analyzer = platform.service(SurveyAnalyzer.class);
        SurveyAccumulator run;
        try {
            run = analyzer.start(pack.scheme());
        } catch (IllegalArgumentException noSurveyRule) {
            throw new BadInputException("rule pack " + pack.id() + "@" + pack.version() + ": "
                    + noSurveyRule.getMessage() + "; --surveys needs a pack that scores a questionnaire");
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            try {
                importers.get(i).read(file, questionnaire, run);
            } catch (SurveyFormatException e) {
                // the responses already taken are thrown away with the run: nothing is scored or written
                throw new BadInputException("cannot read survey file " + named(e, file) + "; nothing was written");
            } catch (IOException e) {
                throw new BadInputException("cannot read survey file " + file + ": " + ExitCodes.oneLine(e)
                        + "; nothing was written");
            }
        }
        return run.finish();
    }

    /** The exception's message starts with the file as the importer named it; make sure the file is named. */
    private static String named(SurveyFormatException e, Path file) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.startsWith(file.toString()) ? message : file + ": " + message;
    }

    static List<SurveyImporter> importers(Map<String, SurveyImporter> byExtension, List<Path> files)
            throws BadInputException {
        List<SurveyImporter> chosen = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Path file : files) {
            Optional<SurveyImporter> importer = Extensions.match(file, byExtension);
            if (importer.isPresent()) chosen.add(importer.get());
            else unknown.add("cannot read survey file " + file + ": no survey importer for its extension; known extensions: "
                    + Extensions.list(byExtension.keySet()));
        }
        if (!unknown.isEmpty()) throw new BadInputException(unknown);
        return chosen;
    }

    /** {@code 1740 valid, 60 rejected (32 invalid, 15 duplicate, 13 late) in 4 cities}. */
    static String counts(SurveyReport report) {
        long valid = 0, invalid = 0, duplicate = 0, late = 0;
        for (CitySurvey city : report.cities()) {
            valid += city.valid();
            invalid += city.invalid();
            duplicate += city.duplicate();
            late += city.late();
        }
        return valid + " valid, " + report.rejected().size() + " rejected (" + invalid + " invalid, " + duplicate
                + " duplicate, " + late + " late) in " + plural(report.cities().size(), "city", "cities");
    }

    /**
     * The stderr line of {@code score --surveys}: the counts, which subjects got the survey item from the responses,
     * and the scored cities that are not subjects of the evidence (their score is not used).
     */
    static String scoreSummary(RulePack pack, SurveyReport report, ScoreResult result) {
        Map<String, SurveyOutcome> outcomes = report.outcomes();
        Set<String> subjects = new HashSet<>();
        int used = 0;
        for (SubjectResult subject : result.subjects()) {
            subjects.add(subject.subject());
            if (outcomes.containsKey(subject.subject())) used++;
        }
        List<String> unused = outcomes.keySet().stream().filter(city -> !subjects.contains(city)).toList();
        String item = pack.scheme() == null ? "the survey item"
                : surveyItem(pack.scheme()).map(id -> "item " + id).orElse("the survey item");
        return "surveys: " + counts(report) + "; " + item + " scored from the responses for " + used + " of "
                + plural(result.subjects().size(), "subject", "subjects")
                + (unused.isEmpty() ? "" : "; not in the evidence, so not used: " + String.join(", ", unused));
    }

    /** The id of the item whose survey rule scores the scheme's questionnaire (else the only survey item). */
    static Optional<String> surveyItem(Scheme scheme) {
        String found = null;
        for (Dimension d : scheme.getDimensions()) {
            for (Indicator i : d.getIndicators()) {
                for (Item item : i.getItems()) {
                    if (item.getRule() instanceof SurveyRule r
                            && (found == null || r.getQuestionnaire() == scheme.getQuestionnaire())) {
                        found = item.getId();
                    }
                }
            }
        }
        return Optional.ofNullable(found);
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
