package org.crediteval.packs.internal;

import java.io.File;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.function.UnaryOperator;

/**
 * The keys whose signature lets a pack carry code. Configured by framework (or system) properties; read at each
 * check, so that a new trust store takes effect for the next pack without a restart. No trust store: code in a pack
 * is always refused.
 */
final class TrustStore {
    /** Path of a PKCS12 or JKS file (the type is detected). */
    static final String PATH = "crediteval.packs.truststore";
    static final String PASSWORD = "crediteval.packs.truststore.password";

    private final String path;
    private final KeyStore keys;

    private TrustStore(String path, KeyStore keys) {
        this.path = path;
        this.keys = keys;
    }

    /**
     * @return null when no trust store is configured
     * @throws IOException naming the file when it is configured but cannot be read
     */
    static TrustStore load(UnaryOperator<String> properties) throws IOException {
        String path = properties.apply(PATH);
        if (path == null || path.isBlank()) return null;
        String password = properties.apply(PASSWORD);
        try {
            KeyStore ks = KeyStore.getInstance(new File(path.trim()), password == null ? new char[0] : password.toCharArray());
            return new TrustStore(path.trim(), ks);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("the trust store " + path + " (" + PATH + ") cannot be read: " + e.getMessage(), e);
        }
    }

    boolean trusts(Certificate certificate) {
        try {
            return keys.getCertificateAlias(certificate) != null;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    String path() {
        return path;
    }
}
