package org.crediteval.io.result.pdf.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Finds and loads the CJK font the PDF embeds. Chinese text needs a font with CJK glyphs, and a PDF that relies on
 * the reader's fonts shows boxes on many machines, so a subset of a system font is embedded in every PDF.
 *
 * <p>Where to look, first match wins: the paths configured on the component ({@code fontPaths}), then the system
 * property {@value #PROPERTY}, then the environment variable {@value #ENVIRONMENT} (both a list separated by the
 * platform's path separator), then {@link #DEFAULTS}. An entry is a TrueType file ({@code .ttf}) or collection
 * ({@code .ttc}, first font, or {@code file.ttc#PostScriptName}). Fonts with CFF outlines (most {@code .otf}, Noto
 * CJK) are skipped: PDFBox cannot embed them as a subset.
 */
final class CjkFont implements AutoCloseable {
    static final String PROPERTY = "crediteval.pdf.font";
    static final String ENVIRONMENT = "CREDITEVAL_PDF_FONT";
    /** The Debian package the defaults come from first; the CI installs it. */
    static final String PACKAGE = "fonts-wqy-microhei";

    static final List<String> DEFAULTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
            "C:\\Windows\\Fonts\\msyh.ttc",
            "C:\\Windows\\Fonts\\simsun.ttc",
            "/Library/Fonts/Arial Unicode.ttf");

    private final TrueTypeFont font;
    private final TrueTypeCollection collection; // kept open until the document is saved
    private final String source;

    private CjkFont(TrueTypeFont font, TrueTypeCollection collection, String source) {
        this.font = font;
        this.collection = collection;
        this.source = source;
    }

    /**
     * Loads the first usable font.
     *
     * @param configured the component's {@code fontPaths}; an explicitly configured path that cannot be used is an
     *                   error (no silent fallback), so a typo does not go unnoticed
     * @throws IOException naming every place looked at and the package to install
     */
    static CjkFont load(List<String> configured) throws IOException {
        return load(configured, DEFAULTS);
    }

    static CjkFont load(List<String> configured, List<String> defaults) throws IOException {
        List<String> explicit = new ArrayList<>(configured == null ? List.of() : configured);
        explicit.addAll(split(System.getProperty(PROPERTY)));
        explicit.addAll(split(System.getenv(ENVIRONMENT)));
        explicit.removeIf(String::isBlank);
        if (!explicit.isEmpty()) {
            List<String> problems = new ArrayList<>();
            for (String entry : explicit) {
                try {
                    CjkFont font = open(entry.strip());
                    if (font != null) return font;
                    problems.add(entry + ": no such file");
                } catch (IOException | RuntimeException e) {
                    problems.add(entry + ": " + e.getMessage());
                }
            }
            throw new IOException("the CJK font configured for the PDF report cannot be used (" + String.join("; ", problems)
                    + "); configure a TrueType .ttf/.ttc font with CJK glyphs, e.g. /usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
                    + " from the Debian package " + PACKAGE);
        }
        Set<String> tried = new LinkedHashSet<>();
        for (String entry : defaults) {
            tried.add(entry);
            try {
                CjkFont font = open(entry);
                if (font != null) return font;
            } catch (IOException | RuntimeException e) {
                // not usable (e.g. CFF outlines): try the next one
            }
        }
        throw new IOException("no CJK font found for the PDF report (Chinese text needs one). Looked in: "
                + String.join(", ", tried) + ". Install the Debian package " + PACKAGE
                + " (apt-get install " + PACKAGE + "), or name a TrueType .ttf/.ttc font with the system property "
                + PROPERTY + " or the environment variable " + ENVIRONMENT + ".");
    }

    /** Null when the file does not exist; an exception when it exists but is not a usable TrueType font. */
    private static CjkFont open(String entry) throws IOException {
        String path = entry;
        String name = null;
        int hash = entry.lastIndexOf('#');
        if (hash > 0) {
            path = entry.substring(0, hash);
            name = entry.substring(hash + 1);
        }
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) return null;
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".ttc") || lower.endsWith(".otc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            try {
                TrueTypeFont font = name != null ? collection.getFontByName(name) : first(collection);
                if (font == null) throw new IOException("the collection has no font named " + name);
                check(font);
                return new CjkFont(font, collection, entry);
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(new File(path)));
        try {
            check(font);
        } catch (IOException | RuntimeException e) {
            font.close();
            throw e;
        }
        return new CjkFont(font, null, entry);
    }

    private static TrueTypeFont first(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] found = new TrueTypeFont[1];
        collection.processAllFonts(f -> {
            if (found[0] == null) found[0] = f;
        });
        return found[0];
    }

    /** A font the report can use: TrueType outlines and a glyph for a common Chinese character. */
    private static void check(TrueTypeFont font) throws IOException {
        if (font.getGlyph() == null) throw new IOException("not a TrueType-outline font (CFF outlines cannot be subset)");
        if (font.getUnicodeCmapLookup().getGlyphId('分') == 0) throw new IOException("the font has no Chinese glyphs");
    }

    /** The font as a subset-embedded PDF font of {@code document}. */
    PDType0Font embed(PDDocument document) throws IOException {
        return PDType0Font.load(document, font, true);
    }

    String source() {
        return source;
    }

    @Override
    public void close() throws IOException {
        if (collection != null) collection.close();
        else font.close();
    }

    private static List<String> split(String list) {
        if (list == null || list.isBlank()) return List.of();
        return List.of(list.split(java.util.regex.Pattern.quote(File.pathSeparator)));
    }
}
