package org.crediteval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * The batch CLI's folder of extra rule packs: every {@code *.jar} in it is installed into the running framework
 * before the command runs, beside the packs sealed into the launcher jar, so that another pack or another version
 * of a shipped pack ({@code --pack gd-2017@1.1.0}) can be used without rebuilding anything. The extender checks
 * these packs like any pack installed at run time (archive limits, data only or trusted signature, model, golden
 * cases); a refused one is named on stderr with its reason and the command goes on without it.
 * <p>
 * The folder: {@code $CREDIT_EVAL_PACKS}, else {@code $XDG_DATA_HOME/credit-eval/packs}, else
 * {@code ~/.local/share/credit-eval/packs}. A folder that does not exist means no extra packs.
 */
final class PacksFolder {
    static final String ENVIRONMENT = "CREDIT_EVAL_PACKS";

    private final Set<Long> installed = new HashSet<>();

    /** The folder named by the environment (or the default), whether or not it exists. */
    static Path folder(Map<String, String> environment) {
        String named = environment.get(ENVIRONMENT);
        if (named != null && !named.isBlank()) return Path.of(named);
        String data = environment.get("XDG_DATA_HOME");
        Path base = data != null && !data.isBlank() ? Path.of(data)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("credit-eval").resolve("packs");
    }

    /** The folder's jars, by name; none when it does not exist. */
    static List<Path> jars(Path folder) throws IOException {
        List<Path> jars = new ArrayList<>();
        if (!Files.isDirectory(folder)) return jars;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path jar : entries) if (Files.isRegularFile(jar)) jars.add(jar);
        }
        jars.sort(null);
        return jars;
    }

    /**
     * Installs every jar of the folder (a jar that is no bundle, or a second copy of an installed bundle, is named
     * on stderr and left out). Packs are data: installing resolves them and the extender takes it from there.
     */
    void install(BundleContext context, Path folder, PrintWriter err) {
        List<Path> jars;
        try {
            jars = jars(folder);
        } catch (IOException e) {
            err.println(ExitCodes.PREFIX + "cannot read the packs folder " + folder + ": " + e.getMessage());
            return;
        }
        for (Path jar : jars) {
            try {
                Bundle bundle = context.installBundle(jar.toUri().toString());
                installed.add(bundle.getBundleId());
                bundle.start(); // a data bundle: starting only makes sure it resolves now
            } catch (BundleException | SecurityException | IllegalStateException e) {
                err.println(ExitCodes.PREFIX + "pack jar " + jar + " not installed: " + e.getMessage());
            }
        }
        err.flush();
    }

    /** Whether the bundle came from the packs folder. */
    boolean installedHere(long bundleId) {
        return installed.contains(bundleId);
    }

    boolean isEmpty() {
        return installed.isEmpty();
    }
}
