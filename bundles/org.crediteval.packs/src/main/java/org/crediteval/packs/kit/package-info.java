/** The pack authoring kit: scaffolding of a new, standalone rule-pack project (bnd build, model, golden cases). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.crediteval.packs.kit;
