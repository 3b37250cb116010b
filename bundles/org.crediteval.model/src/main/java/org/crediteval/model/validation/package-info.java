/**
 * Validation of rule-pack models: {@link org.crediteval.model.validation.SchemeValidator} is an EMF
 * {@link org.eclipse.emf.ecore.EValidator} that needs no extension registry.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.crediteval.model.validation;
