package io.lakefront.domain.task;

/** A unit of long work: reads files, runs engines, writes the database. Never on the UI thread. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(TaskContext context) throws Exception;
}
