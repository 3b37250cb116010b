package org.crediteval.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.evidence.EvidenceImporter;
import org.crediteval.api.evidence.EvidenceProblem;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.ScoringEngine;
import org.crediteval.model.scheme.FactDefinition;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The session as a DS component: follows pack services as they come and go (the extender installs live). */
@Component(service = AssessmentSession.class)
public class DefaultAssessmentSession implements AssessmentSession {

    private record Importer(EvidenceImporter importer, Set<String> extensions) {
    }

    @Reference
    private ScoringEngine engine;

    @Reference
    private EventAdmin events;

    private final List<RulePack> packs = new CopyOnWriteArrayList<>();
    private final List<Importer> importers = new CopyOnWriteArrayList<>();
    private volatile Snapshot current;
    private final EditStack stack = new EditStack();
    private final Map<String, Rejection> rejections = new java.util.LinkedHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPack(RulePack pack) {
        packs.add(pack);
        packsChanged();
    }

    void removePack(RulePack pack) {
        packs.remove(pack);
        packsChanged();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addImporter(EvidenceImporter importer, Map<String, Object> properties) {
        importers.add(new Importer(importer, extensionsOf(properties)));
    }

    void removeImporter(EvidenceImporter importer) {
        importers.removeIf(i -> i.importer() == importer);
    }

    @Override
    public List<RulePack> packs() {
        return packs.stream().sorted(Comparator.comparing(RulePack::id).thenComparing(DefaultAssessmentSession::version)).toList();
    }

    @Override
    public Optional<Snapshot> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public Snapshot open(Path file, String packId) throws IOException, EvidenceException {
        Evidence evidence = importerFor(file).read(file);
        RulePack pack = packId == null ? bestPackFor(evidence) : pack(packId);
        return opened(file, evidence, pack);
    }

    @Override
    public Snapshot open(Evidence evidence, Path source, String packId, String packVersion) throws EvidenceException {
        RulePack pack = packs().stream().filter(p -> p.id().equals(packId) && p.version().equals(packVersion))
                .findFirst().orElseGet(() -> pack(packId));
        return opened(source, evidence, pack);
    }

    private Snapshot opened(Path file, Evidence evidence, RulePack pack) throws EvidenceException {
        ScoreResult result = engine.score(pack, evidence);
        synchronized (this) {
            stack.flush();
            rejections.clear();
            Snapshot opened = publish(new Snapshot(file, evidence, pack, result));
            rejectionsChanged();
            commandsChanged();
            return opened;
        }
    }

    @Override
    public synchronized Snapshot rescore(String packId) throws EvidenceException {
        Snapshot last = current;
        if (last == null) {
            throw new IllegalStateException("no evidence is open");
        }
        RulePack pack = pack(packId == null ? last.pack().id() : packId);
        ScoreResult result = engine.score(pack, last.evidence());
        return publish(new Snapshot(last.file(), last.evidence(), pack, result));
    }

    @Override
    public synchronized Snapshot setFact(String subject, String factId, String value) throws EvidenceException {
        Snapshot last = current;
        if (last == null) {
            throw new IllegalStateException("no evidence is open");
        }
        String newValue = value == null || value.isBlank() ? null : value.strip();
        String oldValue = last.evidence().facts().stream()
                .filter(f -> f.subject().equals(subject) && f.factId().equals(factId)).map(RawFact::value)
                .findFirst().orElse(null);
        if (java.util.Objects.equals(oldValue, newValue)) {
            if (rejections.remove(key(subject, factId)) != null) rejectionsChanged();
            return last;
        }
        stack.execute(new FactEdit(this::apply, subject, factId, oldValue, newValue));
        RuntimeException error = stack.takeError();
        commandsChanged();
        if (error instanceof FactEdit.Rejected rejected) {
            EvidenceException cause = rejected.evidenceException();
            String message = cause.problems().stream().map(p -> p.message()).filter(java.util.Objects::nonNull)
                    .reduce((a, b) -> a + "; " + b).orElse(String.valueOf(cause.getMessage()));
            rejections.put(key(subject, factId), new Rejection(subject, factId, newValue == null ? "" : newValue, message));
            rejectionsChanged();
            throw cause;
        } else if (error != null) {
            throw error;
        }
        return current;
    }

    @Override
    public synchronized boolean canUndo() {
        return stack.canUndo();
    }

    @Override
    public synchronized boolean canRedo() {
        return stack.canRedo();
    }

    @Override
    public synchronized Snapshot undo() {
        if (stack.canUndo()) {
            stack.undo();
            finishStep();
        }
        return current;
    }

    @Override
    public synchronized Snapshot redo() {
        if (stack.canRedo()) {
            stack.redo();
            finishStep();
        }
        return current;
    }

    @Override
    public synchronized boolean isDirty() {
        return stack.isSaveNeeded();
    }

    @Override
    public synchronized void saved() {
        stack.saveIsDone();
    }

    @Override
    public synchronized List<Rejection> rejections() {
        return List.copyOf(rejections.values());
    }

    /** After undo/redo: a step the pack now refuses (another pack was chosen meanwhile) empties the stack. */
    private void finishStep() {
        RuntimeException error = stack.takeError();
        commandsChanged();
        if (error != null && !(error instanceof FactEdit.Rejected)) {
            throw error;
        }
    }

    /** What a {@link FactEdit} does: the evidence with (subject, fact) set to value (null: removed), scored. */
    private void apply(String subject, String factId, String value) throws EvidenceException {
        Snapshot last = current;
        boolean remove = value == null || value.isBlank();
        List<RawFact> facts = new java.util.ArrayList<>();
        boolean found = false;
        for (RawFact fact : last.evidence().facts()) {
            if (fact.subject().equals(subject) && fact.factId().equals(factId)) {
                found = true;
                if (!remove) {
                    facts.add(new RawFact(subject, factId, value.strip(), fact.source(), fact.note(), fact.location()));
                }
            } else {
                facts.add(fact);
            }
        }
        if (!found && !remove) {
            facts.add(new RawFact(subject, factId, value.strip(), null, null, null));
        }
        Evidence evidence = new Evidence(last.evidence().subjects(), facts);
        ScoreResult result = engine.score(last.pack(), evidence);
        if (rejections.remove(key(subject, factId)) != null) rejectionsChanged();
        publish(new Snapshot(last.file(), evidence, last.pack(), result));
    }

    private static String key(String subject, String factId) {
        return subject + "\u0001" + factId;
    }

    private void rejectionsChanged() {
        events.postEvent(new Event(TOPIC_REJECTED, Map.of(DATA, List.copyOf(rejections.values()))));
    }

    private void commandsChanged() {
        events.postEvent(new Event(TOPIC_COMMANDS, Map.of(DATA, Boolean.TRUE)));
    }

    private Snapshot publish(Snapshot snapshot) {
        current = snapshot;
        events.postEvent(new Event(TOPIC_SNAPSHOT, Map.of(DATA, snapshot)));
        return snapshot;
    }

    private void packsChanged() {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(TOPIC_PACKS, Map.of(DATA, packs())));
        }
    }

    private RulePack pack(String id) {
        return packs().stream().filter(p -> p.id().equals(id)).reduce((a, b) -> b) // the newest version
                .orElseThrow(() -> new IllegalArgumentException("no rule pack '" + id + "' is installed"));
    }

    /** The pack that defines most of the evidence's fact ids (the newest version on a tie). */
    RulePack bestPackFor(Evidence evidence) throws EvidenceException {
        Set<String> ids = new HashSet<>();
        for (RawFact fact : evidence.facts()) {
            ids.add(fact.factId());
        }
        RulePack best = null;
        long bestHits = 0;
        for (RulePack pack : packs()) {
            long hits = pack.scheme().getFacts().stream().map(FactDefinition::getId).filter(ids::contains).count();
            if (hits >= bestHits && hits > 0) {
                best = pack;
                bestHits = hits;
            }
        }
        if (best == null) {
            throw new EvidenceException(new EvidenceProblem(null, null, null, null,
                    "no installed rule pack knows the fact ids of this file"));
        }
        return best;
    }

    private EvidenceImporter importerFor(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return importers.stream().filter(i -> i.extensions().contains(extension)).findFirst()
                .map(Importer::importer)
                .orElseThrow(() -> new IOException("no evidence importer for ." + extension + " files is installed"));
    }

    private static org.osgi.framework.Version version(RulePack pack) {
        try {
            return org.osgi.framework.Version.parseVersion(pack.version());
        } catch (IllegalArgumentException e) {
            return org.osgi.framework.Version.emptyVersion;
        }
    }

    private static Set<String> extensionsOf(Map<String, Object> properties) {
        Object value = properties.get(EvidenceImporter.EXTENSIONS);
        Set<String> result = new HashSet<>();
        if (value instanceof String s) {
            for (String e : s.split(",")) result.add(e.trim().toLowerCase(Locale.ROOT));
        } else if (value instanceof String[] a) {
            for (String e : a) result.add(e.trim().toLowerCase(Locale.ROOT));
        } else if (value instanceof Iterable<?> it) {
            for (Object e : it) result.add(String.valueOf(e).trim().toLowerCase(Locale.ROOT));
        }
        return result;
    }
}
