package org.crediteval.cli;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A read-only name-to-service map whose values are fetched only when asked for, so that listing the known
 * formats does not start every exporter. Key order is the order of the given map.
 */
final class LazyServiceMap<R, T> extends AbstractMap<String, T> {
    private final Map<String, R> references;
    private final Function<R, T> resolve;

    LazyServiceMap(Map<String, R> references, Function<R, T> resolve) {
        this.references = references;
        this.resolve = resolve;
    }

    @Override
    public T get(Object name) {
        R reference = references.get(name);
        return reference == null ? null : resolve.apply(reference);
    }

    @Override
    public boolean containsKey(Object name) {
        return references.containsKey(name);
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(references.keySet());
    }

    @Override
    public int size() {
        return references.size();
    }

    @Override
    public Set<Entry<String, T>> entrySet() {
        Set<Entry<String, T>> entries = new LinkedHashSet<>();
        references.keySet().forEach(name -> entries.add(new SimpleImmutableEntry<>(name, get(name))));
        return entries;
    }
}
