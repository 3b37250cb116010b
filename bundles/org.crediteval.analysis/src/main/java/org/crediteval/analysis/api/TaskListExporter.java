package org.crediteval.analysis.api;

import java.io.IOException;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes a department task list (分工表) in one format. Register as a service with {@link #FORMAT} ({@code html},
 * {@code xlsx}); the caller owns the stream and makes the write atomic.
 */
@ConsumerType
public interface TaskListExporter {
    String FORMAT = "crediteval.format";

    void write(TaskList tasks, OutputStream out) throws IOException;
}
