package org.crediteval.packs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.PackDiagnostic.Severity;
import org.crediteval.model.scheme.Scheme;
import org.osgi.framework.Version;

/**
 * Turns one pack capability into a validated {@link LoadedPack}: reads the model the capability names, runs the
 * model validator and checks that capability, model and bundle agree on id and version.
 */
final class PackLoader {
    static final String NAMESPACE = "crediteval.rulepack";
    static final String MODEL_ATTRIBUTE = "model";
    static final String VERSION_ATTRIBUTE = "version";

    /** @param pack null unless there is no error among the diagnostics */
    record Result(LoadedPack pack, List<PackDiagnostic> diagnostics) {
        boolean hasErrors() {
            return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        }
    }

    private PackLoader() {
    }

    static Result load(PackSource source) {
        List<PackDiagnostic> diagnostics = new ArrayList<>();
        Object idValue = source.attributes().get(NAMESPACE);
        String id = idValue == null ? "" : idValue.toString().trim();
        if (id.isEmpty()) {
            diagnostics.add(error("capability", "the " + NAMESPACE + " capability has no pack id (attribute '" + NAMESPACE + "')"));
        }
        Version capabilityVersion = capabilityVersion(source.attributes().get(VERSION_ATTRIBUTE), diagnostics);
        Object modelValue = source.attributes().get(MODEL_ATTRIBUTE);
        String model = modelValue == null ? "" : modelValue.toString();
        if (model.isEmpty()) {
            diagnostics.add(error("capability", "the " + NAMESPACE + " capability has no '" + MODEL_ATTRIBUTE + "' attribute naming the XMI entry"));
            return new Result(null, diagnostics);
        }
        String unsafe = EntryNames.problem(model);
        if (unsafe != null) {
            diagnostics.add(error("capability", "model path '" + model + "' " + unsafe));
            return new Result(null, diagnostics);
        }

        Scheme scheme;
        try (InputStream in = source.entries().open(model)) {
            if (in == null) {
                diagnostics.add(error(model, "the model entry '" + model + "' named by the capability is not in the pack"));
                return new Result(null, diagnostics);
            }
            scheme = ModelAccess.load(in, model);
        } catch (IOException e) {
            // SchemeLoadException says document:line:column: problem
            diagnostics.add(error(model, "cannot read the model: " + e.getMessage()));
            return new Result(null, diagnostics);
        } catch (RuntimeException e) {
            diagnostics.add(error(model, "cannot read the model: " + describe(e)));
            return new Result(null, diagnostics);
        }

        diagnostics.addAll(ModelAccess.validate(scheme));
        checkAgreement(id, capabilityVersion, scheme, source.bundleVersion(), diagnostics);

        if (diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            return new Result(null, diagnostics);
        }
        List<PackDiagnostic> warnings = diagnostics.stream().filter(d -> d.severity() != Severity.ERROR).toList();
        String name = scheme.getNameZh() == null ? id : scheme.getNameZh();
        return new Result(new LoadedPack(id, scheme.getVersion(), name, scheme, source.origin(), warnings), diagnostics);
    }

    private static Version capabilityVersion(Object value, List<PackDiagnostic> diagnostics) {
        if (value instanceof Version v) {
            return v;
        }
        if (value == null) {
            diagnostics.add(error("capability", "the " + NAMESPACE + " capability has no version (write version:Version=\"1.0.0\")"));
            return null;
        }
        try {
            // declared without ':Version' the attribute is a String; accept it when it parses
            return Version.parseVersion(value.toString());
        } catch (IllegalArgumentException e) {
            diagnostics.add(error("capability", "capability version '" + value + "' is not an OSGi version"));
            return null;
        }
    }

    private static void checkAgreement(String id, Version capabilityVersion, Scheme scheme, Version bundleVersion,
            List<PackDiagnostic> diagnostics) {
        if (!id.isEmpty() && !id.equals(scheme.getId())) {
            diagnostics.add(error("scheme", "Scheme.id '" + scheme.getId() + "' differs from the capability's pack id '" + id + "'"));
        }
        Version schemeVersion = null;
        try {
            schemeVersion = scheme.getVersion() == null ? null : Version.parseVersion(scheme.getVersion());
        } catch (IllegalArgumentException e) {
            diagnostics.add(error("scheme", "Scheme.version '" + scheme.getVersion() + "' is not an OSGi version"));
        }
        if (schemeVersion == null) {
            if (scheme.getVersion() == null) {
                diagnostics.add(error("scheme", "Scheme.version is not set"));
            }
            return;
        }
        if (capabilityVersion != null && !capabilityVersion.equals(schemeVersion)) {
            diagnostics.add(error("scheme", "Scheme.version " + schemeVersion + " differs from the capability version " + capabilityVersion));
        }
        if (bundleVersion != null && !bundleVersion.equals(schemeVersion)) {
            diagnostics.add(error("scheme", "Scheme.version " + schemeVersion + " differs from the bundle version " + bundleVersion));
        }
    }

    static PackDiagnostic error(String element, String message) {
        return new PackDiagnostic(Severity.ERROR, element, message);
    }

    private static String describe(Throwable e) {
        StringBuilder b = new StringBuilder();
        // the innermost cause usually carries the parser's line and column
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && b.indexOf(m) < 0) {
                if (!b.isEmpty()) b.append(": ");
                b.append(m);
            }
        }
        return b.isEmpty() ? e.getClass().getName() : b.toString();
    }
}
