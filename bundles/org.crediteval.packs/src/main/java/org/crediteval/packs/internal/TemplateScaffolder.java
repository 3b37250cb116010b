package org.crediteval.packs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import org.crediteval.packs.kit.PackScaffolder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** The kit's template, carried in this bundle under {@code kit-template/}, with its three tokens filled in. */
@Component
public class TemplateScaffolder implements PackScaffolder {
    static final String ROOT = "kit-template";

    private Bundle bundle;

    @Activate
    void activate(BundleContext context) {
        bundle = context.getBundle();
    }

    @Override
    public List<Path> create(String id, String version, String name, Path dir) throws IOException {
        if (id == null || !id.matches(ID_PATTERN)) {
            throw new IllegalArgumentException("pack id '" + id + "' must look like gd-2017 (lower-case letters and digits, dash-separated)");
        }
        if (version == null || !version.matches("\\d+\\.\\d+\\.\\d+")) {
            throw new IllegalArgumentException("pack version '" + version + "' must be major.minor.micro, e.g. 1.0.0");
        }
        Version.parseVersion(version);
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + " exists and is not a folder");
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) throw new IllegalArgumentException(dir + " is not empty; choose a new folder");
            }
        }
        String shown = name == null || name.isBlank() ? id : name;
        List<Path> written = new ArrayList<>();
        Enumeration<URL> found = bundle.findEntries(ROOT, "*", true);
        List<URL> entries = found == null ? List.of() : Collections.list(found);
        if (entries.isEmpty()) throw new IOException("the kit template is missing from bundle " + bundle.getSymbolicName());
        for (URL url : entries) {
            String path = url.getPath().replaceFirst("^/", "").substring(ROOT.length() + 1);
            if (path.isEmpty() || path.endsWith("/")) continue;
            String text;
            try (InputStream in = url.openStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path relative = Path.of(fill(path, id, version, shown));
            Path target = dir.resolve(relative).normalize();
            if (!target.startsWith(dir.normalize())) throw new IOException("template entry " + path + " leaves " + dir);
            Files.createDirectories(target.getParent());
            Files.writeString(target, fill(text, id, version, shown), StandardCharsets.UTF_8);
            written.add(relative);
        }
        Collections.sort(written);
        return written;
    }

    static String fill(String s, String id, String version, String name) {
        // the name goes into an XML attribute and a Markdown title: keep it to one line without markup
        String safeName = name.replaceAll("[\\r\\n<>&\"]", " ");
        return s.replace("@PACK_ID@", id).replace("@PACK_VERSION@", version).replace("@PACK_NAME@", safeName);
    }
}
