package org.crediteval.packs.verify;

import java.io.IOException;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/** The {@code golden/<case>/} folders of a pack, wherever the pack is (installed bundle, jar on disk). */
@ConsumerType
public interface GoldenCases {
    /** Case folder names ({@code 01-all-perfect}), in name order. */
    List<String> names() throws IOException;

    /** A file of a case ({@code evidence.csv}, {@code expected.json}, {@code surveys.csv}); null when absent. */
    byte[] read(String caseName, String file) throws IOException;
}
