package org.crediteval.packs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.PackDiagnostic.Severity;
import org.crediteval.api.pack.RulePack;
import org.crediteval.packs.verify.CaseResult;
import org.crediteval.packs.verify.GoldenCases;
import org.crediteval.packs.verify.PackRefusal;
import org.crediteval.packs.verify.PackStatus;
import org.crediteval.packs.verify.PackVerifier;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.namespace.extender.ExtenderNamespace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;

/**
 * The rule-pack extender: every resolved bundle that provides a {@code crediteval.rulepack} capability is checked and
 * each pack that passes becomes a {@link RulePack} service registered by this bundle on the pack's behalf. The checks,
 * in order: archive limits and entry names; data only (no classes, activator, native code, DS components) unless the
 * jar is signed throughout by a key of the configured trust store; the model (safe XMI loading, validator, id and
 * version agreement); the pack's own golden cases. A refused pack registers nothing, is logged with every reason and
 * is listed by {@link PackStatus#refusals()}.
 * <p>
 * The checks run on one background thread, in the order bundles arrive, so that the framework's event thread and
 * startup are never held up by golden cases; {@link PackStatus#awaitIdle(Duration)} tells a caller when they are done.
 * <p>
 * Packs declare {@code Require-Capability: osgi.extender;filter:="(osgi.extender=crediteval.rulepack)"} so that
 * the resolver brings this bundle along; the capability below is what satisfies it.
 */
@Capability(namespace = ExtenderNamespace.EXTENDER_NAMESPACE, name = PackExtender.EXTENDER_NAME, version = "1.0.0")
// the RulePack services are registered by hand, so bnd cannot infer this for the resolver
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=org.crediteval.api.pack.RulePack",
        uses = RulePack.class)
@Component(immediate = true, service = PackStatus.class)
public class PackExtender implements PackStatus {
    static final String EXTENDER_NAME = "crediteval.rulepack";
    /** Service property naming the pack bundle, so that tools can tell two copies of one pack apart. */
    static final String PACK_BUNDLE = "crediteval.pack.bundle";
    /**
     * Framework property: {@code skip} registers the packs that are part of the launch (installed before this
     * extender started) without running their golden cases. Meant only for a sealed batch runtime whose packs were
     * verified when it was built (the headless jar). Packs installed later, at run time, are always verified (the
     * batch CLI's packs folder, the shell, the desktop client).
     */
    static final String GOLDEN_PROPERTY = "crediteval.packs.golden";
    static final String SKIP_GOLDEN = "skip";

    private static final System.Logger LOG = System.getLogger(PackExtender.class.getName());

    // the golden cases need the engine, the csv importer and the json exporter: the verifier waits for them, and so
    // this component waits for the verifier (dynamic: a new engine does not withdraw every pack)
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile PackVerifier verifier;

