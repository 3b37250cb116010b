package org.crediteval.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XMI resource that parses defensively whatever options the caller passes: the security options are
 * forced on every load, the input is cut at {@link SchemeResources#MAX_BYTES}, and the object count at
 * {@link SchemeResources#MAX_OBJECTS}.
 */
final class SafeXmiResource extends XMIResourceImpl {

    /**
     * Parsers are costly to create; the pool keys them by the (constant) features below. No handler
     * cache: a handler counts objects and must start at zero on every load.
     */
    private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl();

    private static final Map<String, Boolean> PARSER_FEATURES = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE,
            XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);

    private static final Map<String, Object> PARSER_PROPERTIES = Map.of(
            XMLConstants.ACCESS_EXTERNAL_DTD, "",
            XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");

    /** UTF-8 and the same bytes on every OS. */
    static final Map<String, Object> SAVE_OPTIONS = Map.of(
            XMLResource.OPTION_ENCODING, "UTF-8",
            XMLResource.OPTION_LINE_DELIMITER, "\n");

    SafeXmiResource(URI uri) {
        super(uri);
        Map<Object, Object> load = getDefaultLoadOptions();
        load.putAll(secure(Map.of()));
        // facts are defined after the items that reference them: resolve IDREFs at the end of the document
        load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        load.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);

        getDefaultSaveOptions().putAll(SAVE_OPTIONS);
        setEncoding("UTF-8");
    }

    /** The caller's options with the security options put over them. */
    static Map<Object, Object> secure(Map<?, ?> options) {
        Map<Object, Object> secured = new HashMap<>(options == null ? Map.of() : options);
        secured.put(XMLResource.OPTION_PARSER_FEATURES, PARSER_FEATURES);
        secured.put(XMLResource.OPTION_PARSER_PROPERTIES, PARSER_PROPERTIES);
        secured.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        secured.remove(XMLResource.OPTION_BINARY); // only XML is parsed under these rules
        return secured;
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        try {
            super.doLoad(new LimitedInputStream(inputStream, SchemeResources.MAX_BYTES), secure(options));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void doLoad(InputSource inputSource, Map<?, ?> options) throws IOException {
        if (inputSource.getByteStream() != null) {
            inputSource.setByteStream(new LimitedInputStream(inputSource.getByteStream(), SchemeResources.MAX_BYTES));
        }
        try {
            super.doLoad(inputSource, secure(options));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new SafeXmiHandler(resource, helper, options, SchemeResources.MAX_OBJECTS);
            }
        };
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        return createXMLLoad();
    }
}
