package org.crediteval.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.crediteval.api.evidence.EvidenceException;

/**
 * The same two scorers as {@link ScoringBenchmark}, measured in CPU time rather than wall time: on a machine
 * shared with other work, wall times swing widely while CPU per batch stays put. Prints, per batch, the CPU of
 * the whole process (scoring plus garbage collection), of the scoring thread alone, and the wall time.
 *
 * <pre>java -Xms4g -Xmx4g -cp releng/benchmarks/target/benchmarks.jar org.crediteval.benchmarks.CpuCost [subjects]</pre>
 */
public final class CpuCost {
    private static final int WARMUP = 5;
    private static final int MEASURED = 10;

    private CpuCost() {
    }

    public static void main(String[] args) throws EvidenceException {
        ScoringBenchmark benchmark = new ScoringBenchmark();
        benchmark.subjects = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        benchmark.setUp();
        for (int round = 0; round < 2; round++) {
            measure("engine", benchmark::engine);
            measure("handWritten", benchmark::handWritten);
        }
    }

    private interface Batch {
        Object run() throws EvidenceException;
    }

    private static void measure(String name, Batch batch) throws EvidenceException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARMUP; i++) batch.run();
        System.gc();
        long process = os.getProcessCpuTime();
        long thread = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) batch.run();
        System.out.printf("%-12s process cpu %5.0f ms, scoring thread cpu %5.0f ms, wall %5.0f ms per batch%n", name,
                perBatch(os.getProcessCpuTime() - process), perBatch(threads.getCurrentThreadCpuTime() - thread),
                perBatch(System.nanoTime() - wall));
    }

    private static double perBatch(long nanos) {
        return nanos / 1e6 / MEASURED;
    }
}
