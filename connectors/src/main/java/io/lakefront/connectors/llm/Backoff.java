package io.lakefront.connectors.llm;

import java.time.Duration;

/**
 * How long to wait before the next attempt: doubling from a first pause, up to a ceiling. Waiting
 * is a port of its own so that tests run the retry path without sleeping for real.
 */
record Backoff(Duration first, Duration ceiling, Sleeper sleeper) {
    /** Pauses the calling thread. */
    interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;
    }

    static Backoff standard() {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(20), pause -> Thread.sleep(pause.toMillis()));
    }

    /** The pause after the given failed attempt (1 = the first). */
    Duration after(int attempt) {
        long millis = first.toMillis() << Math.min(20, attempt - 1);
        return Duration.ofMillis(Math.min(millis, ceiling.toMillis()));
    }

    void await(int attempt) {
        try {
            sleeper.sleep(after(attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to ask the model again", e);
        }
    }
}
