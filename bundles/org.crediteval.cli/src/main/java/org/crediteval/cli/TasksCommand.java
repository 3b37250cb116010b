package org.crediteval.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.crediteval.analysis.api.Analysis;
import org.crediteval.analysis.api.FactTask;
import org.crediteval.analysis.api.IndicatorTask;
import org.crediteval.analysis.api.TaskList;
import org.crediteval.analysis.api.TaskListExporter;
import org.crediteval.analysis.api.UnitTasks;
import org.crediteval.api.pack.RulePack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "tasks", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints the department task list (分工表) of a rule pack.",
                "For each responsible unit, the indicators and facts it must provide and, with --evidence or "
                        + "--assessment, the subjects each fact is still missing for."})
final class TasksCommand implements Callable<Integer> {
    static final String TABLE = "table";

    private final RunContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    EvidenceSource source = new EvidenceSource();

    @Option(names = "--missing-only",
            description = "With --evidence or --assessment: only the facts still missing for some subject, and only the units that owe them.")
    boolean missingOnly;

    @Option(names = "--format", defaultValue = TABLE, paramLabel = "FORMAT",
            description = "table, html or xlsx (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the list to FILE instead of stdout; FILE is replaced only when the whole run succeeds.")
    Path out;

    TasksCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        source.check(spec.commandLine(), false);
        if (missingOnly && !source.hasEvidence()) {
            throw new BadInputException("--missing-only needs --evidence or --assessment: without evidence nothing is "
                    + "known to be missing");
        }
        source.checkFiles();
        if (out != null) AtomicOutput.checkWritable(out);

        Platform platform = context.platform;
        EvidenceSource.Source loaded = source.load(context);
        RulePack rulePack = loaded.pack();
        PackEvidence.Checked checked = loaded.checked();
        TaskListExporter exporter = exporter(platform, format);

        Analysis analysis = platform.service(Analysis.class);
        TaskList all = checked == null ? analysis.tasks(rulePack.scheme())
                : analysis.tasks(rulePack.scheme(), checked.result());
        TaskList tasks = missingOnly ? missingOnly(all) : all;

        CommandOutput.write(context, out, stream -> {
            if (exporter != null) {
                exporter.write(tasks, stream);
            } else {
                PrintWriter text = CommandOutput.text(stream);
                table(tasks, text);
                text.flush();
            }
        });
        if (out != null) context.err.println("wrote the " + summary(tasks, rulePack) + " to " + out);
        return ExitCodes.OK;
    }

    /** Null for the built-in table; else the installed exporter of that format. */
    static TaskListExporter exporter(Platform platform, String format) throws BadInputException, PlatformException {
        String name = format.trim().toLowerCase(Locale.ROOT);
        if (name.equals(TABLE)) return null;
        Map<String, TaskListExporter> exporters = platform.services(TaskListExporter.class, TaskListExporter.FORMAT);
        TaskListExporter exporter = exporters.get(name);
        if (exporter != null) return exporter;
        TreeSet<String> known = new TreeSet<>(exporters.keySet());
        known.add(TABLE);
        throw new BadInputException("unknown format '" + format + "'; installed formats: " + String.join(", ", known));
    }

    /** The facts some subject still lacks, under the indicators and units that hold them; counts follow. */
    static TaskList missingOnly(TaskList tasks) {
        List<UnitTasks> units = new ArrayList<>();
        for (UnitTasks unit : tasks.units()) {
            List<IndicatorTask> indicators = new ArrayList<>();
            int facts = 0;
            for (IndicatorTask indicator : unit.indicators()) {
                List<FactTask> missing = indicator.facts().stream().filter(f -> !f.missingFor().isEmpty()).toList();
                if (missing.isEmpty()) continue;
                facts += missing.size();
                indicators.add(new IndicatorTask(indicator.dimensionId(), indicator.dimensionName(),
                        indicator.indicatorId(), indicator.indicatorName(), indicator.max(), indicator.sharedWith(), missing));
            }
            if (!indicators.isEmpty()) units.add(new UnitTasks(unit.unit(), indicators, facts, unit.missing()));
        }
        return new TaskList(tasks.packId(), tasks.packVersion(), tasks.subjects(), units);
    }

    private static String summary(TaskList tasks, RulePack pack) {
        int facts = 0;
        int missing = 0;
        for (UnitTasks unit : tasks.units()) {
            facts += unit.facts();
            missing += unit.missing();
        }
        String text = "task list of " + pack.id() + "@" + pack.version() + ": " + tasks.units().size() + " unit(s), "
                + facts + " fact task(s)";
        if (tasks.checked()) {
            text += " checked against " + tasks.subjects().size() + " subject(s), " + missing + " missing (fact × subject)";
        }
        return text;
    }

    /**
     * A block per unit: a heading line, then its indicators and facts (the indicator named on its first row only),
     * with the subjects each fact is missing for when the list was checked. Blocks are separated by a blank line.
     */
    static void table(TaskList tasks, PrintWriter out) {
        if (tasks.units().isEmpty()) {
            out.println(tasks.checked() ? "nothing is missing" : "the pack names no fact to provide");
            out.flush();
            return;
        }
        boolean first = true;
        for (UnitTasks unit : tasks.units()) {
            if (!first) out.println();
            first = false;
            StringBuilder heading = new StringBuilder(unit.unit()).append(": ").append(count(unit.facts(), "fact"));
            if (tasks.checked()) {
                heading.append(", ").append(unit.missing() == 0 ? "nothing missing"
                        : unit.missing() + " missing (fact × subject)");
            }
            out.println(heading);
            TextTable table = tasks.checked()
                    ? new TextTable("INDICATOR", "FACT", "NAME", "VALUES", "POINTS", "MISSING FOR")
                    : new TextTable("INDICATOR", "FACT", "NAME", "VALUES", "POINTS");
            for (IndicatorTask indicator : unit.indicators()) {
                String name = indicator.indicatorId() == null ? indicator.indicatorName()
                        : indicator.indicatorId() + " " + indicator.indicatorName();
                boolean firstFact = true;
                for (FactTask fact : indicator.facts()) {
                    String shown = firstFact ? name : "";
                    firstFact = false;
                    String points = number(fact.fact().points());
                    String label = fact.fact().condition() == null ? fact.fact().label()
                            : fact.fact().label() + "（" + fact.fact().condition() + "）";
                    if (tasks.checked()) {
                        table.add(shown, fact.fact().id(), label, fact.fact().allowed(), points,
                                missingFor(fact.missingFor(), tasks.subjects().size()));
                    } else {
                        table.add(shown, fact.fact().id(), label, fact.fact().allowed(), points);
                    }
                }
            }
            table.print(out);
        }
        out.flush();
    }

    /** {@code 茂名市、湛江市}, {@code all 21} when every subject lacks it, {@code -} when none does. */
    static String missingFor(List<String> subjects, int of) {
        if (subjects.isEmpty()) return "-";
        if (subjects.size() == of && of > 1) return "all " + of;
        return String.join("、", subjects);
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String number(BigDecimal value) {
        return value == null || value.signum() == 0 ? "" : PacksCommand.number(value);
    }
}
