/**
 * Evidence as read from a file, before it is checked against a pack: raw facts with their location, and the
 * importer service that reads one file format.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.crediteval.api.evidence;
