package org.crediteval.packs.verify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The golden-case comparison of docs/conventions.md: the actual result must contain what expected.json says.
 * <ul>
 * <li>objects: every expected field must be present and match; other actual fields are ignored;</li>
 * <li>numbers: exact decimals ({@code 1.50} = {@code 1.5});</li>
 * <li>arrays of objects with an {@code id} (else {@code subject}) field: each expected element is looked up in
 * the actual array by that key; the actual array may hold more;</li>
 * <li>{@code missing}: exactly the expected list, same order;</li>
 * <li>{@code warnings}: as many as expected, each expected string a substring of a different actual one;</li>
 * <li>other arrays and scalars: equal.</li>
 * </ul>
 * A top-level {@code comment} in the expected object is ignored. All mismatches are collected, each with its path.
 */
public final class SubsetMatch {
    private final List<String> mismatches = new ArrayList<>();

    private SubsetMatch() {
    }

    /** @return one line per mismatch, {@code path: expected …, actual …}; empty when the result matches */
    public static List<String> match(Object expected, Object actual) {
        SubsetMatch m = new SubsetMatch();
        if (expected instanceof Map<?, ?> top && top.containsKey("comment")) {
            Map<Object, Object> copy = new java.util.LinkedHashMap<>(top);
            copy.remove("comment");
            expected = copy;
        }
        m.value("$", expected, actual);
        return m.mismatches;
    }

    private void value(String path, Object exp, Object act) {
        if (exp == null) {
            if (act != null) fail(path, "null", JsonValues.show(act));
        } else if (exp instanceof Map<?, ?> e) {
            if (act instanceof Map<?, ?> a) object(path, e, a);
            else fail(path, "an object", JsonValues.show(act));
        } else if (exp instanceof List<?> e) {
            if (act instanceof List<?> a) array(path, e, a);
            else fail(path, "an array " + JsonValues.show(exp), JsonValues.show(act));
        } else if (exp instanceof BigDecimal e) {
            if (!(act instanceof BigDecimal a) || e.compareTo(a) != 0) fail(path, JsonValues.show(exp), JsonValues.show(act));
        } else if (!exp.equals(act)) {
            fail(path, JsonValues.show(exp), JsonValues.show(act));
        }
    }

    private void object(String path, Map<?, ?> exp, Map<?, ?> act) {
        for (Map.Entry<?, ?> field : exp.entrySet()) {
            String name = String.valueOf(field.getKey());
            String at = path + "." + name;
            if (!act.containsKey(name)) {
                fail(at, JsonValues.show(field.getValue()), "no such field");
                continue;
            }
            Object a = act.get(name);
            if (name.equals("missing") && field.getValue() instanceof List<?> e && a instanceof List<?> l) {
                // exact: same ids, same order (the order of Scheme.facts)
                if (!sameScalars(e, l)) fail(at, JsonValues.show(e), JsonValues.show(l));
            } else if (name.equals("warnings") && field.getValue() instanceof List<?> e && a instanceof List<?> l) {
                warnings(at, e, l);
            } else {
                value(at, field.getValue(), a);
            }
        }
    }

    private void array(String path, List<?> exp, List<?> act) {
        String key = keyOf(exp);
        if (key == null) {
            if (exp.size() != act.size()) {
                fail(path, exp.size() + " element(s) " + JsonValues.show(exp), act.size() + " element(s) " + JsonValues.show(act));
                return;
            }
            for (int i = 0; i < exp.size(); i++) value(path + "[" + i + "]", exp.get(i), act.get(i));
            return;
        }
        for (Object o : exp) {
            Object id = ((Map<?, ?>) o).get(key);
            String at = path + "[" + key + "=" + (id instanceof String s ? s : JsonValues.show(id)) + "]";
            Object found = null;
            for (Object candidate : act) {
                if (candidate instanceof Map<?, ?> m && m.containsKey(key) && sameScalar(id, m.get(key))) {
                    found = candidate;
                    break;
                }
            }
            if (found == null) fail(at, "an element with " + key + " " + JsonValues.show(id), "none among " + keys(act, key));
            else value(at, o, found);
        }
    }

    /** {@code id}, else {@code subject}, when every expected element is an object that has it. */
    private static String keyOf(List<?> exp) {
        if (exp.isEmpty()) return null;
        for (String key : new String[] {"id", "subject"}) {
            if (exp.stream().allMatch(o -> o instanceof Map<?, ?> m && m.get(key) != null)) return key;
        }
        return null;
    }

    private void warnings(String path, List<?> exp, List<?> act) {
        if (exp.size() != act.size()) {
            fail(path, exp.size() + " warning(s) " + JsonValues.show(exp), act.size() + " warning(s) " + JsonValues.show(act));
            return;
        }
        // each expected text needs its own actual warning: a bipartite matching (Kuhn), the lists are short
        int[] owner = new int[act.size()];
        Arrays.fill(owner, -1);
        for (int e = 0; e < exp.size(); e++) {
            if (!assign(e, exp, act, owner, new boolean[act.size()])) {
                fail(path, "a warning containing " + JsonValues.show(exp.get(e)) + " (each expected text in a different warning)",
                        JsonValues.show(act));
            }
        }
    }

    private static boolean assign(int e, List<?> exp, List<?> act, int[] owner, boolean[] seen) {
        for (int a = 0; a < act.size(); a++) {
            if (seen[a] || !(act.get(a) instanceof String text) || !(exp.get(e) instanceof String part) || !text.contains(part)) {
                continue;
            }
            seen[a] = true;
            if (owner[a] < 0 || assign(owner[a], exp, act, owner, seen)) {
                owner[a] = e;
                return true;
            }
        }
        return false;
    }

    private static boolean sameScalars(List<?> exp, List<?> act) {
        if (exp.size() != act.size()) return false;
        for (int i = 0; i < exp.size(); i++) {
            if (!sameScalar(exp.get(i), act.get(i))) return false;
        }
        return true;
    }

    private static boolean sameScalar(Object e, Object a) {
        if (e instanceof BigDecimal x && a instanceof BigDecimal y) return x.compareTo(y) == 0;
        return e == null ? a == null : e.equals(a);
    }

    private static String keys(List<?> act, String key) {
        List<String> ids = new ArrayList<>();
        for (Object o : act) {
            if (o instanceof Map<?, ?> m) ids.add(JsonValues.show(m.get(key)));
        }
        return ids.toString();
    }

    private void fail(String path, String expected, String actual) {
        mismatches.add(path + ": expected " + expected + ", actual " + actual);
    }
}
