package org.crediteval.packs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.PackDiagnostic.Severity;
import org.crediteval.model.io.SchemeResources;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Scheme;
import org.crediteval.model.validation.SchemeValidator;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The model bundle's loader and validator, and the translation of EMF diagnostics into pack diagnostics. */
final class ModelAccess {
    private ModelAccess() {
    }

    static Scheme load(InputStream xmi, String name) throws IOException {
        return SchemeResources.load(xmi, name);
    }

    static List<PackDiagnostic> validate(Scheme scheme) {
        List<PackDiagnostic> out = new ArrayList<>();
        flatten(SchemeValidator.validate(scheme), out);
        return out;
    }

    /** Leaves of the diagnostic tree; the root is only a summary ("Diagnosis of ..."). */
    private static void flatten(Diagnostic d, List<PackDiagnostic> out) {
        if (d.getSeverity() == Diagnostic.OK) return;
        if (!d.getChildren().isEmpty()) {
            for (Diagnostic child : d.getChildren()) flatten(child, out);
            return;
        }
        Severity severity = d.getSeverity() >= Diagnostic.ERROR ? Severity.ERROR
                : d.getSeverity() >= Diagnostic.WARNING ? Severity.WARNING : Severity.INFO;
        String message = d.getMessage();
        int colon = message == null ? -1 : message.indexOf(": ");
        if (SchemeValidator.DIAGNOSTIC_SOURCE.equals(d.getSource()) && colon > 0) {
            // the validator writes "<element>: <what is wrong>" (e.g. "indicator 3.2: items add up to 4 ...")
            out.add(new PackDiagnostic(severity, message.substring(0, colon), message.substring(colon + 2)));
        } else {
            // EMF's own checks (required features) name the element inside the sentence
            Object subject = d.getData().isEmpty() ? null : d.getData().get(0);
            out.add(new PackDiagnostic(severity, element(subject), message));
        }
    }

    /** A path an author can find: the id of the element or of its nearest container that has one. */
    static String element(Object o) {
        if (!(o instanceof EObject e)) return "";
        if (e instanceof Scheme) return "scheme";
        if (e instanceof FactDefinition f) return "fact " + f.getId();
        String suffix = "";
        for (EObject c = e; c != null; c = c.eContainer()) {
            if (c instanceof FactDefinition f) return "fact " + f.getId() + suffix;
            if (c instanceof Scheme) break;
            String id = idOf(c);
            if (id != null) return id + suffix;
            suffix = " " + c.eClass().getName() + suffix;
        }
        return e.eClass().getName();
    }

    private static String idOf(EObject e) {
        EStructuralFeature f = e.eClass().getEStructuralFeature("id");
        if (f instanceof EAttribute && !f.isMany()) {
            Object v = e.eGet(f);
            if (v instanceof String s && !s.isEmpty()) return s;
        }
        return null;
    }
}
