package org.crediteval.packs.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Version;

/**
 * Just enough of the OSGi manifest header grammar to read {@code Provide-Capability} and
 * {@code Require-Capability} of a jar that is not installed: clauses, attributes with an optional type,
 * directives, quoted values. The framework does this for installed bundles.
 */
final class Headers {
    record Clause(String namespace, Map<String, Object> attributes, Map<String, String> directives) {
    }

    private Headers() {
    }

    static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null) return clauses;
        for (String clauseText : split(header, ',')) {
            if (clauseText.isBlank()) continue;
            List<String> parts = split(clauseText, ';');
            String namespace = parts.get(0).trim();
            Map<String, Object> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : parts.subList(1, parts.size())) {
                int eq = part.indexOf('=');
                if (eq < 0) continue;
                boolean directive = eq > 0 && part.charAt(eq - 1) == ':';
                String key = part.substring(0, directive ? eq - 1 : eq).trim();
                String value = unquote(part.substring(eq + 1).trim());
                if (directive) {
                    directives.put(key, value);
                    continue;
                }
                int colon = key.indexOf(':');
                String type = colon < 0 ? "String" : key.substring(colon + 1).trim();
                String name = colon < 0 ? key : key.substring(0, colon).trim();
                attributes.put(name, typed(type, value));
            }
            clauses.add(new Clause(namespace, attributes, directives));
        }
        return clauses;
    }

    private static Object typed(String type, String value) {
        try {
            return switch (type) {
                case "Version" -> Version.parseVersion(value);
                case "Long" -> Long.valueOf(value.trim());
                case "Double" -> Double.valueOf(value.trim());
                default -> value; // String and List<...>: kept as text, the pack checks do not need them
            };
        } catch (IllegalArgumentException e) {
            return value; // reported by the pack checks as a bad value
        }
    }

    /** Splits at the separator outside double quotes; a backslash escapes the next character inside quotes. */
    private static List<String> split(String s, char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\' && i + 1 < s.length()) {
                current.append(c).append(s.charAt(++i));
                continue;
            }
            if (c == '"') quoted = !quoted;
            if (c == separator && !quoted) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }

    private static String unquote(String v) {
        if (v.length() < 2 || v.charAt(0) != '"' || v.charAt(v.length() - 1) != '"') return v;
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < v.length() - 1; i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length() - 1) c = v.charAt(++i);
            b.append(c);
        }
        return b.toString();
    }
}