    private final ConcurrentSkipListMap<Long, PackRefusal> refusals = new ConcurrentSkipListMap<>();
    private final Object idleLock = new Object();
    private int pending; // guarded by idleLock
    private BundleContext context;
    /** With {@code skip}: the bundles installed when this extender started (the sealed launch); else empty. */
    private Set<Long> sealedBundles = Set.of();
    private ExecutorService checker;
    private BundleTracker<Tracked> tracker;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
        if (SKIP_GOLDEN.equals(context.getProperty(GOLDEN_PROPERTY))) {
            Set<Long> sealed = new HashSet<>();
            for (Bundle b : context.getBundles()) sealed.add(b.getBundleId());
            sealedBundles = Set.copyOf(sealed);
        }
        // one thread: packs are decided in the order they arrive (a test or a tool may rely on that)
        checker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "crediteval-pack-extender");
            t.setDaemon(true);
            return t;
        });
        // RESOLVED is enough: a pack is data and never needs to be started. STOPPING is in the mask so that stopping
        // a started pack bundle does not withdraw and re-check it
        int states = Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING;
        tracker = new BundleTracker<>(context, states, new Customizer());
        tracker.open();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        tracker.close();
        checker.shutdownNow();
        checker.awaitTermination(5, TimeUnit.SECONDS);
    }

    // ---- PackStatus

    @Override
    public boolean idle() {
        synchronized (idleLock) {
            return pending == 0;
        }
    }

    @Override
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (idleLock) {
            while (pending > 0) {
                long left = end - System.nanoTime();
                if (left <= 0) return false;
                TimeUnit.NANOSECONDS.timedWait(idleLock, left);
            }
            return true;
        }
    }

    @Override
    public List<PackRefusal> refusals() {
        return List.copyOf(refusals.values());
    }

    // ---- tracking

    /** One pack bundle revision: its registrations once checked; {@code removed} stops a check still running. */
    private static final class Tracked {
        final List<ServiceRegistration<RulePack>> registrations = new ArrayList<>();
        boolean removed;
    }

    private final class Customizer implements BundleTrackerCustomizer<Tracked> {
        @Override
        public Tracked addingBundle(Bundle bundle, BundleEvent event) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (revision == null || !isOurs(bundle)) return null;
            List<BundleCapability> capabilities = revision.getDeclaredCapabilities(PackLoader.NAMESPACE);
            if (capabilities.isEmpty()) return null;
            // an invalid pack is still tracked (with no registrations) so it is not reloaded on every state change
            Tracked tracked = new Tracked();
            synchronized (idleLock) {
                pending++;
            }
            try {
                checker.execute(() -> {
                    try {
                        check(bundle, capabilities, tracked);
                    } finally {
                        synchronized (idleLock) {
                            pending--;
                            idleLock.notifyAll();
                        }
                    }
                });
            } catch (RuntimeException rejected) {
                synchronized (idleLock) {
                    pending--;
                    idleLock.notifyAll();
                }
            }
            return tracked;
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, Tracked tracked) {
            // RESOLVED -> STARTING -> ACTIVE changes nothing for a pack; an update goes through INSTALLED,
            // which removes it, and comes back through addingBundle
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, Tracked tracked) {
            List<ServiceRegistration<RulePack>> registrations;
            synchronized (tracked) {
                tracked.removed = true;
                registrations = List.copyOf(tracked.registrations);
                tracked.registrations.clear();
            }
            refusals.remove(bundle.getBundleId());
            unregister(registrations);
            if (!registrations.isEmpty()) {
                LOG.log(Level.DEBUG, () -> "rule pack bundle " + origin(bundle) + ": " + registrations.size() + " pack(s) withdrawn");
            }
        }
    }

    /** Runs on the checker thread. */
    private void check(Bundle bundle, List<BundleCapability> capabilities, Tracked tracked) {
        synchronized (tracked) {
            if (tracked.removed) return;
        }
        BundlePackArchive archive = new BundlePackArchive(bundle);
        List<PackDiagnostic> safety = PackSafety.check(archive, archive::copyToTempJar, true, context::getProperty);
        if (!safety.isEmpty()) {
            refuse(bundle, tracked, firstError(safety), safety);
            return;
        }
        List<LoadedPack> accepted = new ArrayList<>();
        for (BundleCapability capability : capabilities) {
            Object packId = capability.getAttributes().get(PackLoader.NAMESPACE);
            PackLoader.Result result = PackLoader.load(new PackSource(origin(bundle), capability.getAttributes(),
                    bundle.getVersion(), path -> open(bundle, path)));
            if (result.pack() == null) {
                refuse(bundle, tracked, "pack '" + packId + "' is not valid: " + firstError(result.diagnostics()), result.diagnostics());
                continue;
            }
            LoadedPack pack = result.pack();
            PackVerifier v = verifier;
            boolean verify = !sealedBundles.contains(bundle.getBundleId());
            List<CaseResult> cases = v == null || !verify ? List.of() : v.runGoldenCases(pack, bundleCases(bundle));
            List<CaseResult> failed = cases.stream().filter(c -> c.status() == CaseResult.Status.FAILED).toList();
            if (!failed.isEmpty()) {
                List<PackDiagnostic> details = failed.stream()
                        .map(c -> PackLoader.error("golden/" + c.name(), String.join("; ", c.mismatches()))).toList();
                refuse(bundle, tracked, "pack " + pack.id() + "@" + pack.version() + ": " + failed.size() + " of " + cases.size()
                        + " golden case(s) failed (" + String.join(", ", failed.stream().map(CaseResult::name).toList()) + ")", details);
                continue;
            }
            if (cases.isEmpty() && verify) {
                List<PackDiagnostic> warnings = new ArrayList<>(pack.warnings());
                warnings.add(new PackDiagnostic(Severity.WARNING, "golden", "the pack has no golden cases, nothing vouches for its scores"));
                pack = new LoadedPack(pack.id(), pack.version(), pack.name(), pack.scheme(), pack.origin(), warnings);
            }
            accepted.add(pack);
        }
        for (LoadedPack pack : accepted) {
            ServiceRegistration<RulePack> registration = context.registerService(RulePack.class, pack, properties(bundle, pack));
            boolean keep;
            synchronized (tracked) {
                keep = !tracked.removed;
                if (keep) tracked.registrations.add(registration);
            }
            if (!keep) {
                // the bundle went away while it was checked
                unregister(List.of(registration));
                return;
            }
            LOG.log(Level.DEBUG, () -> "rule pack " + pack + " registered, " + pack.warnings().size() + " warning(s)");
        }
    }

    private void refuse(Bundle bundle, Tracked tracked, String reason, List<PackDiagnostic> details) {
        synchronized (tracked) {
            if (tracked.removed) return;
        }
        refusals.put(bundle.getBundleId(), new PackRefusal(bundle.getBundleId(), origin(bundle), bundle.getLocation(),
                reason, details, Instant.now()));
        for (PackDiagnostic d : details) {
            Level level = d.severity() == Severity.ERROR ? Level.ERROR : d.severity() == Severity.WARNING ? Level.WARNING : Level.INFO;
            LOG.log(level, "rule pack bundle " + origin(bundle) + ": " + d);
        }
        LOG.log(Level.ERROR, "rule pack bundle " + origin(bundle) + " refused, not registered: " + reason);
    }

    private static String firstError(List<PackDiagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).findFirst().map(PackDiagnostic::toString)
                .orElse("no reason given");
    }

    private static void unregister(List<ServiceRegistration<RulePack>> registrations) {
        for (ServiceRegistration<RulePack> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the extender itself is stopping and the framework got there first
            }
        }
    }

    /**
     * A pack wired to another provider of the crediteval.rulepack extender (another copy or version of this
     * bundle) belongs to that one. Packs that do not require the extender at all are still taken.
     */
    private boolean isOurs(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) return true;
        for (BundleWire wire : wiring.getRequiredWires(ExtenderNamespace.EXTENDER_NAMESPACE)) {
            if (EXTENDER_NAME.equals(wire.getCapability().getAttributes().get(ExtenderNamespace.EXTENDER_NAMESPACE))
                    && !wire.getProvider().getBundle().equals(context.getBundle())) {
                return false;
            }
        }
        return true;
    }

    /** Golden cases of an installed pack: {@code golden/<name>/evidence.csv} entries. */
    static GoldenCases bundleCases(Bundle bundle) {
        return new GoldenCases() {
            @Override
            public List<String> names() {
                TreeSet<String> names = new TreeSet<>();
                Enumeration<URL> found = bundle.findEntries("golden", "evidence.csv", true);
                for (URL url : found == null ? Collections.<URL>emptyList() : Collections.list(found)) {
                    String[] parts = url.getPath().replaceFirst("^/", "").split("/");
                    if (parts.length == 3 && parts[0].equals("golden")) names.add(parts[1]);
                }
                return List.copyOf(names);
            }

            @Override
            public byte[] read(String caseName, String file) throws IOException {
                try (InputStream in = open(bundle, "golden/" + caseName + "/" + file)) {
                    return in == null ? null : in.readAllBytes();
                }
            }
        };
    }

    private static InputStream open(Bundle bundle, String path) throws IOException {
        // getEntry, not getResource: the model is the pack's own file, never something found on a class path
        URL url = bundle.getEntry(path);
        return url == null ? null : url.openStream();
    }

    private static Hashtable<String, Object> properties(Bundle bundle, LoadedPack pack) {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put(RulePack.PACK_ID, pack.id());
        p.put(RulePack.PACK_VERSION, pack.version());
        p.put(PACK_BUNDLE, bundle.getSymbolicName());
        p.put(Constants.SERVICE_DESCRIPTION, pack.name());
        // a plain @Reference (filtered by pack id) then binds the newest version; the registry sorts on its own
        p.put(Constants.SERVICE_RANKING, ranking(Version.parseVersion(pack.version())));
        return p;
    }

    static int ranking(Version v) {
        return Math.min(v.getMajor(), 2000) * 1_000_000 + Math.min(v.getMinor(), 999) * 1_000 + Math.min(v.getMicro(), 999);
    }

    static String origin(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion();
    }
}
