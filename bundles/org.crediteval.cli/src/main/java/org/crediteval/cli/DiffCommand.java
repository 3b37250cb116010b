package org.crediteval.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.crediteval.api.store.Assessment;
import org.crediteval.api.store.FactValue;
import org.crediteval.api.store.RunDiff;
import org.crediteval.api.store.RunDiff.FactDelta;
import org.crediteval.api.store.RunDiff.IndicatorDiff;
import org.crediteval.api.store.RunDiff.ItemDiff;
import org.crediteval.api.store.RunDiff.SubjectDiff;
import org.crediteval.api.store.RunInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares two stored runs: per subject the total, per indicator the score (old → new) and "
                + "the items that changed, with the cause: the facts that changed between the two runs' evidence "
                + "(old → new value, who changed them, when and why) or the pack version change.",
                "Prints 'no differences' when the runs agree. Exit 0 either way."})
final class DiffCommand implements Callable<Integer> {
    static final String ARROW = " → ";

    private final RunContext context;

    @Parameters(index = "0", paramLabel = "RUN1", description = "The older run (see 'credit-eval runs').")
    long from;

    @Parameters(index = "1", paramLabel = "RUN2", description = "The newer run.")
    long to;

    DiffCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        StoreAccess.with(context, store -> {
            RunDiff diff = store.diff(from, to);
            List<Assessment> assessments = store.assessments();
            print(diff, name(assessments, diff.from().assessmentId()), name(assessments, diff.to().assessmentId()), context.out);
            return null;
        });
        return ExitCodes.OK;
    }

    private static String name(List<Assessment> assessments, long id) {
        return assessments.stream().filter(a -> a.id() == id).map(Assessment::name).findFirst().orElse(String.valueOf(id));
    }

    static void print(RunDiff diff, String fromAssessment, String toAssessment, PrintWriter out) {
        RunInfo a = diff.from(), b = diff.to();
        if (fromAssessment.equals(toAssessment)) {
            out.println("run " + a.id() + ARROW + "run " + b.id() + " of assessment '" + toAssessment + "'");
        } else {
            out.println("run " + a.id() + " (assessment '" + fromAssessment + "')" + ARROW + "run " + b.id()
                    + " (assessment '" + toAssessment + "')");
        }
        out.println("pack: " + a.packId() + "@" + a.packVersion()
                + (diff.packVersionChanged() ? ARROW + b.packId() + "@" + b.packVersion() : " (same)"));
        out.println("evidence revision: " + revision(a) + ARROW + revision(b)
                + (diff.evidenceKnown() ? "" : " (a run stored before evidence revisions were kept: the facts that "
                        + "caused a change are unknown)"));
        if (diff.subjects().isEmpty()) {
            out.println(diff.packVersionChanged() ? "no score or evidence differences" : "no differences");
            out.flush();
            return;
        }
        out.println(StoreAccess.plural(diff.subjects().size(), "subject") + " changed");
        for (SubjectDiff s : diff.subjects()) {
            out.println();
            switch (s.presence()) {
                case ONLY_FROM -> out.println(s.subject() + ": only in run " + a.id() + " (total " + StoreAccess.number(s.totalFrom()) + ")");
                case ONLY_TO -> out.println(s.subject() + ": only in run " + b.id() + " (total " + StoreAccess.number(s.totalTo()) + ")");
                case BOTH -> out.println(s.subject() + ": total " + scores(s.totalFrom(), s.totalTo()));
            }
            for (IndicatorDiff i : s.indicators()) {
                out.println("  indicator " + i.id() + (i.name() == null || i.name().isBlank() ? "" : " " + i.name()) + ": "
                        + scores(i.scoreFrom(), i.scoreTo()) + "; " + cause(i, diff));
                for (ItemDiff t : i.items()) out.println("    item " + t.id() + ": " + item(t));
            }
            for (FactDelta f : s.facts()) {
                StringBuilder line = new StringBuilder("  fact " + f.factId() + ": " + change(f.before(), f.after()));
                if (f.changedBy() != null) {
                    line.append(" (changed by ").append(f.changedBy());
                    if (f.changedAt() != null) line.append(" at ").append(StoreAccess.time(f.changedAt()));
                    if (f.reason() != null && !f.reason().isBlank()) line.append(", reason: ").append(f.reason());
                    line.append(')');
                }
                out.println(line);
            }
        }
        out.flush();
    }

    private static String revision(RunInfo r) {
        return r.evidenceKnown() ? String.valueOf(r.evidenceRevision()) : "unknown";
    }

    private static String scores(java.math.BigDecimal from, java.math.BigDecimal to) {
        String a = from == null ? "(none)" : StoreAccess.number(from);
        String b = to == null ? "(none)" : StoreAccess.number(to);
        return from != null && to != null && from.compareTo(to) == 0 ? a + " (same)" : a + ARROW + b;
    }

    private static String cause(IndicatorDiff i, RunDiff diff) {
        if (!i.causes().isEmpty())
            return "caused by " + (i.causes().size() == 1 ? "fact " : "facts ") + String.join(", ", i.causes());
        if (diff.packVersionChanged())
            return "caused by the pack version change (" + diff.from().packVersion() + ARROW + diff.to().packVersion() + ")";
        if (!diff.evidenceKnown()) return "cause unknown (the evidence of a run is unknown)";
        return "no changed fact is read by its items";
    }

    private static String item(ItemDiff t) {
        String line = scores(t.scoreFrom(), t.scoreTo());
        if (t.scoreFrom() != null && t.scoreTo() != null && t.scoreFrom().compareTo(t.scoreTo()) == 0
                && !Objects.equals(t.explanationFrom(), t.explanationTo())) {
            line += ", explanation \"" + t.explanationFrom() + "\"" + ARROW + "\"" + t.explanationTo() + "\"";
        }
        return line;
    }

    /** A fact's content old → new: the value, and the source and note when they changed. */
    static String change(FactValue before, FactValue after) {
        if (before == null) return "(absent)" + ARROW + after.value();
        if (after == null) return before.value() + ARROW + "(removed)";
        StringBuilder b = new StringBuilder();
        b.append(before.value().equals(after.value()) ? before.value() + " (same value)" : before.value() + ARROW + after.value());
        if (!before.source().equals(after.source()))
            b.append(", source '").append(before.source()).append("'").append(ARROW).append("'").append(after.source()).append("'");
        if (!before.note().equals(after.note()))
            b.append(", note '").append(before.note()).append("'").append(ARROW).append("'").append(after.note()).append("'");
        return b.toString();
    }
}
