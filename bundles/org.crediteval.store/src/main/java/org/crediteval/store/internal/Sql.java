package org.crediteval.store.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** How values are written to the database: exact decimals as plain text, times as ISO-8601 UTC, id lists joined by newlines. */
final class Sql {
    private Sql() {
    }

    /** Exact and readable; a negative scale (1E+1, which the engine never makes) comes back as the same number with scale 0. */
    static String decimal(BigDecimal d) {
        return d.toPlainString();
    }

    static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    static String time(Instant t) {
        return t.toString();
    }

    static Instant time(String s) {
        return s == null ? null : Instant.parse(s);
    }

    /** Ids (fact ids) never hold a newline; an empty list is NULL so that it stays apart from a list of one empty id. */
    static String ids(List<String> ids) {
        if (ids.isEmpty()) return null;
        for (String id : ids)
            if (id.indexOf('\n') >= 0) throw new IllegalArgumentException("id with a line break: " + id);
        return String.join("\n", ids);
    }

    static List<String> ids(String joined) {
        return joined == null ? List.of() : List.of(joined.split("\n", -1));
    }
}
