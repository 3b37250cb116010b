/** The PDF exporter component, its CJK font lookup and its small page layout over PDFBox. Private. */
package org.crediteval.io.result.pdf.internal;
