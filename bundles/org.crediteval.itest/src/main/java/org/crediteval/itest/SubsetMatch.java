package org.crediteval.itest;

import java.util.List;

/** The golden-case comparison now lives where the extender can use it at install: {@link org.crediteval.packs.verify.SubsetMatch}. */
final class SubsetMatch {
    private SubsetMatch() {
    }

    static List<String> match(Object expected, Object actual) {
        return org.crediteval.packs.verify.SubsetMatch.match(expected, actual);
    }
}
