/** The template writer and the importer, and what they share: the sheet layout and cell conversions. Private. */
package org.crediteval.io.evidence.xlsx.internal;
