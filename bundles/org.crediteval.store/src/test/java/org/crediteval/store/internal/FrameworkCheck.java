package org.crediteval.store.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Runs in a JVM whose class path holds only this class and one OSGi framework (Felix or Equinox): starts the
 * framework with the store bundle and what it needs, gets the AssessmentStores service from DS and uses it
 * (migrations from the bundle, the native SQLite library, EMF for the pack's facts). The bundles' classes are
 * not on this class path, so the calls go through reflection. Prints {@code OK …} and exits 0, or exits 1.
 * <p>
 * Arguments: storage folder, database file, bundle jars….
 */
public final class FrameworkCheck {
    public static void main(String[] args) throws Exception {
        Path storage = Path.of(args[0]);
        Path db = Path.of(args[1]);
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow();
        Framework fw = factory.newFramework(config);
        fw.start();
        int exit = 1;
        try {
            BundleContext ctx = fw.getBundleContext();
            List<Bundle> bundles = new ArrayList<>();
            for (int i = 2; i < args.length; i++) bundles.add(ctx.installBundle(Path.of(args[i]).toUri().toString()));
            for (Bundle b : bundles) if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) b.start();
            Bundle api = find(ctx, "org.crediteval.api"), model = find(ctx, "org.crediteval.model"), store = find(ctx, "org.crediteval.store");

            Object stores = service(ctx, "org.crediteval.api.store.AssessmentStores");
            Object s = call(stores, "open", db);
            try {
                call(s, "createAssessment", "广东2017", "gd-2017", "1.0.0", 2017, List.of("茂名市"), "osgi");

                // a pack built with the model bundle's EMF factory, behind the API's RulePack interface
                Object factory1 = model.loadClass("org.crediteval.model.scheme.SchemeFactory").getField("eINSTANCE").get(null);
                Object scheme = call(factory1, "createScheme");
                Object fact = call(factory1, "createFactDefinition");
                call(fact, "setId", "1.1.institution");
                @SuppressWarnings("unchecked")
                List<Object> facts = (List<Object>) call(scheme, "getFacts");
                facts.add(fact);
                Class<?> rulePack = api.loadClass("org.crediteval.api.pack.RulePack");
                Object pack = Proxy.newProxyInstance(rulePack.getClassLoader(), new Class<?>[] {rulePack}, (p, m, a) -> switch (m.getName()) {
                    case "id" -> "gd-2017";
                    case "version" -> "1.0.0";
                    case "scheme" -> scheme;
                    case "toString" -> "test pack";
                    default -> null;
                });
                Class<?> location = api.loadClass("org.crediteval.api.evidence.Location");
                Object loc = location.getMethod("line", String.class, long.class).invoke(null, "e.csv", 2L);
                Object raw = api.loadClass("org.crediteval.api.evidence.RawFact").getConstructors()[0]
                        .newInstance("茂名市", "1.1.institution", "是", "", "", loc);
                Object evidence = api.loadClass("org.crediteval.api.evidence.Evidence").getConstructors()[0]
                        .newInstance(List.of("茂名市"), List.of(raw));
                Object imported = call(s, "importEvidence", "广东2017", pack, evidence, "osgi", "in framework");

                Object state = call(s, "currentEvidence", "广东2017");
                long revision = (Long) call(state, "revision");
                Class<?> packRef = api.loadClass("org.crediteval.api.score.ScoreResult$PackRef");
                Object ref = packRef.getConstructors()[0].newInstance("gd-2017", "1.0.0");
                BigDecimal half = new BigDecimal("0.50");
                Object subject = api.loadClass("org.crediteval.api.score.SubjectResult").getConstructors()[0]
                        .newInstance("茂名市", half, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ONE, half, List.of(), List.of(), List.of());
                Object result = api.loadClass("org.crediteval.api.score.ScoreResult").getConstructors()[0].newInstance(ref, List.of(subject));
                Object run = call(s, "storeRun", "广东2017", result, revision, "osgi");
                Object back = call(s, "loadRun", (Long) call(run, "id"));
                if (!back.equals(result)) throw new AssertionError("run did not read back: " + back);
                System.out.println("OK " + fw.getSymbolicName() + " " + fw.getVersion() + ": store bundle " + store.getVersion()
                        + " state " + store.getState() + ", " + imported + ", run " + call(run, "id"));
                exit = 0;
            } finally {
                call(s, "close");
            }
        } catch (Throwable t) {
            t.printStackTrace();
        } finally {
            fw.stop();
            fw.waitForStop(10_000);
        }
        System.exit(exit);
    }

    private static Bundle find(BundleContext ctx, String bsn) {
        for (Bundle b : ctx.getBundles()) if (bsn.equals(b.getSymbolicName())) return b;
        throw new AssertionError("bundle " + bsn + " not installed");
    }

    private static Object service(BundleContext ctx, String type) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            ServiceReference<?> ref = ctx.getServiceReference(type);
            if (ref != null) return ctx.getService(ref);
            Thread.sleep(20);
        }
        StringBuilder b = new StringBuilder("no " + type + " service; bundles:");
        for (Bundle x : ctx.getBundles()) b.append("\n  ").append(x.getSymbolicName()).append(" state ").append(x.getState());
        throw new AssertionError(b.toString());
    }

    /**
     * Calls the public method {@code name} that takes {@code args.length} arguments and accepts them, looking in the
     * public interfaces first (the implementation classes are not public).
     */
    private static Object call(Object target, String name, Object... args) throws Exception {
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            collectInterfaces(c, types);
            types.add(c);
        }
        for (Class<?> t : types) {
            if (!java.lang.reflect.Modifier.isPublic(t.getModifiers())) continue;
            for (Method m : t.getMethods()) {
                if (!m.getName().equals(name) || m.getParameterCount() != args.length) continue;
                try {
                    return m.invoke(target, args);
                } catch (IllegalArgumentException | IllegalAccessException e) {
                    // another overload, or not accessible this way: keep looking
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw new RuntimeException(name + " failed: " + e.getCause(), e.getCause());
                }
            }
        }
        throw new NoSuchMethodException(target.getClass() + "." + name + "/" + args.length);
    }

    private static void collectInterfaces(Class<?> c, List<Class<?>> out) {
        for (Class<?> i : c.getInterfaces()) {
            if (!out.contains(i)) out.add(i);
            collectInterfaces(i, out);
        }
    }
}
