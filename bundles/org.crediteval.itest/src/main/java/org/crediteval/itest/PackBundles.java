package org.crediteval.itest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/** Test helpers around pack bundles: finding the installed ones, making new pack jars, waiting. */
final class PackBundles {
    static final String NAMESPACE = "crediteval.rulepack";
    /** Bundles the tests install themselves get locations under this prefix, so they are never taken for the real packs. */
    static final String TEST_LOCATION = "itest:";
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** One pack capability of an installed bundle. */
    record Pack(Bundle bundle, String id, Version version, String model) {
        String spec() {
            return id + "@" + version;
        }
    }

    private PackBundles() {
    }

    /** The packs of the run (not those the tests install), ordered by id and version. */
    static List<Pack> installedPacks(BundleContext context) {
        List<Pack> packs = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getLocation().startsWith(TEST_LOCATION)) continue;
            BundleRevision revision = b.adapt(BundleRevision.class);
            if (revision == null) continue;
            for (BundleCapability c : revision.getDeclaredCapabilities(NAMESPACE)) {
                Map<String, Object> a = c.getAttributes();
                packs.add(new Pack(b, String.valueOf(a.get(NAMESPACE)), Version.parseVersion(String.valueOf(a.get("version"))),
                        String.valueOf(a.get("model"))));
            }
        }
        packs.sort(Comparator.comparing(Pack::id).thenComparing(Pack::version));
        return packs;
    }

    static Pack installedPack(BundleContext context, String id) {
        return installedPacks(context).stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle in the run provides the pack " + id));
    }

    static byte[] entry(Bundle bundle, String path) throws IOException {
        URL url = bundle.getEntry(path);
        if (url == null) throw new AssertionError(bundle.getSymbolicName() + " has no entry " + path);
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }

    /** The manifest headers of a pack bundle as the conventions write them. */
    static Map<String, String> packHeaders(String bsn, String bundleVersion, String id, String capabilityVersion, String model) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Bundle-ManifestVersion", "2");
        h.put("Bundle-SymbolicName", bsn);
        h.put("Bundle-Version", bundleVersion);
        h.put("Provide-Capability", NAMESPACE + ";" + NAMESPACE + "=" + id + ";version:Version=\"" + capabilityVersion
                + "\";model=\"" + model + "\"");
        h.put("Require-Capability", "osgi.extender;filter:=\"(&(osgi.extender=crediteval.rulepack)(version>=1.0)(!(version>=2.0)))\"");
        return h;
    }

    /** A jar made here and now: the manifest headers given, then the entries (path → bytes) in order. */
    static byte[] jar(Map<String, String> headers, Map<String, byte[]> entries) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((k, v) -> main.put(new Attributes.Name(k), v));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(e.getKey()));
                jar.write(e.getValue());
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static final Pattern ROOT_TAG = Pattern.compile("<(?![?!])[^>]*>", Pattern.DOTALL);

    /**
     * The XMI with one attribute of its root element (the Scheme) changed, e.g. {@code version} or {@code nameZh}.
     * Only the root tag is touched; {@code xmi:version} is a different attribute and stays.
     */
    static byte[] withRootAttribute(byte[] xmi, String attribute, String value) {
        String text = new String(xmi, StandardCharsets.UTF_8);
        Matcher root = ROOT_TAG.matcher(text);
        if (!root.find()) throw new AssertionError("no root element in the XMI");
        String tag = root.group();
        Matcher attr = Pattern.compile("(\\s)" + Pattern.quote(attribute) + "=\"[^\"]*\"").matcher(tag);
        if (!attr.find()) throw new AssertionError("the root element has no " + attribute + " attribute: " + tag);
        String newTag = attr.replaceFirst("$1" + attribute + "=\"" + Matcher.quoteReplacement(value) + "\"");
        return (text.substring(0, root.start()) + newTag + text.substring(root.end())).getBytes(StandardCharsets.UTF_8);
    }

    /** Polls until the condition holds; services come and go asynchronously on some frameworks. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what);
            Thread.sleep(20);
        }
    }
}
