package org.crediteval.io.survey.internal;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.crediteval.api.survey.SurveyFormatException;
import org.crediteval.api.survey.SurveyResponse;

/**
 * Parses on a second thread while the caller's sink (the analysis) works on the previous batch: decoding and CSV
 * parsing cost about as much as the analysis, so on two cores the import takes little longer than the parse
 * alone. Responses reach the sink in file order, on the caller's thread; memory stays bounded by
 * {@link #BATCHES} batches of {@link #BATCH} responses.
 */
final class ReadAhead {
    static final int BATCH = 512;
    static final int BATCHES = 4;

    /** The parsing side: hands every response to {@code out} and returns its result. */
    interface Producer<T> {
        T run(Consumer<SurveyResponse> out) throws IOException, SurveyFormatException;
    }

    private static final Object CANCELLED = new Object();

    private ReadAhead() {
    }

    static <T> T run(String name, Producer<T> producer, Consumer<? super SurveyResponse> sink)
            throws IOException, SurveyFormatException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
        Object[] result = new Object[1];
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            Object end;
            try {
                Batcher batcher = new Batcher(queue, cancelled);
                result[0] = producer.run(batcher);
                batcher.flush();
                end = new Done();
            } catch (Throwable t) {
                end = t == Stop.INSTANCE ? CANCELLED : t;
            }
            try {
                offer(queue, end, cancelled);
            } catch (Stop ignored) {
                // the caller gave up; nobody waits for the end
            }
        }, "survey-read-ahead " + name);
        reader.setDaemon(true);
        reader.start();
        boolean done = false;
        try {
            while (true) {
                Object item = queue.take();
                if (item instanceof SurveyResponse[] batch) {
                    for (SurveyResponse r : batch) {
                        if (r == null) break;
                        sink.accept(r);
                    }
                } else if (item instanceof Done) {
                    done = true;
                    @SuppressWarnings("unchecked")
                    T t = (T) result[0];
                    return t;
                } else if (item instanceof Throwable t) {
                    done = true;
                    throw rethrow(t);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + name, e);
        } finally {
            if (!done) {
                // the sink failed or we were interrupted: stop the reader, which closes the file
                cancelled.set(true);
                queue.clear();
            }
        }
    }

    private static RuntimeException rethrow(Throwable t) throws IOException, SurveyFormatException {
        if (t instanceof SurveyFormatException e) throw e;
        if (t instanceof IOException e) throw e;
        if (t instanceof RuntimeException e) throw e;
        if (t instanceof Error e) throw e;
        throw new IllegalStateException(t);
    }

    private static void offer(BlockingQueue<Object> queue, Object item, AtomicBoolean cancelled) {
        try {
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                if (cancelled.get()) throw Stop.INSTANCE;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Stop.INSTANCE;
        }
    }

    /** Collects responses into arrays; a full array goes to the queue. */
    private static final class Batcher implements Consumer<SurveyResponse> {
        private final BlockingQueue<Object> queue;
        private final AtomicBoolean cancelled;
        private SurveyResponse[] batch = new SurveyResponse[BATCH];
        private int size;

        Batcher(BlockingQueue<Object> queue, AtomicBoolean cancelled) {
            this.queue = queue;
            this.cancelled = cancelled;
        }

        @Override
        public void accept(SurveyResponse r) {
            batch[size++] = r;
            if (size == BATCH) flush();
        }

        void flush() {
            if (size == 0) return;
            offer(queue, batch, cancelled);
            batch = new SurveyResponse[BATCH];
            size = 0;
        }
    }

    private static final class Done {
    }

    /** Unwinds the reader when the caller has gone. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Stop INSTANCE = new Stop();

        private Stop() {
            super(null, null, false, false);
        }
    }
}
