/**
 * The assessment store: assessments that live for weeks, their evidence with an audit trail and attached
 * documents, and the score runs made from it, each pinned to the pack version and evidence state it scored.
 * <p>
 * Get the {@link org.crediteval.api.store.AssessmentStores} service, {@code open} a database file and close the
 * store when done. Every failure the user can fix (unknown assessment or run, evidence for another pack, a file
 * that is not a store, a schema newer than the program) is a {@link org.crediteval.api.store.StoreException}
 * whose {@link org.crediteval.api.store.StoreException#badInput()} is true; nothing is changed then.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.crediteval.api.store;
