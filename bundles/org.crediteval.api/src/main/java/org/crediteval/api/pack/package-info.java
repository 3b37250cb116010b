/**
 * Installed rule packs: one {@link org.crediteval.api.pack.RulePack} service per valid pack bundle, and a
 * registry that picks a pack by {@code id} or {@code id@version}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.crediteval.api.pack;
