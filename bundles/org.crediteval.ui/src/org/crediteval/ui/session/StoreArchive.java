package org.crediteval.ui.session;

import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.crediteval.api.evidence.RawFact;
import org.crediteval.api.store.Assessment;
import org.crediteval.api.store.AssessmentStore;
import org.crediteval.api.store.AssessmentStores;
import org.crediteval.api.store.EvidenceState;
import org.crediteval.api.store.FactRef;
import org.crediteval.api.store.ImportResult;
import org.crediteval.api.store.RunInfo;
import org.crediteval.api.store.StoreException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link AssessmentArchive} on the store service; changes are recorded under the operating-system user. */
@Component(service = AssessmentArchive.class)
public class StoreArchive implements AssessmentArchive {

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    @Reference
    private AssessmentStores stores;

    @Override
    public Path defaultDatabase() {
        String configured = System.getProperty("crediteval.db");
        return configured != null && !configured.isBlank() ? Path.of(configured) : stores.defaultDatabase();
    }

    @Override
    public List<Assessment> assessments(Path database) throws StoreException {
        if (!java.nio.file.Files.exists(database)) return List.of();
        try (AssessmentStore store = stores.open(database)) {
            return store.assessments();
        }
    }

    @Override
    public Loaded load(Path database, String assessment) throws StoreException {
        try (AssessmentStore store = stores.open(database)) {
            Assessment a = store.assessment(assessment);
            EvidenceState state = store.currentEvidence(a.name());
            return new Loaded(database, a, state.evidence(), state.revision());
        }
    }

    @Override
    public Saved save(Snapshot snapshot, Path database, String name) throws StoreException {
        String user = user();
        try (AssessmentStore opened = stores.open(database)) {
            // one transaction for the whole save: a failure at any step leaves the database as it was
            return opened.inOneTransaction(store -> save(store, snapshot, database, name, user));
        }
    }

    private static Saved save(AssessmentStore store, Snapshot snapshot, Path database, String name, String user)
            throws StoreException {
        List<String> subjects = snapshot.evidence().subjects();
        Optional<Assessment> existing = store.findAssessment(name);
        if (existing.isEmpty()) {
            store.createAssessment(name, snapshot.pack().id(), snapshot.pack().version(), year(snapshot), subjects, user);
        } else {
            Assessment assessment = existing.get();
            if (!assessment.packId().equals(snapshot.pack().id())) {
                throw new StoreException(StoreException.Reason.WRONG_PACK, "assessment '" + name
                        + "' is for pack " + assessment.packId() + ", not " + snapshot.pack().id());
            }
            if (!assessment.packVersion().equals(snapshot.pack().version())) {
                store.setPackVersion(name, snapshot.pack().version(), user);
            }
        }
        ImportResult imported = store.importEvidence(name, snapshot.pack(), snapshot.evidence(), subjects, user,
                "analyst client: " + (snapshot.file() == null ? "" : snapshot.file().getFileName()));
        Set<String> present = snapshot.evidence().facts().stream().map(StoreArchive::key).collect(Collectors.toSet());
        List<FactRef> gone = store.facts(name).stream()
                .filter(f -> subjects.contains(f.subject()) && !present.contains(f.subject() + "\u0001" + f.factId()))
                .map(f -> new FactRef(f.subject(), f.factId())).toList();
        if (!gone.isEmpty()) {
            store.removeFacts(name, gone, user, "analyst client: removed in the editor");
        }
        EvidenceState state = store.currentEvidence(name);
        RunInfo run = store.storeRun(name, snapshot.result(), state.revision(), user);
        return new Saved(database, store.assessment(name), imported, gone.size(), run);
    }

    private static String key(RawFact fact) {
        return fact.subject() + "\u0001" + fact.factId();
    }

    /** The year in the pack's id (gd-2017), else this year. */
    static int year(Snapshot snapshot) {
        Matcher m = YEAR.matcher(snapshot.pack().id());
        return m.find() ? Integer.parseInt(m.group()) : Year.now().getValue();
    }

    private static String user() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }
}
