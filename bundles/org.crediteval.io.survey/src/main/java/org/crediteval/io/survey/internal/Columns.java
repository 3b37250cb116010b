package org.crediteval.io.survey.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crediteval.api.survey.SurveyFileSummary.Layout;
import org.crediteval.api.survey.SurveyFormatException;
import org.crediteval.model.scheme.Question;
import org.crediteval.model.scheme.QuestionKind;
import org.crediteval.model.scheme.Questionnaire;

/**
 * The header of a survey file mapped onto the questionnaire: which column holds which field. Shared by the CSV and
 * XLSX importers; see the module README for what is accepted.
 */
final class Columns {
    static final String RESPONDENT_ID = "respondent_id";
    static final String CITY = "city";
    static final String CATEGORIES = "categories";
    static final String SUBMITTED_AT = "submitted_at";
    static final List<String> FIELDS = List.of(RESPONDENT_ID, CITY, CATEGORIES, SUBMITTED_AT);

    /** Header texts a platform export uses for the four response fields (its own questions or metadata). */
    static final Map<String, String> PLATFORM_NAMES = Map.ofEntries(
            Map.entry("编号", RESPONDENT_ID), Map.entry("序号", RESPONDENT_ID), Map.entry("答卷编号", RESPONDENT_ID),
            Map.entry("答卷序号", RESPONDENT_ID), Map.entry("答卷id", RESPONDENT_ID), Map.entry("id", RESPONDENT_ID),
            Map.entry("所在城市", CITY), Map.entry("城市", CITY),
            Map.entry("调查对象", CATEGORIES),
            Map.entry("提交时间", SUBMITTED_AT), Map.entry("提交答卷时间", SUBMITTED_AT),
            Map.entry("结束答题时间", SUBMITTED_AT), Map.entry("答题结束时间", SUBMITTED_AT), Map.entry("结束时间", SUBMITTED_AT));

