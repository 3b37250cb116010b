package org.crediteval.cli;

import java.util.function.BooleanSupplier;

/**
 * A bounded wait for a condition that service events make true. Bind methods call {@link #changed()}; the wait
 * also re-checks every few milliseconds, so a change that arrives without a call is still seen.
 */
final class Signal {
    private static final long RECHECK_MS = 20;

    synchronized void changed() {
        notifyAll();
    }

    /** @return whether the condition held before the time ran out */
    synchronized boolean await(BooleanSupplier condition, long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (!condition.getAsBoolean()) {
            long leftMs = (deadline - System.nanoTime()) / 1_000_000L;
            if (leftMs <= 0) return false;
            wait(Math.min(leftMs, RECHECK_MS));
        }
        return true;
    }
}
