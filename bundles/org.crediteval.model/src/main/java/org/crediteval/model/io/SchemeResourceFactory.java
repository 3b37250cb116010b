package org.crediteval.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Creates XMI resources for rule-pack models that always parse with the hardened options of
 * {@link SchemeResources}. Register it in a resource set of your own, or use
 * {@link SchemeResources#newResourceSet()}.
 */
public class SchemeResourceFactory extends XMIResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new SafeXmiResource(uri);
    }
}
