package org.crediteval.model.io;

import java.io.IOException;

/**
 * A scheme document could not be read: malformed, refused by a safety limit, not valid against the
 * metamodel, or not a {@code Scheme}. The message starts with {@code name:line:column:} when the
 * position is known, so tools and people can find the spot.
 */
public class SchemeLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final int line;
    private final int column;
    private final String detail;

    /** @param line 1-based, or 0 when unknown; @param column 1-based, or 0 when unknown */
    public SchemeLoadException(String name, int line, int column, String detail, Throwable cause) {
        super(format(name, line, column, detail), cause);
        this.name = name;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.detail = detail;
    }

    public SchemeLoadException(String name, String detail, Throwable cause) {
        this(name, 0, 0, detail, cause);
    }

    /** The document's name as given to the loader (a file path or URL). */
    public String getName() {
        return name;
    }

    /** 1-based line of the first problem, 0 when unknown. */
    public int getLine() {
        return line;
    }

    /** 1-based column of the first problem, 0 when unknown. */
    public int getColumn() {
        return column;
    }

    /** The message without the position prefix. */
    public String getDetail() {
        return detail;
    }

    static String format(String name, int line, int column, String detail) {
        StringBuilder sb = new StringBuilder(name);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(detail).toString();
    }
}