    /** {@code 7. 您是否知道…}, {@code 7．…}, {@code 7、…}, {@code 7)…}, {@code 第7题 …}, {@code Q7. …} */
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:第\\s*)?[Qq]?(\\d{1,4})\\s*(?:题)?\\s*[.．、:：)）]?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern Q_COLUMN = Pattern.compile("^[Qq](\\d{1,4})$");
    final Layout layout;
    final int width;
    /** column of each response field */
    final int respondentId, city, submittedAt;
    /** categories and each question: one column, or one column per option */
    final Field categories;
    final Field[] questions;
    final List<String> ignored;

    /** One value of the response: a single column, or option columns merged into {@code a|b}. */
    static final class Field {
        int column = -1;
        final List<Integer> optionColumns = new ArrayList<>();
        final List<String> optionLabels = new ArrayList<>();
        final String name;

        Field(String name) {
            this.name = name;
        }

        boolean present() {
            return column >= 0 || !optionColumns.isEmpty();
        }
    }

    private Columns(Layout layout, int width, int respondentId, int city, int submittedAt, Field categories,
            Field[] questions, List<String> ignored) {
        this.layout = layout;
        this.width = width;
        this.respondentId = respondentId;
        this.city = city;
        this.submittedAt = submittedAt;
        this.categories = categories;
        this.questions = questions;
        this.ignored = ignored;
    }

    static Columns of(String file, List<String> header, Questionnaire questionnaire) throws SurveyFormatException {
        List<String> names = new ArrayList<>();
        for (String h : header) names.add(h == null ? "" : h.strip());
        boolean numbered = false;
        boolean qColumns = false;
        for (String n : names) {
            if (Q_COLUMN.matcher(n).matches()) qColumns = true;
            else if (questionHeader(n)) numbered = true;
        }
        if (numbered && qColumns) {
            throw new SurveyFormatException(file, "the header mixes q1…q" + questionnaire.getQuestions().size()
                    + " columns with platform question columns (\"1. …\"); use one layout");
        }
        return numbered ? platform(file, names, questionnaire) : plain(file, names, questionnaire);
    }

    /** The layout of formats.md: exactly the four fields and q1…qN, in any order. */
    private static Columns plain(String file, List<String> names, Questionnaire questionnaire)
            throws SurveyFormatException {
        Map<String, Integer> position = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        Map<Integer, Integer> questionIndex = questionIndex(questionnaire);
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            String key = n.toLowerCase(Locale.ROOT);
            Matcher q = Q_COLUMN.matcher(n);
            boolean question = q.matches() && !q.group(1).startsWith("0")
                    && questionIndex.containsKey(Integer.parseInt(q.group(1)));
            boolean known = FIELDS.contains(key) || question;
            if (!known) {
                unknown.add(n.isEmpty() ? "(empty, column " + (i + 1) + ")" : n);
                continue;
            }
            if (position.putIfAbsent(key, i) != null) repeated.add(n);
        }
        List<String> missing = new ArrayList<>();
        for (String f : FIELDS) if (!position.containsKey(f)) missing.add(f);
        for (Question q : questionnaire.getQuestions()) if (!position.containsKey("q" + q.getNumber())) missing.add("q" + q.getNumber());
        StringBuilder problems = new StringBuilder();
        if (!missing.isEmpty()) problems.append("missing columns: ").append(String.join(", ", missing));
        if (!unknown.isEmpty()) {
            if (!problems.isEmpty()) problems.append("; ");
            problems.append("unknown columns: ").append(String.join(", ", unknown));
        }
        if (!repeated.isEmpty()) {
            if (!problems.isEmpty()) problems.append("; ");
            problems.append("repeated columns: ").append(String.join(", ", repeated));
        }
        if (!problems.isEmpty()) {
            throw new SurveyFormatException(file, problems + " (a survey needs the columns "
                    + String.join(",", FIELDS) + ",q1…q" + questionnaire.getQuestions().size() + ")");
        }
        Field categories = new Field(CATEGORIES);
        categories.column = position.get(CATEGORIES);
        Field[] questions = new Field[questionnaire.getQuestions().size()];
        for (int i = 0; i < questions.length; i++) {
            int number = questionnaire.getQuestions().get(i).getNumber();
            questions[i] = new Field("q" + number);
            questions[i].column = position.get("q" + number);
        }
        return new Columns(Layout.COLUMNS, names.size(), position.get(RESPONDENT_ID), position.get(CITY),
                position.get(SUBMITTED_AT), categories, questions, List.of());
    }

    /**
     * A platform export: question columns named by number and text, the four fields under their own names or the
     * platform's (编号, 所在城市, 调查对象, 提交答卷时间 …), multi-select answers in one column or one column per
     * option; other columns (答题时长, IP …) are ignored and listed.
     */
    private static Columns platform(String file, List<String> names, Questionnaire questionnaire)
            throws SurveyFormatException {
        Map<Integer, Integer> questionIndex = questionIndex(questionnaire);
        Field[] questions = new Field[questionnaire.getQuestions().size()];
        for (int i = 0; i < questions.length; i++) questions[i] = new Field("第 " + questionnaire.getQuestions().get(i).getNumber() + " 题");
        Map<String, Integer> fields = new HashMap<>();
        Field categories = new Field(CATEGORIES);
        List<String> ignored = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int col = 0; col < names.size(); col++) {
            String name = names.get(col);
            String field = fieldName(name);
            if (field != null) {
                if (field.equals(CATEGORIES)) {
                    if (categories.column >= 0 || !categories.optionLabels.isEmpty()) problems.add("repeated column: " + name);
                    categories.column = col;
                } else if (fields.putIfAbsent(field, col) != null) {
                    problems.add("repeated column for " + field + ": " + name);
                }
                continue;
            }
            String categoryOption = optionOf(name, "调查对象", questionnaire.getCategories().stream().map(c -> c.getCode()).toList());
            if (categoryOption != null) {
                if (categories.column >= 0) problems.add("调查对象 given both as one column and per category: " + name);
                categories.optionColumns.add(col);
                categories.optionLabels.add(categoryOption);
                continue;
            }
            Matcher m = NUMBERED.matcher(name);
            if (!questionHeader(name) || !m.matches()) {
                ignored.add(name.isEmpty() ? "(empty, column " + (col + 1) + ")" : name);
                continue;
            }
            int number = Integer.parseInt(m.group(1));
            Integer index = questionIndex.get(number);
            if (index == null) {
                problems.add("column \"" + name + "\" names question " + number + ", which the questionnaire does not have");
                continue;
            }
            Question question = questionnaire.getQuestions().get(index);
            Field f = questions[index];
            String rest = m.group(2);
            if (question.getKind() != QuestionKind.SINGLE) {
                String option = optionOf(rest, null, question.getOptions().stream().map(o -> o.getLabel()).toList());
                if (option != null && sameQuestion(stem(rest, option), question.getText())) {
                    if (f.column >= 0) problems.add("question " + number + " given both as one column and per option: " + name);
                    f.optionColumns.add(col);
                    f.optionLabels.add(option);
                    continue;
                }
            }
            if (!sameQuestion(rest, question.getText())) {
                problems.add("column \"" + name + "\" does not match question " + number + " \"" + question.getText()
                        + "\" (are the questions numbered differently?)");
                continue;
            }
            if (f.present()) problems.add("repeated column for question " + number + ": " + name);
            f.column = col;
        }
        List<String> missing = new ArrayList<>();
        for (String f : FIELDS) {
            if (f.equals(CATEGORIES) ? !categories.present() : !fields.containsKey(f)) missing.add(f + " (" + platformNames(f) + ")");
        }
        for (int i = 0; i < questions.length; i++) {
            if (!questions[i].present()) missing.add(questionnaire.getQuestions().get(i).getNumber() + ". …");
        }
        if (!missing.isEmpty()) problems.add(0, "missing columns: " + String.join(", ", missing));
        if (!problems.isEmpty()) throw new SurveyFormatException(file, String.join("; ", problems));
        return new Columns(Layout.PLATFORM, names.size(), fields.get(RESPONDENT_ID), fields.get(CITY),
                fields.get(SUBMITTED_AT), categories, questions, ignored);
    }

    private static String fieldName(String header) {
        String key = header.toLowerCase(Locale.ROOT);
        if (FIELDS.contains(key)) return key;
        // a platform may number its own questions 调查对象 and 所在城市: "0. 调查对象", "所在城市："
        String bare = stripPrefix(key).replaceFirst("^\\d{1,4}\\s*[.．、:：)）]?\\s*", "").replaceAll("[\\s:：*＊]+$", "");
        return PLATFORM_NAMES.get(bare);
    }

    /** {@code 7. …}, {@code 第7题 …}, {@code Q7. …}: a number first (q7 alone is the plain layout). */
    private static boolean questionHeader(String name) {
        String s = stripPrefix(name);
        return !s.isEmpty() && Character.isDigit(s.charAt(0)) && !Q_COLUMN.matcher(name).matches();
    }

    private static String stripPrefix(String s) {
        return s.startsWith("第") ? s.substring(1).strip() : s.startsWith("Q") || s.startsWith("q") ? s.substring(1) : s;
    }

    private static String platformNames(String field) {
        List<String> names = new ArrayList<>();
        PLATFORM_NAMES.forEach((k, v) -> {
            if (v.equals(field) && !k.equals("id") && !k.equals("答卷id")) names.add(k);
        });
        names.sort(null);
        return String.join("/", names);
    }

    private static final String SEPARATORS = ":：-—_－";
    private static final String OPEN = "(（[【";
    private static final String CLOSE = ")）]】";

    /**
     * The option named at the end of an option column's header ({@code <question>:<option>}, {@code <question>—<option>},
     * {@code <question>(<option>)} …), or null. With {@code requiredStem}, the text before it must be that word.
     */
    private static String optionOf(String header, String requiredStem, List<String> options) {
        String h = header.strip();
        for (String option : options) {
            String stem = null;
            if (h.endsWith(option)) {
                String before = h.substring(0, h.length() - option.length()).strip();
                if (!before.isEmpty() && SEPARATORS.indexOf(before.charAt(before.length() - 1)) >= 0) {
                    stem = before.substring(0, before.length() - 1).strip();
                }
            } else if (!h.isEmpty() && CLOSE.indexOf(h.charAt(h.length() - 1)) >= 0) {
                String inner = h.substring(0, h.length() - 1).strip();
                if (inner.endsWith(option)) {
                    String before = inner.substring(0, inner.length() - option.length()).strip();
                    if (!before.isEmpty() && OPEN.indexOf(before.charAt(before.length() - 1)) >= 0) {
                        stem = before.substring(0, before.length() - 1).strip();
                    }
                }
            }
            if (stem == null) continue;
            if (requiredStem != null && !stripNumber(stem).equals(requiredStem)) continue;
            return option;
        }
        return null;
    }

    /** The header text before its option suffix. */
    private static String stem(String header, String option) {
        int at = header.lastIndexOf(option);
        return at <= 0 ? "" : header.substring(0, at);
    }

    private static String stripNumber(String s) {
        return s.replaceFirst("^\\d{1,4}\\s*[.．、:：)）]?\\s*", "");
    }

    /**
     * A platform header's text is the question's own text, possibly shortened or with other punctuation: compare
     * the first characters that are letters or digits. A header with no text after the number is accepted.
     */
    static boolean sameQuestion(String headerText, String questionText) {
        String a = letters(headerText);
        String b = letters(questionText == null ? "" : questionText);
        if (a.isEmpty() || b.isEmpty()) return true;
        int n = Math.min(12, Math.min(a.length(), b.length()));
        return a.regionMatches(0, b, 0, n);
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static Map<Integer, Integer> questionIndex(Questionnaire questionnaire) {
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < questionnaire.getQuestions().size(); i++) index.put(questionnaire.getQuestions().get(i).getNumber(), i);
        return index;
    }
}
