package org.crediteval.model.io;

import java.io.UncheckedIOException;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;

/**
 * EMF's XMI handler with two restrictions: it stops after {@code maxObjects} objects, and it only takes
 * packages from the registry (EMF would otherwise try to download an unknown namespace URI as an ecore).
 */
final class SafeXmiHandler extends SAXXMIHandler {

    private final int maxObjects;
    private int objects;

    SafeXmiHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options, int maxObjects) {
        super(resource, helper, options);
        this.maxObjects = maxObjects;
    }

    @Override
    protected void processObject(EObject object) {
        if (++objects > maxObjects) {
            // processObject cannot throw a checked exception; SafeXmiResource unwraps this one
            throw new UncheckedIOException(new LimitExceededException(
                    "document has more than the limit of " + maxObjects + " objects", getLineNumber()));
        }
        super.processObject(object);
    }

    @Override
    protected EPackage getPackageForURI(String uriString) {
        if (uriString == null) {
            return null;
        }
        EPackage ePackage = extendedMetaData == null ? packageRegistry.getEPackage(uriString)
                : extendedMetaData.getPackage(uriString);
        if (ePackage == null || ePackage.eIsProxy()) {
            error(new PackageNotFoundException(uriString, getLocation(), getLineNumber(), getColumnNumber()));
            return null;
        }
        return ePackage;
    }
}
