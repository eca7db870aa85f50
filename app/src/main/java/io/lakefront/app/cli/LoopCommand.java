package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.connectors.listener.SignalJson;
import io.lakefront.connectors.listener.SignalListener;
import io.lakefront.domain.decision.loop.DecisionLoop;
import io.lakefront.domain.decision.loop.Latencies;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loop}: runs the Infinity loop and its local listener until Ctrl-C (or for {@code --for}
 * seconds), printing one line per campaign decision as signals arrive.
 */
@Command(name = "loop", mixinStandardHelpOptions = true,
        description = {"Runs the Infinity loop: signals from the local listener (POST http://127.0.0.1:PORT/signals) "
                + "and from source syncs re-evaluate their customer at once; deferred customers are decided again "
                + "when their time comes.",
                "Prints one line per decision. Stops on Ctrl-C or after --for seconds."})
final class LoopCommand extends WorkspaceCommand {
    @Option(names = "--port", defaultValue = "8787", description = "Listener port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--for", paramLabel = "SECONDS", description = "Stop after this many seconds (default: until Ctrl-C).")
    Long seconds;

    @Option(names = "--poll", paramLabel = "SECONDS", defaultValue = "10",
            description = "How often new source events are looked for (default: ${DEFAULT-VALUE}).")
    long poll;

    @Override
    protected int run(Workspace workspace) throws InterruptedException {
        if (seconds != null && seconds < 0) {
            throw new io.lakefront.domain.UserError("--for: " + seconds + " seconds is negative");
        }
        if (poll < 1) {
            throw new io.lakefront.domain.UserError("--poll: at least 1 second");
        }
        PrintWriter out = out();
        DecisionLoop loop = workspace.decisionLoop(Duration.ofSeconds(poll), reaction -> {
            synchronized (out) {
                ReactionText.lines(reaction).forEach(out::println);
                out.flush();
            }
        });
        loop.start();
        CountDownLatch stopped = new CountDownLatch(1);
        // On Ctrl-C the JVM exits once its hooks return: the hook waits until the loop has stopped and said so.
        CountDownLatch finished = new CountDownLatch(1);
        try (SignalListener listener = SignalListener.start(port, new SignalJson(workspace.clock()::now), loop::submit,
                () -> health(loop))) {
            Thread hook = new Thread(() -> {
                stopped.countDown();
                try {
                    finished.await(35, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "loop-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            synchronized (out) {
                out.printf("Listening on http://127.0.0.1:%d (POST /signals, GET /health); %s%n", listener.port(),
                        seconds == null ? "Ctrl-C stops." : "stopping after " + seconds + " s.");
                out.flush();
            }
            if (seconds == null) {
                stopped.await();
            } else {
                stopped.await(seconds, TimeUnit.SECONDS);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the JVM is already running its hooks.
            }
        } catch (RuntimeException | InterruptedException e) {
            finished.countDown();
            throw e;
        } finally {
            loop.stop();
        }
        try {
            Latencies.Summary latency = loop.latencies();
            synchronized (out) {
                out.println("Stopped. " + (latency.count() == 0 ? "No signals from the listener." : latency.millis()));
                loop.lastError().ifPresent(e -> out.println("Last error: " + e.getMessage()));
                out.flush();
            }
        } finally {
            finished.countDown();
        }
        return LakefrontCommand.OK;
    }

    private static Map<String, Object> health(DecisionLoop loop) {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", loop.running() ? "ok" : "stopped");
        Latencies.Summary latency = loop.latencies();
        health.put("signals", latency.count());
        health.put("p99_ms", latency.p99() / 1e6);
        loop.lastError().ifPresent(e -> health.put("last_error", String.valueOf(e.getMessage())));
        return health;
    }
}
