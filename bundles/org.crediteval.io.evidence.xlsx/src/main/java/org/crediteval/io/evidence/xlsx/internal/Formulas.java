package org.crediteval.io.evidence.xlsx.internal;

/** OWASP formula injection: text a spreadsheet could take for a formula when a person edits or re-saves the cell. */
final class Formulas {
    private Formulas() {
    }

    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) return false;
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }
}
