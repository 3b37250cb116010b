/** The XLSX result exporter and the XLSX task-list exporter. Private. */
package org.crediteval.io.result.xlsx.internal;
