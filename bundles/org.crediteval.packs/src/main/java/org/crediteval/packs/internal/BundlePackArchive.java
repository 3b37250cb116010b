package org.crediteval.packs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.osgi.framework.Bundle;

/**
 * An installed pack bundle, read through the framework ({@code getEntry}, never the class path). The framework
 * keeps the jar's bytes as they were, so a copy rebuilt from the entries verifies like the original jar.
 */
final class BundlePackArchive implements PackArchive {
    private final Bundle bundle;

    BundlePackArchive(Bundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public String origin() {
        return PackExtender.origin(bundle);
    }

    @Override
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        // "" = raw values, no localization lookups in the bundle
        Dictionary<String, String> d = bundle.getHeaders("");
        for (Enumeration<String> keys = d.keys(); keys.hasMoreElements();) {
            String k = keys.nextElement();
            headers.put(k, d.get(k));
        }
        return headers;
    }

    @Override
    public List<String> names() {
        List<String> names = new ArrayList<>();
        Enumeration<URL> found = bundle.findEntries("/", "*", true);
        for (URL url : found == null ? Collections.<URL>emptyList() : Collections.list(found)) {
            String path = url.getPath();
            if (path.startsWith("/")) path = path.substring(1);
            if (!path.isEmpty() && !path.endsWith("/")) names.add(path);
        }
        return names;
    }

    @Override
    public InputStream open(String name) throws IOException {
        URL url = bundle.getEntry(name);
        return url == null ? null : url.openStream();
    }

    @Override
    public long compressedSize(String name) {
        return -1;
    }

    /**
     * The bundle's entries as a jar file, manifest first and byte for byte, so that JarFile can verify the signature.
     * Call only after {@link ArchiveScan} passed: the sizes are bounded then.
     */
    Path copyToTempJar() throws IOException {
        Path jar = Files.createTempFile("crediteval-pack-", ".jar");
        List<String> names = new ArrayList<>(names());
        names.remove(JarNames.MANIFEST);
        // the manifest and the signature files lead, as jar tools write them
        names.sort((a, b) -> Boolean.compare(!a.toUpperCase().startsWith("META-INF/"), !b.toUpperCase().startsWith("META-INF/")));
        names.add(0, JarNames.MANIFEST);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String name : names) {
                try (InputStream in = open(name)) {
                    if (in == null) continue;
                    zip.putNextEntry(new ZipEntry(name));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(jar);
            throw e;
        }
        return jar;
    }
}
