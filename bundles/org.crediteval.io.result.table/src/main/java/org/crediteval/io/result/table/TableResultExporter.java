package org.crediteval.io.result.table;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.ResultExporter;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.osgi.service.component.annotations.Component;

/**
 * The ranking table. Subjects are sorted by total, then base, both descending, then input order; subjects equal in
 * both share a rank (1, 2, 2, 4). Scores are shown rounded HALF_UP to at most 2 decimals: presentation only, the
 * JSON keeps the exact values.
 */
@Component(property = ResultExporter.FORMAT + "=table")
public class TableResultExporter implements ResultExporter {

    static final int SHOWN_MISSING = 5;
    private static final String GAP = "  ";

    @Override
    public void write(ScoreResult result, OutputStream out) throws IOException {
        out.write(render(result).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String render(ScoreResult result) {
        List<SubjectResult> subjects = result.subjects();
        StringBuilder b = new StringBuilder();
        b.append(result.pack().id()).append('@').append(result.pack().version()).append(": ")
                .append(subjects.size()).append(subjects.size() == 1 ? " subject" : " subjects");
        if (!subjects.isEmpty()) {
            SubjectResult first = subjects.get(0);
            b.append(", max ").append(score(first.baseMax().add(first.bonusMax()))).append(" (base ")
                    .append(score(first.baseMax())).append(" + bonus ").append(score(first.bonusMax())).append(')');
        }
        b.append('\n').append('\n');

        Map<String, DimensionResult> dimensions = dimensions(subjects);
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("rank", "subject", "total", "base", "bonus"));
        header.addAll(dimensions.keySet());
        rows.add(header.toArray(String[]::new));
        List<SubjectResult> ranked = ranked(subjects);
        int rank = 0;
        for (int i = 0; i < ranked.size(); i++) {
            SubjectResult s = ranked.get(i);
            if (i == 0 || !tied(ranked.get(i - 1), s)) rank = i + 1;
            List<String> row = new ArrayList<>(List.of(String.valueOf(rank), clean(s.subject()), score(s.total()),
                    score(s.base()), score(s.bonus())));
            for (String id : dimensions.keySet()) {
                row.add(s.dimensions().stream().filter(d -> d.id().equals(id)).findFirst()
                        .map(d -> score(d.score())).orElse(""));
            }
            rows.add(row.toArray(String[]::new));
        }
        table(b, rows);

        if (!dimensions.isEmpty()) {
            b.append('\n');
            int idWidth = dimensions.keySet().stream().mapToInt(DisplayWidth::of).max().orElse(0);
            for (DimensionResult d : dimensions.values()) {
                b.append(DisplayWidth.padRight(clean(d.id()), idWidth)).append(GAP).append(clean(d.name()))
                        .append(" (").append(score(d.max())).append(d.bonus() ? ", bonus" : "").append(")\n");
            }
        }
        notes(b, subjects);
        return b.toString();
    }

    /** Column ids from every subject, in pack order; normally all subjects have the same dimensions. */
    private static Map<String, DimensionResult> dimensions(List<SubjectResult> subjects) {
        Map<String, DimensionResult> dimensions = new LinkedHashMap<>();
        for (SubjectResult s : subjects) {
            for (DimensionResult d : s.dimensions()) dimensions.putIfAbsent(d.id(), d);
        }
        return dimensions;
    }

    static List<SubjectResult> ranked(List<SubjectResult> subjects) {
        // List.sort is stable, so input order breaks the remaining ties
        List<SubjectResult> ranked = new ArrayList<>(subjects);
        ranked.sort(Comparator.comparing(SubjectResult::total).thenComparing(SubjectResult::base).reversed());
        return ranked;
    }

    private static boolean tied(SubjectResult a, SubjectResult b) {
        return a.total().compareTo(b.total()) == 0 && a.base().compareTo(b.base()) == 0;
    }

    /** Rank and numbers right-aligned, the subject left-aligned, two spaces between columns, a rule under the header. */
    private static void table(StringBuilder b, List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) widths[c] = Math.max(widths[c], DisplayWidth.of(row[c]));
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int c = 0; c < columns; c++) {
                if (c > 0) b.append(GAP);
                b.append(c == 1 ? DisplayWidth.padRight(row[c], widths[c]) : DisplayWidth.padLeft(row[c], widths[c]));
            }
            b.append('\n');
            if (r == 0) {
                for (int c = 0; c < columns; c++) {
                    if (c > 0) b.append(GAP);
                    b.append("-".repeat(widths[c]));
                }
                b.append('\n');
            }
        }
    }

    private static void notes(StringBuilder b, List<SubjectResult> subjects) {
        if (subjects.stream().anyMatch(s -> !s.missing().isEmpty())) {
            b.append("\nmissing facts:\n");
            for (SubjectResult s : subjects) {
                if (s.missing().isEmpty()) continue;
                List<String> shown = s.missing().subList(0, Math.min(SHOWN_MISSING, s.missing().size()));
                b.append("  ").append(clean(s.subject())).append(": ").append(s.missing().size()).append(" (")
                        .append(clean(String.join(", ", shown)))
                        .append(s.missing().size() > shown.size() ? ", …" : "").append(")\n");
            }
        }
        if (subjects.stream().anyMatch(s -> !s.warnings().isEmpty())) {
            b.append("\nwarnings:\n");
            for (SubjectResult s : subjects) {
                for (String w : s.warnings()) b.append("  ").append(clean(s.subject())).append(": ").append(clean(w)).append('\n');
            }
        }
    }

    /** At most 2 decimals, HALF_UP, no trailing zeros: 46.6667 → 46.67, 100.00 → 100. */
    static String score(BigDecimal value) {
        if (value == null) return "";
        BigDecimal shown = value.setScale(2, RoundingMode.HALF_UP);
        return shown.signum() == 0 ? "0" : shown.stripTrailingZeros().toPlainString();
    }

    /** Control characters (a newline in a name) would break the table's lines. */
    private static String clean(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return b.toString();
    }
}
