package org.crediteval.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** File-extension handling for picking an importer: the service property and the matching of file names. */
final class Extensions {
    private Extensions() {
    }

    /**
     * Reads a {@code crediteval.extensions} (or {@code crediteval.format}) property: a string (commas allowed),
     * a string array or a collection; values are trimmed, lower-cased and lose a leading dot.
     */
    static List<String> parse(Object property) {
        List<String> raw = new ArrayList<>();
        if (property instanceof String s) {
            raw.addAll(List.of(s.split(",")));
        } else if (property instanceof String[] array) {
            raw.addAll(List.of(array));
        } else if (property instanceof Collection<?> collection) {
            collection.forEach(o -> raw.add(String.valueOf(o)));
        }
        List<String> result = new ArrayList<>();
        for (String value : raw) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (v.startsWith(".")) v = v.substring(1);
            if (!v.isEmpty() && !result.contains(v)) result.add(v);
        }
        return result;
    }

    /** The longest known extension the file name ends with ({@code x.csv.gz} prefers {@code csv.gz} to {@code gz}). */
    static <T> Optional<T> match(Path file, Map<String, T> byExtension) {
        Path name = file.getFileName();
        if (name == null) return Optional.empty();
        String lower = name.toString().toLowerCase(Locale.ROOT);
        String best = null;
        for (String extension : byExtension.keySet()) {
            if (lower.endsWith("." + extension) && lower.length() > extension.length() + 1
                    && (best == null || extension.length() > best.length())) {
                best = extension;
            }
        }
        return Optional.ofNullable(best).map(byExtension::get);
    }

    /** {@code .csv, .xlsx} for messages. */
    static String list(Collection<String> extensions) {
        return extensions.isEmpty() ? "(none installed)"
                : extensions.stream().sorted().map(e -> "." + e).collect(Collectors.joining(", "));
    }
}
