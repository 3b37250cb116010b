/**
 * EMF's generated switch and adapter factory for the rule model (hand-written file, survives regeneration).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.crediteval.model.scheme.util;
