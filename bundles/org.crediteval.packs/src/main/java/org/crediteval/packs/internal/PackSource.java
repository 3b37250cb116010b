package org.crediteval.packs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.osgi.framework.Version;

/**
 * One {@code crediteval.rulepack} capability and the means to read the model it names: the same checks run for an
 * installed bundle (the extender) and for a jar on disk (the registry's validate).
 *
 * @param origin        bundle symbolic name and version, or the jar file, for messages
 * @param attributes    the capability's attributes ({@code version} typed as a Version or a String)
 * @param bundleVersion the Bundle-Version; null when the jar has none (reported by the caller)
 * @param entries       opens an entry of the bundle or jar by path; returns null when there is no such entry
 */
record PackSource(String origin, Map<String, Object> attributes, Version bundleVersion, EntryOpener entries) {

    @FunctionalInterface
    interface EntryOpener {
        InputStream open(String path) throws IOException;
    }
}
