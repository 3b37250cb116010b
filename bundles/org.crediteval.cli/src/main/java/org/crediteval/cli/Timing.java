package org.crediteval.cli;

import java.lang.management.ManagementFactory;

/**
 * With {@code -Dcrediteval.cli.timing=true} (e.g. in JAVA_OPTS), one stderr line splitting the wall time into
 * "until the command starts" (JVM, framework, bundles, packs) and "the command itself", for releng/bench.
 */
final class Timing {
    private Timing() {
    }

    static void report(long commandStartNanos) {
        long command = (System.nanoTime() - commandStartNanos) / 1_000_000;
        // loads java.management, which costs a few tens of ms: only ever done when asked for
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.printf("credit-eval: timing: JVM start to command start %d ms, command %d ms"
                + " (framework stop and JVM exit come after)%n", sinceJvmStart - command, command);
    }
}
