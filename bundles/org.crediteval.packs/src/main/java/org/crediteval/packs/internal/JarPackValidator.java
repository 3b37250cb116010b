package org.crediteval.packs.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.PackDiagnostic.Severity;
import org.osgi.framework.Version;
import org.osgi.namespace.extender.ExtenderNamespace;

/**
 * Checks a pack jar without installing it: the same loading and validation the extender does, read straight from
 * the zip. The jar may come from anywhere, so it is read with limits: entry count, entry sizes as actually
 * inflated (the sizes a zip declares can lie), and entry names that would leave the jar.
 */
final class JarPackValidator {
    static final int MAX_ENTRIES = 10_000;
    static final int MAX_MANIFEST_BYTES = 1 << 20;
    static final int MAX_MODEL_BYTES = 16 << 20;

    private JarPackValidator() {
    }

    static List<PackDiagnostic> validate(Path jar) {
        List<PackDiagnostic> out = new ArrayList<>();
        if (!Files.isRegularFile(jar)) {
            out.add(error("jar", "no such file: " + jar));
            return out;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                out.add(error("jar", "the jar has " + zip.size() + " entries; a pack may have at most " + MAX_ENTRIES));
                return out;
            }
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                String name = e.nextElement().getName();
                String problem = EntryNames.problem(name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
                if (problem != null) out.add(error("jar", "entry '" + name + "' " + problem));
            }
            ZipEntry manifestEntry = zip.getEntry("META-INF/MANIFEST.MF");
            if (manifestEntry == null) {
                out.add(error("manifest", "the jar has no META-INF/MANIFEST.MF"));
                return out;
            }
            Manifest manifest = new Manifest(new ByteArrayInputStream(read(zip, manifestEntry, MAX_MANIFEST_BYTES)));
            validate(jar, zip, manifest.getMainAttributes(), out);
        } catch (ZipException e) {
            out.add(error("jar", "not a jar: " + e.getMessage()));
        } catch (IOException e) {
            out.add(error("jar", "cannot read " + jar + ": " + e.getMessage()));
        }
        return out;
    }

    private static void validate(Path jar, ZipFile zip, Attributes main, List<PackDiagnostic> out) {
        String bsn = main.getValue("Bundle-SymbolicName");
        if (bsn == null || bsn.isBlank()) {
            out.add(error("manifest", "no Bundle-SymbolicName: the jar is not an OSGi bundle"));
        } else {
            bsn = bsn.split(";", 2)[0].trim();
        }
        if (!"2".equals(trim(main.getValue("Bundle-ManifestVersion")))) {
            out.add(error("manifest", "Bundle-ManifestVersion must be 2, or the framework ignores Provide-Capability"));
        }
        Version bundleVersion;
        try {
            String v = trim(main.getValue("Bundle-Version"));
            bundleVersion = v == null ? Version.emptyVersion : Version.parseVersion(v);
        } catch (IllegalArgumentException e) {
            out.add(error("manifest", "Bundle-Version '" + main.getValue("Bundle-Version") + "' is not an OSGi version"));
            bundleVersion = null;
        }

        List<Headers.Clause> capabilities = Headers.parse(main.getValue("Provide-Capability")).stream()
                .filter(c -> c.namespace().equals(PackLoader.NAMESPACE)).toList();
        if (capabilities.isEmpty()) {
            out.add(error("manifest", "no Provide-Capability: " + PackLoader.NAMESPACE + ";" + PackLoader.NAMESPACE
                    + "=<id>;version:Version=<version>;model=<path> — the jar is not a rule pack"));
            return;
        }
        boolean requiresExtender = Headers.parse(main.getValue("Require-Capability")).stream()
                .anyMatch(c -> c.namespace().equals(ExtenderNamespace.EXTENDER_NAMESPACE)
                        && String.valueOf(c.directives().get("filter")).contains(PackExtender.EXTENDER_NAME));
        if (!requiresExtender) {
            out.add(new PackDiagnostic(Severity.WARNING, "manifest", "no Require-Capability on the osgi.extender "
                    + PackExtender.EXTENDER_NAME + ": the resolver will not bring the pack extender along"));
        }
        String origin = (bsn == null ? jar.getFileName().toString() : bsn) + " " + (bundleVersion == null ? "" : bundleVersion);
        for (Headers.Clause capability : capabilities) {
            out.addAll(PackLoader.load(new PackSource(origin, capability.attributes(), bundleVersion,
                    path -> open(zip, path))).diagnostics());
        }
    }

    private static InputStream open(ZipFile zip, String path) throws IOException {
        ZipEntry entry = zip.getEntry(path);
        if (entry == null || entry.isDirectory()) return null;
        return new ByteArrayInputStream(read(zip, entry, MAX_MODEL_BYTES));
    }

    private static byte[] read(ZipFile zip, ZipEntry entry, int max) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new IOException("entry '" + entry.getName() + "' inflates to more than " + max + " bytes");
            }
            return bytes;
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static PackDiagnostic error(String element, String message) {
        return PackLoader.error(element, message);
    }
}
