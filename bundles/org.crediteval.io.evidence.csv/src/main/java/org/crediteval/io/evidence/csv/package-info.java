/**
 * Reads the evidence CSV of {@code spec/formats.md}: one row per fact, columns {@code subject,fact,value} required,
 * {@code source,note} optional, in any order. Strict UTF-8 (a leading BOM is skipped), RFC 4180 quoting. Problems
 * carry the physical line where the record starts (header = line 1), so a quoted value spanning lines does not shift
 * the numbers of the rows after it. Private implementation package: the service is the only way in.
 */
package org.crediteval.io.evidence.csv;
