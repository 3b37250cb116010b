package org.crediteval.packs.internal;

final class JarNames {
    static final String MANIFEST = "META-INF/MANIFEST.MF";

    private JarNames() {
    }
}
