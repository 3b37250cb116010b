/**
 * Pack conformance: verify a pack jar or an installed pack (safety checks, model validation, the pack's own golden
 * cases with the subset match of docs/conventions.md), and see which pack bundles the extender refused and why.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.crediteval.packs.verify;
