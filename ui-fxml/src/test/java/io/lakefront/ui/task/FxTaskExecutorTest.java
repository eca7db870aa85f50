package io.lakefront.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.task.TaskHandle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {
    private final FxTaskExecutor executor = new FxTaskExecutor(2);

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need.
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void work_runs_off_the_fx_thread_and_its_result_arrives_on_it() throws Exception {
        CompletableFuture<Boolean> workedOnFx = new CompletableFuture<>();
        CompletableFuture<Boolean> resultOnFx = new CompletableFuture<>();

        // As a view model does: submit and attach the continuation on the FX thread. (A stage
        // attached from another thread after completion would run on that thread instead.)
        Platform.runLater(() -> executor.submit("answer", context -> {
            workedOnFx.complete(Platform.isFxApplicationThread());
            return 42;
        }).result().thenAccept(value -> resultOnFx.complete(Platform.isFxApplicationThread() && value == 42)));

        assertThat(workedOnFx.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(resultOnFx.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_running_task_is_listed_with_its_title_progress_and_message_until_it_ends() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TaskHandle<String> handle = executor.submit("Syncing crm", context -> {
            context.progress(25, 100);
            context.message("row 25 of 100");
            reported.countDown();
            release.await(10, TimeUnit.SECONDS);
            return "done";
        });
        assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                executor.running().size() == 1 && executor.running().get(0).getProgress() == 0.25
                        && "row 25 of 100".equals(executor.running().get(0).getMessage())).get());
        assertThat(WaitForAsyncUtils.asyncFx(() -> executor.running().get(0).getTitle()).get()).isEqualTo("Syncing crm");

        release.countDown();

        assertThat(handle.result().toCompletableFuture().get(10, TimeUnit.SECONDS)).isEqualTo("done");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> executor.idleProperty().get()).get());
    }

    @Test
    void cancel_stops_the_work_at_its_next_check_and_fails_the_result_with_cancellation() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        TaskHandle<Integer> handle = executor.submit("endless", context -> {
            started.countDown();
            while (true) {
                context.checkCancelled();
                Thread.onSpinWait();
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        handle.cancel();

        assertThatThrownBy(() -> handle.result().toCompletableFuture().get(10, TimeUnit.SECONDS))
                .isInstanceOf(CancellationException.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> executor.idleProperty().get()).get());
    }

    @Test
    void a_failure_reaches_the_result_with_its_own_exception() {
        TaskHandle<Integer> handle = executor.submit("broken", context -> {
            throw new IllegalStateException("disk full");
        });

        assertThatThrownBy(() -> handle.result().toCompletableFuture().get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(IllegalStateException.class).hasMessageContaining("disk full");
    }
}
