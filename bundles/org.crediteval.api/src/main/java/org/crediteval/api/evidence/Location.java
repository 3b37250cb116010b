package org.crediteval.api.evidence;

/**
 * Where a value was read: a file and a line (CSV, 1-based, the header is line 1) or a cell reference (XLSX, e.g.
 * {@code '4 公共信用信息共享'!D7}).
 */
public record Location(String file, long line, String cell) {
    public static Location line(String file, long line) {
        return new Location(file, line, null);
    }

    public static Location cell(String file, String cell) {
        return new Location(file, 0, cell);
    }

    @Override
    public String toString() {
        if (cell != null) return file + " " + cell;
        return line > 0 ? file + ":" + line : file;
    }
}
