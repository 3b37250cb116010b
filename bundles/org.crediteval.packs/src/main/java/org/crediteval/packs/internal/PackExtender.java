package org.crediteval.packs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.PackDiagnostic.Severity;
import org.crediteval.api.pack.RulePack;
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
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;

/**
 * The rule-pack extender: every resolved bundle that provides a {@code crediteval.rulepack} capability gets its
 * model loaded and validated, and each valid pack becomes a {@link RulePack} service registered by this bundle on
 * the pack's behalf. An invalid pack is logged (every diagnostic, naming the bundle) and registers nothing.
 * <p>
 * Packs declare {@code Require-Capability: osgi.extender;filter:="(osgi.extender=crediteval.rulepack)"} so that
 * the resolver brings this bundle along; the capability below is what satisfies it.
 */
@Capability(namespace = ExtenderNamespace.EXTENDER_NAMESPACE, name = PackExtender.EXTENDER_NAME, version = "1.0.0")
// the RulePack services are registered by hand, so bnd cannot infer this for the resolver
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=org.crediteval.api.pack.RulePack",
        uses = RulePack.class)
@Component(immediate = true)
public class PackExtender {
    static final String EXTENDER_NAME = "crediteval.rulepack";
    /** Service property naming the pack bundle, so that tools can tell two copies of one pack apart. */
    static final String PACK_BUNDLE = "crediteval.pack.bundle";

    private static final System.Logger LOG = System.getLogger(PackExtender.class.getName());

    private BundleTracker<List<ServiceRegistration<RulePack>>> tracker;

    @Activate
    void activate(BundleContext context) {
        // RESOLVED is enough: a pack is data and never needs to be started
        int states = Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE;
        tracker = new BundleTracker<>(context, states, new Customizer(context));
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    private static final class Customizer implements BundleTrackerCustomizer<List<ServiceRegistration<RulePack>>> {
        private final BundleContext context;

        Customizer(BundleContext context) {
            this.context = context;
        }

        @Override
        public List<ServiceRegistration<RulePack>> addingBundle(Bundle bundle, BundleEvent event) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (revision == null || !isOurs(bundle)) return null;
            List<BundleCapability> capabilities = revision.getDeclaredCapabilities(PackLoader.NAMESPACE);
            if (capabilities.isEmpty()) return null;

            // an invalid pack is still tracked (with no registrations) so it is not reloaded on every state change
            List<ServiceRegistration<RulePack>> registrations = new ArrayList<>();
            for (BundleCapability capability : capabilities) {
                PackLoader.Result result = PackLoader.load(new PackSource(origin(bundle), capability.getAttributes(),
                        bundle.getVersion(), path -> open(bundle, path)));
                log(bundle, capability.getAttributes().get(PackLoader.NAMESPACE), result);
                if (result.pack() != null) {
                    registrations.add(context.registerService(RulePack.class, result.pack(), properties(bundle, result.pack())));
                }
            }
            return registrations;
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, List<ServiceRegistration<RulePack>> registrations) {
            // RESOLVED -> STARTING -> ACTIVE changes nothing for a pack; an update goes through INSTALLED,
            // which removes it, and comes back through addingBundle
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, List<ServiceRegistration<RulePack>> registrations) {
            for (ServiceRegistration<RulePack> registration : registrations) {
                try {
                    registration.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // the extender itself is stopping and the framework got there first
                }
            }
            if (!registrations.isEmpty()) {
                LOG.log(Level.DEBUG, () -> "rule pack bundle " + origin(bundle) + ": " + registrations.size() + " pack(s) withdrawn");
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

    private static void log(Bundle bundle, Object packId, PackLoader.Result result) {
        if (result.pack() != null) {
            // a valid pack's warnings travel with it (RulePack.warnings()); a command line should not print them on every start
            LOG.log(Level.DEBUG, () -> "rule pack " + result.pack() + " registered, " + result.diagnostics().size() + " warning(s)");
            return;
        }
        for (PackDiagnostic d : result.diagnostics()) {
            Level level = d.severity() == Severity.ERROR ? Level.ERROR
                    : d.severity() == Severity.WARNING ? Level.WARNING : Level.INFO;
            LOG.log(level, "rule pack bundle " + origin(bundle) + ": " + d);
        }
        LOG.log(Level.ERROR, "rule pack bundle " + origin(bundle) + ": pack '" + packId + "' is not valid and is not registered");
    }
}
