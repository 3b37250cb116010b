package org.crediteval.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crediteval.model.scheme.Scheme;
import org.crediteval.model.scheme.SchemePackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.xml.sax.SAXParseException;

/**
 * Loads and saves {@link Scheme} models (rule packs) as XMI, registering the model explicitly: on Felix no
 * extension registry reads plugin.xml, so nothing else would.
 *
 * <p>{@code load} treats the document as untrusted: DOCTYPE declarations are refused (which also stops
 * entity-expansion bombs), external entities and DTDs are never fetched, the document may not exceed
 * {@link #MAX_BYTES} bytes nor {@link #MAX_OBJECTS} objects, and the document may not reference other
 * documents (a scheme is self-contained). Problems are reported as {@link SchemeLoadException} naming the
 * document, line and column.
 */
public final class SchemeResources {

    /** Largest document accepted: 16 MiB (the real packs are well under 1 MiB). */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    /** Most objects one document may create. */
    public static final int MAX_OBJECTS = 1_000_000;

    /** Problems listed in one exception message; the rest are counted. */
    private static final int MAX_LISTED_ERRORS = 20;

    private SchemeResources() {
    }

    /**
     * A resource set that knows the scheme package and reads {@code *.xmi} (and any other extension) as
     * scheme XMI with the hardened parser settings.
     */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(SchemePackage.eNS_URI, SchemePackage.eINSTANCE);
        SchemeResourceFactory factory = new SchemeResourceFactory();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("xmi", factory);
        factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, factory);
        return resourceSet;
    }

    /** Loads the scheme at {@code url} (a file, a {@code bundle.getEntry} URL, ...), named by the URL. */
    public static Scheme load(URL url) throws IOException {
        return load(url, url.toExternalForm());
    }

    /** Loads the scheme at {@code url}; {@code name} is used in messages (e.g. "gd-2017.xmi in bundle 12"). */
    public static Scheme load(URL url, String name) throws IOException {
        try (InputStream in = url.openStream()) {
            return load(in, name, URI.createURI(url.toExternalForm()));
        }
    }

    /** Loads the scheme in the file {@code path}, named by the path. */
    public static Scheme load(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return load(in, path.toString(), URI.createFileURI(path.toAbsolutePath().toString()));
        }
    }

    /**
     * Loads the scheme read from {@code in} (not closed here). {@code name} is used in messages and as the
     * resource's URI (e.g. {@code model/gd-2017.xmi}).
     */
    public static Scheme load(InputStream in, String name) throws SchemeLoadException {
        return load(in, name, uriFor(name));
    }

    /** Writes {@code scheme} as UTF-8 XMI to {@code out} (not closed here). */
    public static void save(Scheme scheme, OutputStream out) throws IOException {
        Resource resource = scheme.eResource();
        if (resource instanceof XMLResource xml) {
            xml.save(out, SafeXmiResource.SAVE_OPTIONS);
            return;
        }
        if (resource != null) {
            throw new IllegalArgumentException("the scheme lives in a " + resource.getClass().getName()
                    + ", not an XML resource: save it through its resource");
        }
        // a scheme built in memory: lend it a resource for the save, then give it back as it was
        Resource temporary = newResourceSet().createResource(URI.createURI("scheme.xmi"));
        temporary.getContents().add(scheme);
        try {
            temporary.save(out, null);
        } finally {
            temporary.getContents().remove(scheme);
        }
    }

    private static Scheme load(InputStream in, String name, URI uri) throws SchemeLoadException {
        ResourceSet resourceSet = newResourceSet();
        resourceSet.setURIConverter(selfContained());
        Resource resource = resourceSet.createResource(uri);
        try {
            resource.load(in, null);
        } catch (IOException | RuntimeException e) {
            throw describe(name, resource, e);
        }
        List<EObject> roots = resource.getContents();
        if (roots.size() != 1 || !(roots.get(0) instanceof Scheme scheme)) {
            String found = roots.isEmpty() ? "nothing" : roots.get(0).eClass().getName()
                    + (roots.size() > 1 ? " and " + (roots.size() - 1) + " more roots" : "");
            throw new SchemeLoadException(name, "the document must hold exactly one scheme:Scheme, found " + found, null);
        }
        return scheme;
    }

    /** A URI converter that opens nothing: references to other documents stay unresolved proxies. */
    private static URIConverter selfContained() {
        URIConverter converter = new ExtensibleURIConverterImpl();
        converter.getURIHandlers().clear();
        converter.getURIHandlers().add(new URIHandlerImpl() {
            @Override
            public boolean canHandle(URI uri) {
                return true;
            }

            @Override
            public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
                throw new IOException("a scheme document must be self-contained; refusing to open " + uri);
            }

            @Override
            public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
                throw new IOException("a loaded scheme is saved with SchemeResources.save, not to " + uri);
            }

            @Override
            public boolean exists(URI uri, Map<?, ?> options) {
                return false;
            }
        });
        return converter;
    }

    /** Turns whatever EMF or the parser threw into one exception naming the document and the position. */
    private static SchemeLoadException describe(String name, Resource resource, Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LimitExceededException limit) {
                return new SchemeLoadException(name, limit.line(), 0, limit.getMessage(), failure);
            }
            if (t instanceof SAXParseException parse) {
                return new SchemeLoadException(name, parse.getLineNumber(), parse.getColumnNumber(),
                        parse.getMessage(), failure);
            }
        }
        List<Resource.Diagnostic> errors = resource.getErrors();
        if (errors.isEmpty()) {
            String detail = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            return new SchemeLoadException(name, detail, failure);
        }
        Resource.Diagnostic first = errors.get(0);
        List<String> lines = new ArrayList<>();
        lines.add(detailOf(first));
        for (int i = 1; i < errors.size() && i < MAX_LISTED_ERRORS; i++) {
            Resource.Diagnostic d = errors.get(i);
            lines.add(SchemeLoadException.format(name, d.getLine(), d.getColumn(), detailOf(d)));
        }
        if (errors.size() > MAX_LISTED_ERRORS) {
            lines.add("... and " + (errors.size() - MAX_LISTED_ERRORS) + " more problems");
        }
        return new SchemeLoadException(name, first.getLine(), first.getColumn(), String.join("\n", lines), failure);
    }

    /** EMF appends "(location, line, column)" to some messages; the position is reported separately. */
    private static String detailOf(Resource.Diagnostic diagnostic) {
        String message = diagnostic.getMessage();
        if (diagnostic instanceof XMIException && message != null) {
            int paren = message.lastIndexOf(" (");
            if (paren > 0 && message.endsWith(")") && message.substring(paren).contains(", ")) {
                return message.substring(0, paren);
            }
        }
        return message;
    }

    private static URI uriFor(String name) {
        try {
            URI uri = URI.createURI(name);
            return uri.hasAbsolutePath() || uri.scheme() != null ? uri : URI.createFileURI(name);
        } catch (IllegalArgumentException e) {
            return URI.createFileURI(name);
        }
    }

    static String describeBytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
