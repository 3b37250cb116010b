package org.crediteval.io.evidence.csv;

import java.util.ArrayList;
import java.util.List;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.evidence.EvidenceProblem;
import org.crediteval.api.evidence.Location;

/** Collects the problems of one file so the user sees them all at once, up to {@link CsvEvidenceImporter#MAX_PROBLEMS}. */
final class Problems {
    final String file;
    private final List<EvidenceProblem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    /** @param line physical line, 1-based; 0 when the problem concerns the whole file */
    void add(long line, String subject, String fact, String value, String message) throws EvidenceException {
        list.add(new EvidenceProblem(Location.line(file, line), subject, fact, value, message));
        if (list.size() >= CsvEvidenceImporter.MAX_PROBLEMS) {
            list.add(new EvidenceProblem(Location.line(file, line), null, null, null,
                    "too many problems, reading stopped here"));
            throw new EvidenceException(list);
        }
    }

    boolean any() {
        return !list.isEmpty();
    }

    void throwIfAny() throws EvidenceException {
        if (!list.isEmpty()) throw new EvidenceException(list);
    }
}
