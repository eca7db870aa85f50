package io.lakefront.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.lakefront.app.cli.CliRun;
import io.lakefront.persistence.WorkspaceDatabase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code settings llm} and {@code review-model} through the real command line, on a demo workspace,
 * against a loopback server speaking OpenAI's chat-completions protocol. The "model" says same when
 * the two hashed emails agree, else unsure.
 */
class ReviewModelCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    private Path workspace;
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private String previousConfigDir;

    @BeforeEach
    void start() throws IOException {
        previousConfigDir = System.getProperty("lakefront.config.dir");
        System.setProperty("lakefront.config.dir", temp.resolve("user-config").toString());
        workspace = temp.resolve("ws");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(body);
            byte[] reply = completion(answer(body)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        if (previousConfigDir == null) {
            System.clearProperty("lakefront.config.dir");
        } else {
            System.setProperty("lakefront.config.dir", previousConfigDir);
        }
    }

    private CliRun cli(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--workspace", workspace.toString(), "--as-of", "2026-10-20"}, 0, all, args.length, 4);
        return CliRun.of(all);
    }

    @Test
    void theModelStageSettlesConfidentPairsAndLeavesTheRestForPeople() throws Exception {
        CliRun demo = cli("demo", "--customers", "300", "--seed", "7");
        assertThat(demo.exit()).as(demo.err()).isZero();

        CliRun none = cli("review-model");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("no language model is configured").contains("goes straight to people");

        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        CliRun configured = withStdin("sk-test-secret\n", () -> cli("settings", "llm", "--provider", "openai",
                "--base-url", url, "--model", "tiny", "--threshold", "0.9", "--policy", "city=never", "--api-key-stdin"));
        assertThat(configured.exit()).as(configured.err()).isZero();
        assertThat(configured.out()).contains("model: openai/tiny at " + url, "api key: stored (encrypted)", "city=never");
        assertThat(Files.readString(workspace.resolve("llm.yaml"))).doesNotContain("sk-test-secret");
        assertThat(Files.readString(workspace.resolve("secrets.enc"))).doesNotContain("sk-test-secret");

        long openBefore = openItems();
        CliRun review = cli("review-model", "--limit", "30");

        assertThat(review.exit()).as(review.err()).isZero();
        assertThat(review.out()).startsWith("model openai/tiny: 30 asked (0 from cache), ");
        assertThat(requests).hasSize(30);
        long settled = count("SELECT COUNT(*) FROM review_items WHERE status = 'decided' AND decided_by = 'model:openai/tiny'");
        assertThat(settled).as("pairs the stand-in model is sure about are settled").isPositive();
        assertThat(review.out()).contains(settled + " settled, " + (30 - settled) + " left for people");
        assertThat(openItems()).isEqualTo(openBefore - settled);
        assertThat(count("SELECT COUNT(*) FROM link_decisions WHERE decided_by = 'model:openai/tiny'"))
                .isEqualTo(settled);
        assertThat(count("SELECT COUNT(*) FROM model_verdicts")).isEqualTo(30);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'identity.model_review'")).isEqualTo(1);
        for (String request : requests) {
            JsonNode data = fenced(userMessage(request));
            for (String record : List.of("record_a", "record_b")) {
                assertThat(data.get(record).has("city")).as("city is never sent").isFalse();
                assertThat(data.get(record).has("street")).as("street is never sent").isFalse();
            }
            assertThat(request).doesNotContain("@");
        }

        requests.clear();
        long openNow = openItems();
        CliRun again = cli("review-model", "--limit", "30");
        assertThat(again.exit()).as(again.err()).isZero();
        long unsettled = 30 - settled;
        assertThat(requests).as("the unsettled pairs come from the cache, only the others are asked")
                .hasSize((int) (Math.min(30, openNow) - unsettled));
        assertThat(again.out()).contains("(" + unsettled + " from cache)");
    }

    private long openItems() {
        return count("SELECT COUNT(*) FROM review_items WHERE status = 'open'");
    }

    private long count(String sql) {
        try (WorkspaceDatabase database = WorkspaceDatabase.open(workspace)) {
            return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
        }
    }

    private static CliRun withStdin(String text, java.util.function.Supplier<CliRun> run) {
        InputStream previous = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.get();
        } finally {
            System.setIn(previous);
        }
    }

    private static String userMessage(String body) throws IOException {
        for (JsonNode message : JSON.readTree(body).get("messages")) {
            if (message.get("role").asText().equals("user")) {
                return message.get("content").asText();
            }
        }
        throw new AssertionError("no user message");
    }

    private static JsonNode fenced(String user) throws IOException {
        return JSON.readTree(user.substring(user.indexOf("```json\n") + 8, user.lastIndexOf("\n```")));
    }

    /** Same family name and initial: same; neither name alike: different; else unsure. */
    private static String answer(String body) throws IOException {
        JsonNode data = fenced(userMessage(body));
        String familyA = text(data.get("record_a"), "family_name");
        String familyB = text(data.get("record_b"), "family_name");
        String givenA = text(data.get("record_a"), "given_name");
        String givenB = text(data.get("record_b"), "given_name");
        boolean sameFamily = !familyA.isEmpty() && familyA.equalsIgnoreCase(familyB);
        boolean sameInitial = !givenA.isEmpty() && !givenB.isEmpty()
                && Character.toLowerCase(givenA.charAt(0)) == Character.toLowerCase(givenB.charAt(0));
        if (sameFamily && sameInitial) {
            return "{\"verdict\":\"same\",\"confidence\":0.95,\"rationale\":\"Same family name and initial.\"}";
        }
        if (!sameFamily && !sameInitial) {
            return "{\"verdict\":\"different\",\"confidence\":0.92,\"rationale\":\"Neither name agrees.\"}";
        }
        return "{\"verdict\":\"unsure\",\"confidence\":0.5,\"rationale\":\"Nothing decisive.\"}";
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value == null ? "" : value.asText();
    }

    private static String completion(String content) throws IOException {
        var root = JSON.createObjectNode();
        root.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1_760_000_000L).put("model", "tiny");
        var choice = root.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
        return JSON.writeValueAsString(root);
    }
}
