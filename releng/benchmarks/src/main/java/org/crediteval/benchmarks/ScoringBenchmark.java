package org.crediteval.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.ScoringEngine;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.engine.internal.DefaultScoringEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scores the same synthetic gd-2017 evidence (10,000 subjects by default) with the model-driven engine and with
 * the hand-written scorer; one operation is the whole batch. Setup checks that both give the same base, bonus and
 * total for every subject, so the comparison is between two correct scorers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ScoringBenchmark {
    @Param("10000")
    public int subjects;

    private final ScoringEngine engine = new DefaultScoringEngine();
    private final HandWrittenGd2017 handWritten = new HandWrittenGd2017();
    private Gd2017Pack pack;
    private Evidence evidence;

    @Setup
    public void setUp() throws EvidenceException {
        pack = Gd2017Pack.load();
        evidence = SyntheticEvidence.generate(pack.scheme(), subjects, 2017);
        checkAgreement(engine.score(pack, evidence), handWritten.score(evidence));
    }

    @Benchmark
    public ScoreResult engine() throws EvidenceException {
        return engine.score(pack, evidence);
    }

    @Benchmark
    public List<HandWrittenGd2017.Totals> handWritten() {
        return handWritten.score(evidence);
    }

    private static void checkAgreement(ScoreResult engine, List<HandWrittenGd2017.Totals> hand) {
        if (engine.subjects().size() != hand.size()) throw new IllegalStateException("subject counts differ");
        for (int i = 0; i < hand.size(); i++) {
            SubjectResult e = engine.subjects().get(i);
            HandWrittenGd2017.Totals h = hand.get(i);
            if (!e.subject().equals(h.subject()) || e.base().compareTo(h.base()) != 0
                    || e.bonus().compareTo(h.bonus()) != 0 || e.total().compareTo(h.total()) != 0) {
                throw new IllegalStateException("scorers disagree on " + h.subject() + ": engine " + e.base() + " + "
                        + e.bonus() + ", hand-written " + h.base() + " + " + h.bonus());
            }
        }
    }
}
