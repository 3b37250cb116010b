package org.crediteval.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.crediteval.api.evidence.EvidenceImporter;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.pack.RulePackRegistry;
import org.crediteval.api.score.ResultExporter;
import org.crediteval.api.score.ScoringEngine;
import org.crediteval.packs.verify.PackRefusal;
import org.crediteval.packs.verify.PackStatus;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The process entry point. The bnd launcher runs a {@code Callable<Integer>} registered with
 * {@code main.thread=true} on the main thread and exits with its value. It must be a named class that declares
 * {@code Integer call()}: the launcher checks that method's return type by reflection (a lambda fails that check).
 * <p>
 * The launcher registers itself as a service ({@code java.lang.Object}) whose property {@code launcher.arguments}
 * holds the command line, and adds {@code launcher.ready=true} once every bundle has been started. Requiring
 * that property means this component, and so the Callable, exists only when the framework is fully up.
 * <p>
 * The platform services are dynamic and optional: the Callable is never held back by a missing engine (which
 * would hang the process); a command waits, bounded, for what it needs and says what is missing.
 */
@Component(service = Callable.class, property = "main.thread=true")
public class CliMain implements Callable<Integer>, Platform {
    static final String LAUNCHER_ARGUMENTS = "launcher.arguments";
    static final String LAUNCHER_FILTER = "(&(" + LAUNCHER_ARGUMENTS + "=*)(launcher.ready=true))";
    /** The capability namespace a pack bundle declares (docs/conventions.md). */
    static final String PACK_NAMESPACE = "crediteval.rulepack";

    /** Services are normally all there at launcher.ready; this only bounds a broken installation. */
    static final long SERVICES_WAIT_MS = Long.getLong("crediteval.cli.serviceWaitMs", 5_000);
    /** The extender may still be loading a pack; a pack that fails validation never comes, so keep this short. */
    static final long PACKS_WAIT_MS = Long.getLong("crediteval.cli.packWaitMs", 2_000);
    /**
     * With the extender's {@link PackStatus} the wait ends as soon as every pack bundle is decided, refused ones
     * included, so this only bounds a check that hangs.
     */
    static final long PACK_CHECKS_WAIT_MS = Long.getLong("crediteval.cli.packCheckWaitMs", 10_000);

    private final BundleContext context;
    private final String[] arguments;
    private final Signal signal = new Signal();
    /**
     * The extender logs each refused pack through System.Logger (java.util.logging here, to stderr, several lines
     * with a timestamp); the CLI names every refusal of the packs folder itself in one line, so that log is off.
     * Held here: java.util.logging keeps loggers only weakly, and a collected logger forgets its level.
     */
    private static final java.util.logging.Logger EXTENDER_LOG = java.util.logging.Logger.getLogger("org.crediteval.packs");

    private final PacksFolder packsFolder = new PacksFolder();
    private final PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    private boolean packsFolderInstalled; // guarded by this
    private boolean refusalsReported; // guarded by this

    // references, not service objects: binding must not activate an exporter (and load its libraries) that this
    // run will never use; getService happens when a command asks
    private volatile ServiceReference<RulePackRegistry> registry;
    private volatile ServiceReference<ScoringEngine> engine;
    private volatile ServiceReference<PackStatus> packStatus;
    private final Map<ServiceReference<EvidenceImporter>, List<String>> importers = new ConcurrentHashMap<>();
    private final Map<ServiceReference<ResultExporter>, List<String>> exporters = new ConcurrentHashMap<>();

    @Activate
    public CliMain(BundleContext context,
            @Reference(name = "launcher", service = Object.class, target = LAUNCHER_FILTER) Map<String, Object> launcher) {
        this.context = context;
        this.arguments = arguments(launcher.get(LAUNCHER_ARGUMENTS));
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        EXTENDER_LOG.setLevel(java.util.logging.Level.OFF);
        int code = new Cli(this, System.out, System.err).run(arguments);
        if (Boolean.getBoolean("crediteval.cli.timing")) Timing.report(start);
        if (!Boolean.getBoolean("crediteval.cli.orderlyStop")) {
            // A batch run is over: stopping every bundle one by one (what the launcher does when call() returns)
            // costs 100-200 ms and saves nothing, since the framework cache is a temp folder. The JVM's shutdown
            // hooks still run and remove it.
            System.out.flush();
            System.err.flush();
            System.exit(code);
        }
        return code;
    }

