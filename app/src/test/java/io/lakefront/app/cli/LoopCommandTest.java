package io.lakefront.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code signal} and {@code loop} on a small demo workspace, the loop fed over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoopCommandTest {
    private static final String AS_OF = "2026-10-20";

    private Path ws;
    private String vip;

    @BeforeAll
    void demo(@TempDir Path folder) {
        ws = folder.resolve("demo");
        CliRun demo = CliRun.in(ws, AS_OF, "demo", "--customers", "300", "--seed", "7");
        assertThat(demo.exit()).as(demo.err()).isZero();
        CliRun members = CliRun.in(ws, AS_OF, "audience", "--ids", "gold or platinum loyalty tier who bought in the last year");
        assertThat(members.exit()).as(members.err()).isZero();
        vip = members.out().lines().findFirst().orElseThrow();
    }

    @Test
    void signalPrintsEveryCampaignsDecisionInPlainLanguage() {
        CliRun run = CliRun.in(ws, AS_OF, "signal", "--customer", vip, "--type", "visit", "--id", "cli-visit-1");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("signal cli-visit-1: visit for " + vip)
                .contains("VIP early access: ", "Welcome series: ", "Win back lapsed customers: ")
                .contains("  - ")
                .containsPattern("decided in [0-9.]+ ms");

        CliRun again = CliRun.in(ws, AS_OF, "signal", "--customer", vip, "--type", "visit", "--id", "cli-visit-1");
        assertThat(again.out()).contains("(already processed: nothing done)");

        CliRun unknown = CliRun.in(ws, AS_OF, "signal", "--customer", "nobody", "--type", "visit");
        assertThat(unknown.out()).contains("nobody is not in the gold table: recorded, nothing decided.");
    }

    @Test
    void signalNamesTheOptionAtFault() {
        CliRun type = CliRun.in(ws, AS_OF, "signal", "--customer", vip, "--type", "refund");
        assertThat(type.exit()).isEqualTo(1);
        assertThat(type.err()).contains("--type: unknown signal type 'refund'");
        CliRun channel = CliRun.in(ws, AS_OF, "signal", "--customer", vip, "--type", "open");
        assertThat(channel.exit()).isEqualTo(1);
        assertThat(channel.err()).contains("--channel is missing");
        CliRun amount = CliRun.in(ws, AS_OF, "signal", "--customer", vip, "--type", "purchase", "--amount", "lots");
        assertThat(amount.err()).contains("--amount 'lots' is not a number");
    }

    @Test
    void theLoopDecidesForSignalsPostedToItsListener() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        CompletableFuture<CliRun> loop = CompletableFuture.supplyAsync(() ->
                CliRun.in(ws, AS_OF, "loop", "--port", Integer.toString(port), "--for", "15"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpResponse<String> health = null;
        for (int i = 0; i < 200 && health == null; i++) {
            try {
                health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        assertThat(health).as("the listener came up").isNotNull();
        assertThat(health.body()).contains("\"status\":\"ok\"");
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/signals"))
                .POST(HttpRequest.BodyPublishers.ofString("[{\"signal_id\": \"http-0\", \"customer_id\": \"" + vip
                        + "\", \"type\": \"visit\"}, {\"signal_id\": \"http-1\", \"customer_id\": \"" + vip
                        + "\", \"type\": \"click\", \"channel\": \"email\", \"campaign\": \"VIP early access\"}]"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(202);
        assertThat(posted.body()).contains("\"accepted\":[\"http-0\",\"http-1\"]");
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/signals"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"customer_id\": \"x\", \"type\": \"wave\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("item 0: type: unknown signal type 'wave'");

        CliRun run = loop.get();
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Listening on http://127.0.0.1:" + port)
                .contains(vip + " visit → VIP early access: ")
                .contains(vip + " click → VIP early access: skip (")
                .containsPattern("Stopped\\. 2 signals: p50 [0-9.]+ ms, p99 [0-9.]+ ms");
    }
}
