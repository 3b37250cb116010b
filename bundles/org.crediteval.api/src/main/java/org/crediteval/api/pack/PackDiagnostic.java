package org.crediteval.api.pack;

/**
 * One finding of the pack validator.
 *
 * @param severity error, warning or info
 * @param element  the model element concerned, as a path such as {@code 3.2} or {@code fact 4.1.person_coverage}
 * @param message  what is wrong, in words an author can act on
 */
public record PackDiagnostic(Severity severity, String element, String message) {
    public enum Severity { ERROR, WARNING, INFO }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + (element == null || element.isEmpty() ? "" : element + ": ") + message;
    }
}
