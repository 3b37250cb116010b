/**
 * Writes a score result as a ranking table for a terminal: title, one row per subject (best first), a legend of the
 * dimension columns, then missing facts and warnings. Columns are aligned by display width, where CJK and fullwidth
 * characters take two terminal cells. Meant for people; tools read the JSON. Private implementation package.
 */
package org.crediteval.io.result.table;
