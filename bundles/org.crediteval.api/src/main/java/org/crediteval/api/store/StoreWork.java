package org.crediteval.api.store;

/**
 * Changes made through a store inside {@link AssessmentStore#inOneTransaction}.
 *
 * @param <T> what the work returns
 * @since 1.1
 */
@FunctionalInterface
public interface StoreWork<T> {
    T run(AssessmentStore store) throws StoreException;
}
