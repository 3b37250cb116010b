package org.crediteval.packs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Checks a signed jar the way jarsigner -verify does, and stricter: every entry except the signature files is
 * signed, its digest verified (the entry is read in full through a verifying JarFile), one and the same signer covers
 * every entry, that signer's certificate chain contains a certificate of the trust store, and no signed entry was
 * removed.
 */
final class JarSignatures {
    private JarSignatures() {
    }

    /** @return the problems, empty when the jar is signed by a trusted key throughout */
    static List<String> verify(Path jar, TrustStore trust) {
        List<String> problems = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                problems.add("the jar has no manifest, so no signature");
                return problems;
            }
            Set<CodeSigner> common = null;
            Set<String> present = new HashSet<>();
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                if (entry.isDirectory()) continue;
                String name = entry.getName();
                present.add(name);
                if (isSignatureFile(name)) continue;
                try (InputStream in = file.getInputStream(entry)) {
                    // digests are checked as the entry is read; a mismatch throws SecurityException at the end
                    while (in.read(buffer) >= 0) {
                        // read through
                    }
                } catch (SecurityException tampered) {
                    problems.add("entry '" + name + "' does not match its signed digest (changed after signing): " + tampered.getMessage());
                    continue;
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    problems.add("entry '" + name + "' is not signed (added after signing, or never signed)");
                    continue;
                }
                Set<CodeSigner> trusted = new LinkedHashSet<>();
                for (CodeSigner s : signers) {
                    if (isTrusted(s, trust)) trusted.add(s);
                }
                if (trusted.isEmpty()) {
                    problems.add("entry '" + name + "' is signed by " + describe(signers) + ", which the trust store "
                            + trust.path() + " does not hold");
                    continue;
                }
                if (common == null) common = trusted;
                else common.retainAll(trusted);
            }
            if (problems.isEmpty() && common != null && common.isEmpty()) {
                problems.add("the entries are signed by different keys; one trusted signer must sign them all");
            }
            if (problems.isEmpty() && common == null) {
                problems.add("the jar has no signed entries");
            }
            // a signed entry that is gone: the manifest still lists its digest
            for (Map.Entry<String, Attributes> section : manifest.getEntries().entrySet()) {
                boolean hasDigest = section.getValue().keySet().stream()
                        .anyMatch(k -> k.toString().toUpperCase(Locale.ROOT).endsWith("-DIGEST"));
                if (hasDigest && !present.contains(section.getKey())) {
                    problems.add("signed entry '" + section.getKey() + "' is missing from the jar");
                }
            }
        } catch (IOException | SecurityException e) {
            problems.add("the signature cannot be checked: " + e.getMessage());
        }
        return problems;
    }

    static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("META-INF/MANIFEST.MF")) return true;
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) return false;
        return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
                || upper.startsWith("META-INF/SIG-");
    }

    private static boolean isTrusted(CodeSigner signer, TrustStore trust) {
        for (Certificate c : signer.getSignerCertPath().getCertificates()) {
            if (trust.trusts(c)) return true;
        }
        return false;
    }

    private static String describe(CodeSigner[] signers) {
        List<String> names = new ArrayList<>();
        for (CodeSigner s : signers) {
            Certificate c = s.getSignerCertPath().getCertificates().get(0);
            names.add(c instanceof java.security.cert.X509Certificate x ? x.getSubjectX500Principal().getName() : c.getType());
        }
        return String.join(" / ", names);
    }
}
