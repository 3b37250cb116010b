package org.crediteval.io.evidence.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an untrusted workbook read-only, or says in one sentence why not. POI's own hardening does the heavy
 * lifting and stays at its defaults: zip-bomb detection (an entry expanding more than 100× is refused), XML parts
 * parsed with DOCTYPE declarations disallowed (no external entities, no entity expansion), and a cap on text size.
 * Before POI sees the file: a size limit and a look at the first bytes, so that a CSV, an old .xls or an encrypted
 * workbook gets a message that names it.
 */
final class SafeWorkbooks {
    /** Largest workbook read: a filled template of every pack is well under 1 MiB. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Why a file cannot be read as a workbook, in words for the person who sent it. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SafeWorkbooks() {
    }

    static XSSFWorkbook open(Path file) throws IOException, Refused {
        long size = Files.size(file);
        if (size == 0) throw new Refused("the file is empty, not an XLSX workbook", null);
        if (size > MAX_BYTES) {
            throw new Refused("the file has " + size + " bytes; an evidence workbook may have at most " + MAX_BYTES, null);
        }
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw new Refused("the file is an Excel 97–2003 workbook (.xls) or an encrypted workbook; save it as an"
                    + " unencrypted .xlsx workbook", null);
        }
        if (n < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            throw new Refused("the file is not an XLSX workbook (not a zip archive)", null);
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XSSFWorkbook(pkg);
        } catch (InvalidFormatException | UnsupportedFileFormatException
                | EmptyFileException | OpenXML4JRuntimeException e) {
            revert(pkg);
            throw new Refused("the file is not a valid XLSX workbook: " + reason(e), e);
        } catch (IOException | RuntimeException e) {
            revert(pkg);
            // POI reports zip bombs, DOCTYPEs and broken XML as IOExceptions or POIXMLExceptions around the cause
            throw new Refused("the workbook cannot be read safely: " + reason(e), e);
        }
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) pkg.revert();
    }

    /** The innermost message, on one line: that is where POI says what it found. */
    static String reason(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) message = t.getMessage();
            if (t.getCause() == t) break;
            t = t.getCause();
        }
        if (message == null) message = e.getClass().getSimpleName();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
