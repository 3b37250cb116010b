package org.crediteval.itest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Hostile pack jars, made here: models that attack the XML parser, archives that attack the reader, code. */
final class HostilePacks {
    static final String XMI_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    static final String SCHEME_OPEN = "<scheme:Scheme xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:scheme=\"http://crediteval.org/model/scheme/1.0\""
            + " id=\"%s\" version=\"1.0.0\" nameZh=\"%s\" baseMax=\"1\" bonusMax=\"0\">\n";

    /** Writes an entry's content; called twice for a stored entry (once for the CRC, once for real). */
    @FunctionalInterface
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    record Entry(String name, Content content, boolean stored) {
        static Entry of(String name, byte[] bytes) {
            return new Entry(name, out -> out.write(bytes), false);
        }
    }

    private HostilePacks() {
    }

    static String model(String id) {
        return "model/" + id + ".xmi";
    }

    /** The pack manifest of docs/conventions.md for a pack of that id, version 1.0.0. */
    static Map<String, String> headers(String id) {
        return PackBundles.packHeaders("itest.hostile." + id, "1.0.0", id, "1.0.0", model(id));
    }

    /** A streamed jar: nothing is held in memory whole, so the entries may be huge. */
    static Path write(Path file, Map<String, String> headers, Entry... entries) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((k, v) -> main.put(new Attributes.Name(k), v));
        try (OutputStream os = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(os, manifest)) {
            for (Entry e : entries) {
                ZipEntry z = new ZipEntry(e.name());
                if (e.stored()) {
                    CRC32 crc = new CRC32();
                    long[] size = new long[1];
                    try (CheckedOutputStream check = new CheckedOutputStream(OutputStream.nullOutputStream(), crc)) {
                        e.content().write(new OutputStream() {
                            @Override
                            public void write(int b) throws IOException {
                                check.write(b);
                                size[0]++;
                            }

                            @Override
                            public void write(byte[] b, int off, int len) throws IOException {
                                check.write(b, off, len);
                                size[0] += len;
                            }
                        });
                    }
                    z.setMethod(ZipEntry.STORED);
                    z.setSize(size[0]);
                    z.setCompressedSize(size[0]);
                    z.setCrc(crc.getValue());
                }
                jar.putNextEntry(z);
                e.content().write(jar);
                jar.closeEntry();
            }
        }
        return file;
    }

    /** A model that is valid apart from what the test puts in: one dimension, one item, one fact. */
    static byte[] validModel(String id) {
        return (XMI_HEAD + String.format(SCHEME_OPEN, id, "正常") + """
                  <dimensions id="1" name="维度" max="1">
                    <indicators id="1.1" name="指标" max="1">
                      <items id="1.1.x" label="项"><rule xsi:type="scheme:CheckRule" fact="1.1.x" points="1"/></items>
                    </indicators>
                  </dimensions>
                  <facts id="1.1.x" label="项" type="bool"/>
                </scheme:Scheme>
                """).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xxeModel(String id) {
        return (XMI_HEAD + "<!DOCTYPE scheme:Scheme [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + String.format(SCHEME_OPEN, id, "&xxe;") + "</scheme:Scheme>\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] billionLaughsModel(String id) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE scheme:Scheme [\n <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append(" <!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) dtd.append("&lol").append(i - 1).append(';');
            dtd.append("\">\n");
        }
        dtd.append("]>\n");
        return (XMI_HEAD + dtd + String.format(SCHEME_OPEN, id, "&lol9;") + "</scheme:Scheme>\n").getBytes(StandardCharsets.UTF_8);
    }

    /** {@code count} empty dimension elements, generated as the entry is written. */
    static Content manyElements(String id, long count) {
        return out -> {
            out.write((XMI_HEAD + String.format(SCHEME_OPEN, id, "大")).getBytes(StandardCharsets.UTF_8));
            byte[] line = "<dimensions/>\n".getBytes(StandardCharsets.UTF_8);
            byte[] block = new byte[line.length * 1000];
            for (int i = 0; i < 1000; i++) System.arraycopy(line, 0, block, i * line.length, line.length);
            for (long i = 0; i < count / 1000; i++) out.write(block);
            for (long i = 0; i < count % 1000; i++) out.write(line);
            out.write("</scheme:Scheme>\n".getBytes(StandardCharsets.UTF_8));
        };
    }

    /** {@code count} notes of 100 characters: a large document with few objects. */
    static Content manyNotes(String id, long count) {
        return out -> {
            out.write((XMI_HEAD + String.format(SCHEME_OPEN, id, "大")).getBytes(StandardCharsets.UTF_8));
            byte[] line = ("<notes>" + "x".repeat(100) + "</notes>\n").getBytes(StandardCharsets.UTF_8);
            for (long i = 0; i < count; i++) out.write(line);
            out.write("</scheme:Scheme>\n".getBytes(StandardCharsets.UTF_8));
        };
    }

    /** {@code bytes} zeros: deflates about a thousand to one. */
    static Content zeros(long bytes) {
        return out -> {
            byte[] block = new byte[1 << 16];
            for (long left = bytes; left > 0; left -= block.length) out.write(block, 0, (int) Math.min(block.length, left));
        };
    }

    /** The signed jar with one entry's bytes replaced, every other entry (and the signature) as it was. */
    static byte[] replaceEntry(byte[] jar, String name, byte[] content) throws IOException {
        return rewrite(jar, name, content, false);
    }

    /** The signed jar with one more, unsigned, entry. */
    static byte[] addEntry(byte[] jar, String name, byte[] content) throws IOException {
        return rewrite(jar, name, content, true);
    }

    private static byte[] rewrite(byte[] jar, String name, byte[] content, boolean add) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                if (!e.isDirectory()) entries.put(e.getName(), in.readAllBytes());
            }
        }
        if (!add && !entries.containsKey(name)) throw new AssertionError("no entry " + name);
        entries.put(name, content);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
