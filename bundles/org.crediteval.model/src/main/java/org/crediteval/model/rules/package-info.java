/**
 * Facts about a scheme's rules that the engine, the validator and the UI must agree on: rule and item
 * maxima and the facts an item reads (docs/conventions.md, "Item ids, item maxima, ordering").
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.crediteval.model.rules;
