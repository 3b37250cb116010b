/** The HTML exporter component and its page writer. Private. */
package org.crediteval.io.result.html.internal;
