package org.crediteval.ui.parts;

import org.eclipse.jface.viewers.IElementComparer;

/** Viewer elements are records: two equal results under different subjects are still different rows. */
final class IdentityComparer implements IElementComparer {
    static final IdentityComparer INSTANCE = new IdentityComparer();

    @Override
    public boolean equals(Object a, Object b) {
        return a == b;
    }

    @Override
    public int hashCode(Object element) {
        return System.identityHashCode(element);
    }
}
