/**
 * Writes a score result as the JSON of {@code spec/formats.md} and {@code score-result.schema.json}, with the
 * streaming generator of jackson-core (no object mapper, no reflection). Items also carry {@code label} and
 * {@code facts}, which the schema allows as additional fields. Private implementation package.
 */
package org.crediteval.io.result.json;
