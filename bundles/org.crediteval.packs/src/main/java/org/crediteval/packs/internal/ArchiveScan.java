package org.crediteval.packs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crediteval.api.pack.PackDiagnostic;

/**
 * Reads every entry of a pack once, as actually inflated (a zip's declared sizes can lie), and reports:
 * <ul>
 * <li>errors that refuse the pack whatever its signature: too many entries, an entry or the whole pack inflating past
 * the limits or at a zip-bomb ratio, entry names that would leave the pack, duplicate names;</li>
 * <li>the reasons the pack is not plain data (classes, native code, an activator, DS components), which only a
 * signature by a trusted key can excuse.</li>
 * </ul>
 */
final class ArchiveScan {
    static final int MAX_ENTRIES = 10_000;
    /** Above the model limit (SchemeResources.MAX_BYTES, 16 MiB) so that an oversized model meets the XMI limit. */
    static final long MAX_ENTRY_BYTES = 32L << 20;
    static final long MAX_TOTAL_BYTES = 128L << 20;
    /** Inflated/compressed ratio above which an entry is taken for a zip bomb (text compresses ~5-20x). */
    static final long MAX_RATIO = 100;
    /** Small entries may compress very well (a run of spaces); the ratio applies above this size. */
    static final long RATIO_FLOOR_BYTES = 1L << 20;
    private static final int MAX_COMPONENT_XML = 1 << 20;

    /** Headers that make a bundle run code or carry it. */
    private static final List<String> CODE_HEADERS = List.of("Bundle-Activator", "Extension-Bundle-Activator",
            "Bundle-NativeCode", "Service-Component", "Fragment-Host");
    private static final List<String> CODE_SUFFIXES = List.of(".class", ".jar", ".so", ".dll", ".dylib", ".jnilib");

    record Result(List<PackDiagnostic> errors, List<String> code) {
        boolean isData() {
            return code.isEmpty();
        }
    }

    private ArchiveScan() {
    }

    static Result scan(PackArchive archive) throws IOException {
        List<PackDiagnostic> errors = new ArrayList<>();
        Set<String> code = new LinkedHashSet<>();
        Map<String, String> headers = archive.headers();
        for (String h : CODE_HEADERS) {
            String v = headers.get(h);
            if (v != null && !v.isBlank()) code.add(h + " header");
        }
        String classPath = headers.get("Bundle-ClassPath");
        if (classPath != null) {
            for (String element : classPath.split(",")) {
                String e = element.split(";", 2)[0].trim();
                if (!e.isEmpty() && !e.equals(".")) code.add("Bundle-ClassPath '" + e + "'");
            }
        }

        List<String> names = archive.names();
        if (names.size() > MAX_ENTRIES) {
            errors.add(PackLoader.error("archive", "the pack has " + names.size() + " entries; at most " + MAX_ENTRIES + " are allowed"));
            return new Result(errors, List.copyOf(code));
        }
        Set<String> seen = new HashSet<>();
        List<String> codeEntries = new ArrayList<>();
        long total = 0;
        for (String name : names) {
            String problem = EntryNames.problem(name);
            if (problem != null) {
                errors.add(PackLoader.error("archive", "entry '" + name + "' " + problem + " (path traversal)"));
                continue;
            }
            if (!seen.add(name)) {
                // two entries of one name: readers disagree on which one counts, a known way around signatures
                errors.add(PackLoader.error("archive", "entry '" + name + "' appears twice"));
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (CODE_SUFFIXES.stream().anyMatch(lower::endsWith)) codeEntries.add(name);
            boolean componentXml = lower.startsWith("osgi-inf/") && lower.endsWith(".xml");
            long size;
            byte[] head = null;
            try (InputStream in = archive.open(name)) {
                if (in == null) continue;
                if (componentXml) {
                    head = in.readNBytes(MAX_COMPONENT_XML);
                    size = head.length + count(in, MAX_ENTRY_BYTES - head.length);
                } else {
                    size = count(in, MAX_ENTRY_BYTES);
                }
            }
            if (size > MAX_ENTRY_BYTES) {
                errors.add(PackLoader.error("archive", "entry '" + name + "' inflates to more than " + mib(MAX_ENTRY_BYTES)
                        + " (zip bomb limit per entry)"));
                return new Result(errors, List.copyOf(code));
            }
            long compressed = archive.compressedSize(name);
            if (size > RATIO_FLOOR_BYTES && compressed > 0 && size / compressed > MAX_RATIO) {
                errors.add(PackLoader.error("archive", "entry '" + name + "' inflates " + size / compressed
                        + " times (" + compressed + " to " + size + " bytes); more than " + MAX_RATIO + " is taken for a zip bomb"));
                return new Result(errors, List.copyOf(code));
            }
            total += size;
            if (total > MAX_TOTAL_BYTES) {
                errors.add(PackLoader.error("archive", "the pack inflates to more than " + mib(MAX_TOTAL_BYTES)
                        + " in total (zip bomb limit)"));
                return new Result(errors, List.copyOf(code));
            }
            if (head != null && isComponent(head)) code.add("DS component description " + name);
        }
        if (!codeEntries.isEmpty()) {
            code.add("code entries (" + String.join(", ", codeEntries.subList(0, Math.min(3, codeEntries.size())))
                    + (codeEntries.size() > 3 ? ", … " + codeEntries.size() + " in all" : "") + ")");
        }
        return new Result(errors, List.copyOf(code));
    }

    /** Reads and discards up to {@code limit + 1} bytes; @return how many there were. */
    private static long count(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long n = 0;
        int r;
        while (n <= limit && (r = in.read(buffer)) >= 0) n += r;
        return n;
    }

    private static boolean isComponent(byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8);
        return text.contains("http://www.osgi.org/xmlns/scr") || text.contains("<component") || text.contains(":component");
    }

    private static String mib(long bytes) {
        return (bytes >> 20) + " MiB";
    }
}
