package io.lakefront.domain.task;

/**
 * Port: runs long work away from the caller's thread (JabRef's TaskExecutor). The desktop adapter
 * shows every running task in the status bar with progress and cancel.
 */
public interface TaskExecutor {
    <T> TaskHandle<T> submit(String title, BackgroundWork<T> work);
}
