package org.crediteval.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.pack.RulePack;
import org.crediteval.io.evidence.xlsx.api.EvidenceTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "template", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the XLSX evidence template of a rule pack.",
                "A sheet per dimension, a row per fact with its label, type, allowed values, maximum points and "
                        + "responsible units, and a value column per subject. Filled in, it is read by 'score', "
                        + "'tasks' and 'gaps' like an evidence CSV."})
final class TemplateCommand implements Callable<Integer> {
    private final RunContext context;

    @Option(names = "--pack", required = true, paramLabel = "ID[@VERSION]",
            description = "The rule pack, e.g. gd-2017 (newest installed version) or gd-2017@1.0.0.")
    String pack;

    @Option(names = "--subjects", split = "[,，]", splitSynopsisLabel = ",", paramLabel = "SUBJECT",
            description = "The subjects to make value columns for, in this order, e.g. --subjects 茂名市,湛江市. "
                    + "Without it (and without --evidence) the template has one column whose name you type.")
    List<String> subjects = new ArrayList<>();

    @Option(names = "--evidence", paramLabel = "FILE",
            description = "Evidence to fill in (CSV or a filled template); repeat for several. Its subjects are added "
                    + "after --subjects. The values are checked against the pack first, as 'score' does.")
    List<Path> evidence = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx",
            description = "The workbook to write; replaced only when the whole run succeeds.")
    Path out;

    TemplateCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        List<String> columns = subjects(subjects);
        checkXlsx(out);
        PackEvidence.checkFiles(evidence);
        AtomicOutput.checkWritable(out);

        Platform platform = context.platform;
        platform.await(evidence.isEmpty() ? PackEvidence.PACK_ONLY : PackEvidence.WITH_EVIDENCE);
        RulePack rulePack = PackEvidence.pack(platform, pack);
        Evidence prefill = evidence.isEmpty() ? null : PackEvidence.read(platform, rulePack, evidence).evidence();
        EvidenceTemplate template = platform.service(EvidenceTemplate.class);

        try {
            AtomicOutput.write(out, stream -> template.write(rulePack.scheme(), columns, prefill, stream));
        } catch (IllegalArgumentException refused) {
            // the template writer refuses a fact the pack does not define; the engine normally reports it first
            throw new BadInputException("cannot fill in the template: " + refused.getMessage());
        }
        Set<String> all = new LinkedHashSet<>(columns);
        if (prefill != null) all.addAll(prefill.subjects());
        context.err.println("wrote the evidence template of " + rulePack.id() + "@" + rulePack.version()
                + (all.isEmpty() ? "" : " for " + all.size() + " subject(s)")
                + (prefill == null ? "" : ", filled in with " + prefill.facts().size() + " value(s),") + " to " + out);
        return ExitCodes.OK;
    }

    /** Trimmed, in order; an empty name or a name given twice is a mistake worth stopping for. */
    static List<String> subjects(List<String> given) throws BadInputException {
        List<String> result = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String raw : given) {
            String subject = raw.strip();
            if (subject.isEmpty()) problems.add("bad --subjects: an empty subject name (two commas in a row?)");
            else if (result.contains(subject)) problems.add("bad --subjects: '" + subject + "' is given twice");
            else result.add(subject);
        }
        if (!problems.isEmpty()) throw new BadInputException(List.copyOf(new LinkedHashSet<>(problems)));
        return result;
    }

    /** The importer recognises a template by its ending, so a template saved under another name could not be read back. */
    static void checkXlsx(Path out) throws BadInputException {
        Path name = out.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new BadInputException("bad --out " + out + ": the template is an Excel workbook, its name must end in .xlsx");
        }
    }
}
