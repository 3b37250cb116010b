package org.crediteval.packs.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** A pack jar on disk. Open while the checks run; close it after. */
final class ZipPackArchive implements PackArchive, AutoCloseable {
    static final int MAX_MANIFEST_BYTES = 1 << 20;

    private final Path jar;
    private final ZipFile zip;

    ZipPackArchive(Path jar) throws IOException {
        this.jar = jar;
        this.zip = new ZipFile(jar.toFile());
    }

    ZipFile zip() {
        return zip;
    }

    Path path() {
        return jar;
    }

    @Override
    public String origin() {
        return jar.getFileName().toString();
    }

    /** @return null when the jar has no manifest */
    Manifest manifest() throws IOException {
        ZipEntry entry = zip.getEntry(JarNames.MANIFEST);
        if (entry == null) return null;
        return new Manifest(new ByteArrayInputStream(read(entry, MAX_MANIFEST_BYTES)));
    }

    @Override
    public Map<String, String> headers() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        Manifest m = manifest();
        if (m != null) {
            for (Map.Entry<Object, Object> e : m.getMainAttributes().entrySet()) {
                headers.put(((Attributes.Name) e.getKey()).toString(), String.valueOf(e.getValue()));
            }
        }
        return headers;
    }

    @Override
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
            ZipEntry entry = e.nextElement();
            if (!entry.isDirectory()) names.add(entry.getName());
        }
        return names;
    }

    @Override
    public InputStream open(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        return entry == null || entry.isDirectory() ? null : zip.getInputStream(entry);
    }

    @Override
    public long compressedSize(String name) {
        ZipEntry entry = zip.getEntry(name);
        return entry == null ? -1 : entry.getCompressedSize();
    }

    /** The entry's bytes, refusing one that inflates past {@code max} (its declared size may lie). */
    byte[] read(ZipEntry entry, int max) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new IOException("entry '" + entry.getName() + "' inflates to more than " + max + " bytes");
            }
            return bytes;
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
