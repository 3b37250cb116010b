package org.crediteval.api.survey;

/**
 * A file that cannot be read as a survey at all: not this format (not CSV, not an XLSX workbook), not UTF-8, no
 * header, broken CSV quoting, missing, unknown or repeated columns. A caller reports it and writes nothing (exit 2).
 * Problems of single rows are never this exception: they make the row invalid and are reported with it.
 */
public class SurveyFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;

    public SurveyFormatException(String file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public SurveyFormatException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    /** The file as the caller named it. */
    public String file() {
        return file;
    }
}
