/**
 * Reading and writing rule-pack models (XMI) without Eclipse's extension registry, so that the same code
 * works on Felix and Equinox. Parsing is hardened for documents that come from outside the platform
 * (no DOCTYPE, no external entities or DTDs, size and object limits, no network access).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.crediteval.model.io;
