package org.crediteval.io.survey.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.survey.SurveyFileSummary.Layout;
import org.crediteval.api.survey.SurveyResponse;

/** Turns the cells of one row into a response through the header's {@link Columns}. */
final class Rows {
    /** The cells of one row; {@code get} may return null for a cell the row does not have. */
    interface Cells {
        int size();

        String get(int column);
    }

    /** Option-column cell values that mean "ticked" / "not ticked" in platform exports. */
    private static final Set<String> TICKED = Set.of("1", "是", "选中", "√", "✓", "✔", "true", "TRUE", "True", "Y", "y");
    private static final Set<String> UNTICKED = Set.of("", "0", "否", "未选中", "false", "FALSE", "False", "N", "n");

    private final Columns columns;
    private final boolean platform;

    Rows(Columns columns) {
        this.columns = columns;
        this.platform = columns.layout == Layout.PLATFORM;
    }

    SurveyResponse response(Cells cells, Location location, List<String> problems) {
        List<String> rowProblems = problems;
        String[] answers = new String[columns.questions.length];
        for (int i = 0; i < answers.length; i++) {
            Columns.Field f = columns.questions[i];
            if (f.column >= 0) {
                String a = cell(cells, f.column);
                answers[i] = platform ? multi(a) : a;
            } else {
                answers[i] = options(cells, f, rowProblems == problems ? (rowProblems = new ArrayList<>(problems)) : rowProblems);
            }
        }
        String categories;
        if (columns.categories.column >= 0) {
            categories = cell(cells, columns.categories.column);
            if (platform) categories = multi(categories);
        } else {
            if (rowProblems == problems) rowProblems = new ArrayList<>(problems);
            categories = options(cells, columns.categories, rowProblems);
        }
        String at = cell(cells, columns.submittedAt);
        if (platform) at = Dates.platformTime(at);
        return new SurveyResponse(cell(cells, columns.respondentId), cell(cells, columns.city), categories, at,
                Arrays.asList(answers), location, rowProblems.isEmpty() ? List.of() : rowProblems);
    }

    private static String cell(Cells cells, int column) {
        if (column >= cells.size()) return "";
        String v = cells.get(column);
        if (v == null || v.isEmpty()) return "";
        // strip() looks the first and last characters up in Unicode tables; CJK text never needs it
        return space(v.charAt(0)) || space(v.charAt(v.length() - 1)) ? v.strip() : v;
    }

    /** Character.isWhitespace, quick for the ASCII and CJK characters of a survey. */
    private static boolean space(char c) {
        return c <= ' ' || (c > '~' && c <= '\u3000' && Character.isWhitespace(c));
    }

    /** Platforms separate multi-select values with ┋ or ; — the analyzer expects |. */
    private static String multi(String value) {
        if (value.indexOf('┋') < 0 && value.indexOf(';') < 0 && value.indexOf('；') < 0) return value;
        return value.replace('┋', '|').replace(';', '|').replace('；', '|');
    }

    /** One column per option: the ticked labels joined by |. */
    private static String options(Cells cells, Columns.Field f, List<String> problems) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < f.optionColumns.size(); k++) {
            String v = cell(cells, f.optionColumns.get(k));
            String label = f.optionLabels.get(k);
            boolean ticked = TICKED.contains(v) || v.equals(label);
            if (!ticked && !UNTICKED.contains(v)) {
                problems.add(f.name + "选项列“" + label + "”的值无法识别：“" + v + "”");
                continue;
            }
            if (!ticked) continue;
            if (!b.isEmpty()) b.append(SurveyResponse.MULTI_SEPARATOR);
            b.append(label);
        }
        return b.toString();
    }
}