    static String[] arguments(Object property) {
        if (property instanceof String[] array) return array.clone();
        if (property instanceof List<?> list) return list.stream().map(String::valueOf).toArray(String[]::new);
        return new String[0];
    }

    // ---- services (dynamic: bind and unbind may come from any thread at any time)

    @Reference(service = RulePackRegistry.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setRegistry(ServiceReference<RulePackRegistry> reference) {
        registry = reference;
        signal.changed();
    }

    void unsetRegistry(ServiceReference<RulePackRegistry> gone) {
        if (gone.equals(registry)) registry = null;
        signal.changed();
    }

    @Reference(service = ScoringEngine.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setEngine(ServiceReference<ScoringEngine> reference) {
        engine = reference;
        signal.changed();
    }

    void unsetEngine(ServiceReference<ScoringEngine> gone) {
        if (gone.equals(engine)) engine = null;
        signal.changed();
    }

    @Reference(service = EvidenceImporter.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addImporter(ServiceReference<EvidenceImporter> reference) {
        importers.put(reference, Extensions.parse(reference.getProperty(EvidenceImporter.EXTENSIONS)));
        signal.changed();
    }

    void removeImporter(ServiceReference<EvidenceImporter> reference) {
        importers.remove(reference);
        signal.changed();
    }

    @Reference(service = ResultExporter.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addExporter(ServiceReference<ResultExporter> reference) {
        exporters.put(reference, Extensions.parse(reference.getProperty(ResultExporter.FORMAT)));
        signal.changed();
    }

    void removeExporter(ServiceReference<ResultExporter> reference) {
        exporters.remove(reference);
        signal.changed();
    }

    /** The extender's progress: {@link #awaitPacks} waits for it to be idle instead of counting packs. */
    @Reference(service = PackStatus.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setPackStatus(ServiceReference<PackStatus> reference) {
        packStatus = reference;
        signal.changed();
    }

    void unsetPackStatus(ServiceReference<PackStatus> gone) {
        if (gone.equals(packStatus)) packStatus = null;
        signal.changed();
    }

    /** Packs come through the registry; this reference only wakes a command that waits for them. */
    @Reference(service = RulePack.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPack(ServiceReference<RulePack> pack) {
        signal.changed();
    }

    void removePack(ServiceReference<RulePack> pack) {
        signal.changed();
    }

    // ---- Platform

    @Override
    public void await(Set<Need> needs) throws PlatformException {
        Set<Need> hard = EnumSet.copyOf(needs);
        hard.remove(Need.PACKS);
        if (needs.contains(Need.PACKS)) hard.add(Need.REGISTRY);
        try {
            if (!signal.await(() -> missing(hard).isEmpty(), SERVICES_WAIT_MS)) {
                throw new PlatformException("not running after " + SERVICES_WAIT_MS + " ms: "
                        + String.join(", ", missing(hard)) + " (is the installation complete?)");
            }
            if (needs.contains(Need.PACKS)) awaitPacks();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while waiting for the platform services");
        }
    }

    private List<String> missing(Set<Need> needs) {
        List<String> missing = new ArrayList<>();
        if (needs.contains(Need.REGISTRY) && registry == null) missing.add("the rule-pack registry (bundle org.crediteval.packs)");
        if (needs.contains(Need.ENGINE) && engine == null) missing.add("the scoring engine (bundle org.crediteval.engine)");
        if (needs.contains(Need.IMPORTERS) && importers.isEmpty()) missing.add("an evidence importer (e.g. bundle org.crediteval.io.evidence.csv)");
        if (needs.contains(Need.EXPORTERS) && exporters.isEmpty()) missing.add("a result exporter (e.g. bundle org.crediteval.io.result.table)");
        return missing;
    }

    /**
     * Soft and bounded: the extender checks pack bundles off the framework thread, and {@link PackStatus} says when
     * it has decided on every one (registered or refused). Without that service (an older extender), waits until
     * the registry lists as many packs as the resolved bundles declare, which a refused pack never satisfies.
     */
    private void awaitPacks() throws InterruptedException {
        installPacksFolder();
        PackStatus status = get(packStatus);
        if (status != null) {
            status.awaitIdle(Duration.ofMillis(PACK_CHECKS_WAIT_MS));
            reportRefusals(status);
        } else {
            signal.await(this::packsSettled, PACKS_WAIT_MS);
        }
    }

    /**
     * Once per run, and only for a command that needs the packs: the jars of the packs folder, installed beside the
     * sealed packs (commands such as {@code runs} or {@code --help} never pay for them).
     */
    private synchronized void installPacksFolder() {
        if (packsFolderInstalled) return;
        packsFolderInstalled = true;
        packsFolder.install(context, PacksFolder.folder(System.getenv()), err);
    }

    /** Once per run: the packs of the packs folder that the extender refused, each with its reason. */
    private synchronized void reportRefusals(PackStatus status) {
        if (refusalsReported || packsFolder.isEmpty()) return;
        refusalsReported = true;
        for (PackRefusal refusal : status.refusals()) {
            if (packsFolder.installedHere(refusal.bundleId())) {
                err.println(ExitCodes.PREFIX + "pack " + refusal.location() + " refused: " + refusal.reason());
            }
        }
    }

    /** Every pack bundle that is resolved has had its chance: the registry lists at least as many packs. */
    private boolean packsSettled() {
        RulePackRegistry r = registry();
        return r != null && r.packs().size() >= declaredPacks();
    }

    private int declaredPacks() {
        int n = 0;
        for (Bundle bundle : context.getBundles()) {
            if ((bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) == 0) continue;
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (revision != null) n += revision.getDeclaredCapabilities(PACK_NAMESPACE).size();
        }
        return n;
    }

    @Override
    public RulePackRegistry registry() {
        return get(registry);
    }

    @Override
    public ScoringEngine engine() {
        return get(engine);
    }

    @Override
    public Map<String, EvidenceImporter> importers() {
        return byName(importers);
    }

    @Override
    public Map<String, ResultExporter> exporters() {
        return byName(exporters);
    }

    /**
     * The services by name, got only when a command looks one up; the best ranked (then oldest) service wins a
     * name. The map is sorted so that messages list the names in order.
     */
    private <T> Map<String, T> byName(Map<ServiceReference<T>, List<String>> services) {
        Map<String, ServiceReference<T>> best = new TreeMap<>();
        services.forEach((reference, names) -> names.forEach(name ->
                best.merge(name, reference, (a, b) -> a.compareTo(b) >= 0 ? a : b)));
        return new LazyServiceMap<>(best, this::get);
    }

    /** The service, or null when it went away in between (the caller then reports it missing). */
    private <T> T get(ServiceReference<T> reference) {
        return reference == null ? null : context.getService(reference);
    }

    @Override
    public <T> T service(Class<T> type) throws PlatformException {
        waitFor(() -> context.getServiceReference(type) != null);
        T service = get(context.getServiceReference(type));
        if (service == null) {
            throw new PlatformException("no " + type.getName() + " service is running (is the installation complete?)");
        }
        return service;
    }

    @Override
    public <T> Map<String, T> services(Class<T> type, String nameProperty) throws PlatformException {
        waitFor(() -> !references(type).isEmpty());
        Map<ServiceReference<T>, List<String>> named = new HashMap<>();
        for (ServiceReference<T> reference : references(type)) {
            named.put(reference, Extensions.parse(reference.getProperty(nameProperty)));
        }
        return byName(named);
    }

    private <T> Collection<ServiceReference<T>> references(Class<T> type) {
        try {
            return context.getServiceReferences(type, null);
        } catch (InvalidSyntaxException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    /** A bounded wait that ends early when the condition holds; the caller reports what is still missing. */
    private void waitFor(BooleanSupplier condition) throws PlatformException {
        try {
            signal.await(condition, SERVICES_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while waiting for the platform services");
        }
    }

    @Override
    public String version() {
        return context.getBundle().getVersion().toString();
    }
}
