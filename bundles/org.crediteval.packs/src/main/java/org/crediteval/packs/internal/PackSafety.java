package org.crediteval.packs.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.crediteval.api.pack.PackDiagnostic;

/**
 * The safety gate every pack passes before its model is read: archive limits, then "data only, or signed by a
 * trusted key".
 */
final class PackSafety {
    @FunctionalInterface
    interface JarFileSupplier {
        /** The pack as a jar file and whether the caller must delete it after. */
        Path get() throws IOException;
    }

    private PackSafety() {
    }

    /**
     * @param jarFile    the pack as a jar file on disk, asked for only when the pack carries code
     * @param temporary  delete that file after the check
     * @param properties framework properties (the trust store configuration)
     * @return errors; empty when the pack may be loaded
     */
    static List<PackDiagnostic> check(PackArchive archive, JarFileSupplier jarFile, boolean temporary,
            UnaryOperator<String> properties) {
        List<PackDiagnostic> out = new ArrayList<>();
        ArchiveScan.Result scan;
        try {
            scan = ArchiveScan.scan(archive);
        } catch (IOException | RuntimeException e) {
            out.add(PackLoader.error("archive", "cannot read the pack: " + e.getMessage()));
            return out;
        }
        out.addAll(scan.errors());
        if (!out.isEmpty() || scan.isData()) return out;

        String what = "the pack is not plain data (" + String.join("; ", scan.code()) + ")";
        TrustStore trust;
        try {
            trust = TrustStore.load(properties);
        } catch (IOException e) {
            out.add(PackLoader.error("security", what + " and " + e.getMessage()));
            return out;
        }
        if (trust == null) {
            out.add(PackLoader.error("security", what + " and no trust store is configured (" + TrustStore.PATH
                    + "), so code in a pack is never accepted"));
            return out;
        }
        Path jar = null;
        try {
            jar = jarFile.get();
            List<String> problems = JarSignatures.verify(jar, trust);
            if (!problems.isEmpty()) {
                out.add(PackLoader.error("security", what + " and is not signed throughout by a key of the trust store "
                        + trust.path() + ": " + String.join("; ", problems)));
            }
        } catch (IOException e) {
            out.add(PackLoader.error("security", what + " and its signature cannot be checked: " + e.getMessage()));
        } finally {
            if (temporary && jar != null) {
                try {
                    java.nio.file.Files.deleteIfExists(jar);
                } catch (IOException ignored) {
                    // a temp file left behind; the OS cleans it
                }
            }
        }
        return out;
    }
}
