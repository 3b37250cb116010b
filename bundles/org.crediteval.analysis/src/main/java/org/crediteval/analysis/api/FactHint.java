package org.crediteval.analysis.api;

/**
 * A fact behind a gap and what would raise the item, e.g. {@code 改为“是”}, {@code 提高到 95 以上},
 * {@code 补充提供}.
 *
 * @param label   the fact's Chinese label (the id when the scheme is not known)
 * @param missing the fact was not supplied
 */
public record FactHint(String factId, String label, boolean missing, String action) {
}
