package org.crediteval.packs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipException;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.PackDiagnostic.Severity;
import org.osgi.framework.Version;
import org.osgi.namespace.extender.ExtenderNamespace;

/**
 * Checks a pack jar without installing it: the same safety gate, loading and validation the extender applies,
 * read straight from the zip. The jar may come from anywhere, so it is read with limits (ArchiveScan): entry count,
 * entry and total sizes as actually inflated, zip-bomb ratio, entry names that would leave the jar; code in the jar
 * needs a signature by a trusted key.
 */
final class JarPackValidator {
    private JarPackValidator() {
    }

    static List<PackDiagnostic> validate(Path jar, UnaryOperator<String> properties) {
        return validate(jar, properties, (pack, archive) -> {
        });
    }

    /**
     * @param onValid called for every pack of the jar that passed, while the jar is still open (the verifier runs
     *                its golden cases from it)
     */
    static List<PackDiagnostic> validate(Path jar, UnaryOperator<String> properties, BiConsumer<LoadedPack, ZipPackArchive> onValid) {
        List<PackDiagnostic> out = new ArrayList<>();
        if (!Files.isRegularFile(jar)) {
            out.add(error("jar", "no such file: " + jar));
            return out;
        }
        try (ZipPackArchive archive = new ZipPackArchive(jar)) {
            Manifest manifest = archive.manifest();
            if (manifest == null) {
                out.add(error("manifest", "the jar has no META-INF/MANIFEST.MF"));
                // still scanned: the limits and names are worth reporting too
            }
            out.addAll(PackSafety.check(archive, () -> jar, false, properties));
            if (manifest == null || out.stream().anyMatch(d -> d.severity() == Severity.ERROR)) return out;
            validate(jar, archive, manifest.getMainAttributes(), out, onValid);
        } catch (ZipException e) {
            out.add(error("jar", "not a jar: " + e.getMessage()));
        } catch (IOException e) {
            out.add(error("jar", "cannot read " + jar + ": " + e.getMessage()));
        }
        return out;
    }

    private static void validate(Path jar, ZipPackArchive archive, Attributes main, List<PackDiagnostic> out,
            BiConsumer<LoadedPack, ZipPackArchive> onValid) {
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
        boolean manifestOk = out.stream().noneMatch(d -> d.severity() == Severity.ERROR);
        String origin = (bsn == null ? jar.getFileName().toString() : bsn) + " " + (bundleVersion == null ? "" : bundleVersion);
        for (Headers.Clause capability : capabilities) {
            PackLoader.Result result = PackLoader.load(new PackSource(origin, capability.attributes(), bundleVersion,
                    path -> open(archive, path)));
            out.addAll(result.diagnostics());
            if (manifestOk && result.pack() != null) onValid.accept(result.pack(), archive);
        }
    }

    private static InputStream open(ZipPackArchive archive, String path) throws IOException {
        // streamed: ArchiveScan has bounded every entry already, and the XMI loader applies its own size limit
        return archive.open(path);
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static PackDiagnostic error(String element, String message) {
        return PackLoader.error(element, message);
    }
}
