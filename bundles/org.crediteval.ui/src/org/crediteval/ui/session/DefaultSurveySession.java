package org.crediteval.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.crediteval.api.pack.RulePack;
import org.crediteval.api.survey.SurveyAccumulator;
import org.crediteval.api.survey.SurveyAnalyzer;
import org.crediteval.api.survey.SurveyFormatException;
import org.crediteval.api.survey.SurveyImporter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The survey session as a DS component: follows the survey importers as they come and go. */
@Component(service = SurveySession.class)
public class DefaultSurveySession implements SurveySession {

    private record Importer(SurveyImporter importer, Set<String> extensions) {
    }

    @Reference
    private SurveyAnalyzer analyzer;

    @Reference
    private AssessmentSession session;

    @Reference
    private EventAdmin events;

    private final List<Importer> importers = new CopyOnWriteArrayList<>();
    private volatile Opened current;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addImporter(SurveyImporter importer, Map<String, Object> properties) {
        importers.add(new Importer(importer, extensionsOf(properties.get(SurveyImporter.EXTENSIONS))));
    }

    void removeImporter(SurveyImporter importer) {
        importers.removeIf(i -> i.importer() == importer);
    }

    @Override
    public Optional<Opened> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public Opened open(Path file, RulePack pack) throws IOException, SurveyFormatException {
        RulePack chosen = pack != null ? pack : packWithQuestionnaire();
        if (chosen.scheme().getQuestionnaire() == null) {
            throw new IllegalArgumentException("rule pack " + chosen.id() + " has no questionnaire");
        }
        SurveyImporter importer = importerFor(file);
        SurveyAccumulator run = analyzer.start(chosen.scheme());
        importer.read(file, chosen.scheme().getQuestionnaire(), run);
        Opened opened = new Opened(file, chosen, run.finish());
        current = opened;
        events.postEvent(new Event(TOPIC_SURVEY, Map.of(AssessmentSession.DATA, opened)));
        return opened;
    }

    private RulePack packWithQuestionnaire() {
        Optional<RulePack> open = session.current().map(Snapshot::pack).filter(p -> p.scheme().getQuestionnaire() != null);
        if (open.isPresent()) return open.get();
        List<RulePack> with = session.packs().stream().filter(p -> p.scheme().getQuestionnaire() != null).toList();
        if (with.isEmpty()) throw new IllegalArgumentException("no installed rule pack has a questionnaire");
        String id = with.get(0).id();
        return with.stream().filter(p -> p.id().equals(id)).reduce((a, b) -> b).orElseThrow(); // its newest version
    }

    private SurveyImporter importerFor(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return importers.stream().filter(i -> i.extensions().stream().anyMatch(e -> name.endsWith("." + e)))
                .findFirst().map(Importer::importer)
                .orElseThrow(() -> new IOException("no survey importer for " + file.getFileName() + " is installed"));
    }

    private static Set<String> extensionsOf(Object value) {
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
