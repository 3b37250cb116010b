package org.crediteval.packs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The files of a pack, read the same way whether the pack is a jar on disk or an installed bundle, so that the
 * safety checks are one piece of code for the extender and for {@code validate(Path)}.
 */
interface PackArchive {
    /** Bundle symbolic name and version, or the file name, for messages. */
    String origin();

    /** Main manifest headers (raw, not localized). */
    Map<String, String> headers() throws IOException;

    /** Every file entry (no directories), in archive order; duplicates are kept so that they can be reported. */
    List<String> names() throws IOException;

    /** @return null when there is no such entry */
    InputStream open(String name) throws IOException;

    /** Bytes the entry takes in the archive, or -1 when the archive does not say (an installed bundle). */
    long compressedSize(String name);
}
