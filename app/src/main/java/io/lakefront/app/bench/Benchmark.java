package io.lakefront.app.bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * One benchmark of {@code ./lakefront bench}. Benchmarks are never part of the unit tests: they
 * time real work on real data and report medians of repeated runs, because these machines are
 * noisy.
 */
public interface Benchmark {
    String name();

    String description();

    /** Prepares inputs in a scratch folder; not timed. */
    default void setUp(Path scratch) throws Exception {
    }

    /** One timed run. Returns figures for the table (rows, comparisons, ...), from the work itself. */
    Map<String, Number> run() throws Exception;

    default void tearDown() throws Exception {
    }
}
