package org.crediteval.packs.internal;

/** Entry paths inside a pack must stay inside it: the model attribute and jar entries are checked with this. */
final class EntryNames {
    private EntryNames() {
    }

    /** @return why the path is unsafe, or null when it is a plain relative path */
    static String problem(String path) {
        if (path.isEmpty()) return "is empty";
        if (path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf(':') >= 0) {
            return "must be a relative path with '/' separators";
        }
        if (path.indexOf('\0') >= 0) return "contains a NUL character";
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) return "leaves the pack ('..')";
        }
        return null;
    }
}
