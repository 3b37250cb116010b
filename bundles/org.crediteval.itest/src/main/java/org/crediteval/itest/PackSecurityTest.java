package org.crediteval.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.PackDiagnostic.Severity;
import org.crediteval.api.pack.RulePackRegistry;
import org.crediteval.itest.HostilePacks.Entry;
import org.crediteval.itest.TestSigning.Signer;
import org.crediteval.packs.verify.PackRefusal;
import org.crediteval.packs.verify.PackStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Hostile packs, made in the test, installed into the running platform and checked with validate(Path): each is
 * refused with its reason, and the shipped packs stay registered. The run's trust store (shared.bnd:
 * crediteval.packs.truststore) is written here, trusting one key made here.
 */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class PackSecurityTest {
    static final String TRUST_PROPERTY = "crediteval.packs.truststore";
    static final byte[] CLASS_BYTES = {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 65};

    @InjectBundleContext
    static BundleContext context;

    @InjectService(timeout = 10_000)
    static RulePackRegistry registry;

    @InjectService(timeout = 10_000)
    static PackStatus status;

    static Signer trusted;
    static Signer stranger;

    @TempDir
    Path temp;

    private final List<Bundle> installed = new ArrayList<>();

    @BeforeAll
    static void trustOneKey() throws Exception {
        trusted = TestSigning.newSigner("credit-eval itest trusted pack signer");
        stranger = TestSigning.newSigner("somebody else");
        String path = context.getProperty(TRUST_PROPERTY);
        assertThat(path).as("framework property %s (shared.bnd)", TRUST_PROPERTY).isNotBlank();
        TestSigning.writeTrustStore(Path.of(path), context.getProperty(TRUST_PROPERTY + ".password"), trusted);
        PackBundles.await("shipped packs", () -> registry.find("gd-2017@1.0.0").isPresent() && registry.find("js-2012@1.0.0").isPresent());
    }

    @AfterEach
    void uninstallAndCheckThePlatformStillRuns() throws BundleException {
        for (Bundle b : installed) {
            if (b.getState() != Bundle.UNINSTALLED) b.uninstall();
        }
        assertThat(registry.find("gd-2017@1.0.0")).as("gd-2017 still registered").isPresent();
        assertThat(registry.find("js-2012@1.0.0")).as("js-2012 still registered").isPresent();
    }

    // ---- code in a pack

    @Test
    void classesInsideAreRefused() throws Exception {
        Path jar = jar("itest-classes", Map.of(), Entry.of("org/evil/Evil.class", CLASS_BYTES));
        refused(jar, "itest-classes", "not plain data", "org/evil/Evil.class", "not signed");
    }

    @Test
    void activatorIsRefused() throws Exception {
        refused(jar("itest-activator", Map.of("Bundle-Activator", "org.evil.Activator")), "itest-activator", "Bundle-Activator");
    }

    @Test
    void nativeCodeIsRefused() throws Exception {
        Path jar = jar("itest-native", Map.of("Bundle-NativeCode", "lib/evil.so;osname=Linux, *"),
                Entry.of("lib/evil.so", new byte[] {0x7f, 'E', 'L', 'F'}));
        refused(jar, "itest-native", "Bundle-NativeCode");
    }

    @Test
    void dsComponentIsRefused() throws Exception {
        Path jar = jar("itest-ds", Map.of("Service-Component", "OSGI-INF/evil.xml"), Entry.of("OSGI-INF/evil.xml",
                ("<?xml version=\"1.0\"?><scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"evil\">"
                        + "<implementation class=\"org.evil.Component\"/></scr:component>").getBytes(StandardCharsets.UTF_8)));
        refused(jar, "itest-ds", "Service-Component", "DS component");
    }

    @Test
    void codeSignedByATrustedKeyIsAccepted() throws Exception {
        byte[] signed = TestSigning.sign(Files.readAllBytes(jar("itest-signed", Map.of(), Entry.of("org/ok/Ok.class", CLASS_BYTES))), trusted);
        Path jar = write("signed.jar", signed);
        assertThat(errors(registry.validate(jar))).as("validate of a jar signed by a trusted key").isEmpty();
        Bundle b = install(jar);
        PackBundles.await("itest-signed registered", () -> registry.find("itest-signed@1.0.0").isPresent());
        assertThat(refusalOf(b)).isEmpty();
    }

    @Test
    void codeSignedByAnUntrustedKeyIsRefused() throws Exception {
        byte[] signed = TestSigning.sign(Files.readAllBytes(jar("itest-stranger", Map.of(), Entry.of("org/x/X.class", CLASS_BYTES))), stranger);
        refused(write("stranger.jar", signed), "itest-stranger", "CN=somebody else", "does not hold");
    }

    @Test
    void tamperedSignedJarIsRefused() throws Exception {
        byte[] signed = TestSigning.sign(Files.readAllBytes(jar("itest-tampered", Map.of(), Entry.of("org/ok/Ok.class", CLASS_BYTES))), trusted);
        byte[] tampered = HostilePacks.replaceEntry(signed, "org/ok/Ok.class", new byte[] {(byte) 0xca, (byte) 0xfe, 0, 1});
        refused(write("tampered.jar", tampered), "itest-tampered", "org/ok/Ok.class", "does not match its signed digest");
    }

    @Test
    void unsignedEntryAddedToASignedJarIsRefused() throws Exception {
        byte[] signed = TestSigning.sign(Files.readAllBytes(jar("itest-added", Map.of(), Entry.of("org/ok/Ok.class", CLASS_BYTES))), trusted);
        byte[] added = HostilePacks.addEntry(signed, "org/evil/Added.class", CLASS_BYTES);
        refused(write("added.jar", added), "itest-added", "org/evil/Added.class", "is not signed");
    }

    // ---- the model: XML attacks and limits

    @Test
    void xxePayloadIsRefused() throws Exception {
        Path jar = HostilePacks.write(temp.resolve("xxe.jar"), HostilePacks.headers("itest-xxe"),
                Entry.of(HostilePacks.model("itest-xxe"), HostilePacks.xxeModel("itest-xxe")));
        refused(jar, "itest-xxe", "DOCTYPE");
    }

    @Test
    void billionLaughsIsRefused() throws Exception {
        Path jar = HostilePacks.write(temp.resolve("laughs.jar"), HostilePacks.headers("itest-laughs"),
                Entry.of(HostilePacks.model("itest-laughs"), HostilePacks.billionLaughsModel("itest-laughs")));
        refused(jar, "itest-laughs", "DOCTYPE");
    }

    @Test
    void tenMillionElementModelIsRefused() throws Exception {
        // ~140 MB of XMI, written as a stream; the pack reader stops at its per-entry limit
        Path jar = HostilePacks.write(temp.resolve("huge.jar"), HostilePacks.headers("itest-huge"),
                new Entry(HostilePacks.model("itest-huge"), HostilePacks.manyElements("itest-huge", 10_000_000), false));
        refused(jar, "itest-huge", "inflates");
    }

    @Test
    void modelOverTheXmiSizeLimitIsRefusedByTheParser() throws Exception {
        // stored, not deflated: the archive checks let it through and SchemeResources' 16 MiB limit stops the parse
        Path jar = HostilePacks.write(temp.resolve("big.jar"), HostilePacks.headers("itest-big"),
                new Entry(HostilePacks.model("itest-big"), HostilePacks.manyNotes("itest-big", 150_000), true));
        refused(jar, "itest-big", "larger than the limit");
    }

    @Test
    void modelOverTheObjectLimitIsRefusedByTheParser() throws Exception {
        Path jar = HostilePacks.write(temp.resolve("objects.jar"), HostilePacks.headers("itest-objects"),
                new Entry(HostilePacks.model("itest-objects"), HostilePacks.manyElements("itest-objects", 1_100_000), true));
        refused(jar, "itest-objects", "objects");
    }

    // ---- the archive

    @Test
    void zipBombIsRefused() throws Exception {
        Path jar = HostilePacks.write(temp.resolve("bomb.jar"), HostilePacks.headers("itest-bomb"),
                Entry.of(HostilePacks.model("itest-bomb"), HostilePacks.validModel("itest-bomb")),
                new Entry("golden/01-bomb/evidence.csv", HostilePacks.zeros(256L << 20), false));
        refused(jar, "itest-bomb", "zip bomb");
    }

    @Test
    void pathTraversalEntryIsRefusedByValidate() throws Exception {
        // frameworks do not list such an entry of an installed bundle; a jar checked before install must say it
        Path jar = jar("itest-traversal", Map.of(), Entry.of("../../etc/evil.txt", new byte[] {1}));
        assertThat(text(errors(registry.validate(jar)))).contains("path traversal");
    }

    @Test
    void dataOnlyPackMadeTheSameWayIsAccepted() throws Exception {
        // the control: the hostile cases fail for their payload, not for the way they are made
        Bundle b = install(jar("itest-plain", Map.of()));
        PackBundles.await("itest-plain registered", () -> registry.find("itest-plain@1.0.0").isPresent());
        assertThat(refusalOf(b)).isEmpty();
    }

    // ---- helpers

    /** A pack with a valid model, extra headers and extra entries. */
    private Path jar(String id, Map<String, String> extraHeaders, Entry... extra) throws Exception {
        Map<String, String> headers = HostilePacks.headers(id);
        headers.putAll(extraHeaders);
        Entry[] entries = new Entry[extra.length + 1];
        entries[0] = Entry.of(HostilePacks.model(id), HostilePacks.validModel(id));
        System.arraycopy(extra, 0, entries, 1, extra.length);
        return HostilePacks.write(temp.resolve(id + ".jar"), headers, entries);
    }

    /**
     * The jar is refused twice: by validate(Path) with an error naming the reason, and at install, where the
     * extender lists the refusal (reason and details) and registers nothing.
     */
    private void refused(Path jar, String id, String... says) throws Exception {
        String validated = text(errors(registry.validate(jar)));
        for (String s : says) assertThat(validated).as("validate(%s) errors", jar.getFileName()).contains(s.toLowerCase(Locale.ROOT));

        Bundle b = install(jar);
        PackBundles.await("refusal of " + id, () -> refusalOf(b).isPresent());
        PackRefusal refusal = refusalOf(b).orElseThrow();
        String told = (refusal.reason() + " " + text(refusal.details())).toLowerCase(Locale.ROOT);
        for (String s : says) assertThat(told).as("refusal of %s", id).contains(s.toLowerCase(Locale.ROOT));
        assertThat(registry.packs()).extracting(p -> p.id()).doesNotContain(id);
    }

    private Bundle install(Path jar) throws Exception {
        Bundle b;
        try (InputStream in = Files.newInputStream(jar)) {
            b = context.installBundle(PackBundles.TEST_LOCATION + "security/" + jar.getFileName(), in);
        }
        installed.add(b);
        assertThat(context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(b)))
                .as("%s resolves (the extender decides, not the resolver)", jar.getFileName()).isTrue();
        return b;
    }

    private static Optional<PackRefusal> refusalOf(Bundle b) {
        return status.refusals().stream().filter(r -> r.bundleId() == b.getBundleId()).findFirst();
    }

    private static List<PackDiagnostic> errors(List<PackDiagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    private static String text(List<PackDiagnostic> diagnostics) {
        return String.join("\n", diagnostics.stream().map(PackDiagnostic::toString).toList()).toLowerCase(Locale.ROOT);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(temp.resolve(name), bytes);
    }
}
