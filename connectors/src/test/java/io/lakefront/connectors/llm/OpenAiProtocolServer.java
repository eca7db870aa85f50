package io.lakefront.connectors.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A loopback server that speaks OpenAI's chat-completions wire protocol ({@code POST /v1/chat/completions}),
 * so that tests drive the production client. It records every request body (what left the machine)
 * and answers from a script: queued replies first, then a default that reads the request.
 */
final class OpenAiProtocolServer implements AutoCloseable {
    /** One scripted reply: an HTTP status and body, optionally after a delay (to provoke a timeout). */
    record Reply(int status, String body, long delayMillis) {
        static Reply content(String assistantText) {
            return new Reply(200, completion(assistantText), 0);
        }

        static Reply rateLimited() {
            return new Reply(429, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}", 0);
        }

        static Reply unauthorized() {
            return new Reply(401, "{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\"}}", 0);
        }

        Reply delayed(long millis) {
            return new Reply(status, body, millis);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final Deque<Reply> queued = new ArrayDeque<>();
    private volatile Function<String, Reply> fallback = body -> Reply.content(
            "{\"verdict\":\"unsure\",\"confidence\":0.5,\"rationale\":\"The evidence is mixed.\"}");

    OpenAiProtocolServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    synchronized OpenAiProtocolServer then(Reply reply) {
        queued.addLast(reply);
        return this;
    }

    OpenAiProtocolServer otherwise(Function<String, Reply> answer) {
        this.fallback = answer;
        return this;
    }

    /** Every request body received, oldest first. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    /** The user message (the part that carries customer data) of a recorded request. */
    static String userMessage(String requestBody) {
        try {
            for (var message : JSON.readTree(requestBody).get("messages")) {
                if (message.get("role").asText().equals("user")) {
                    return message.get("content").asText();
                }
            }
            throw new AssertionError("no user message in " + requestBody);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(body);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.add(authorization == null ? "" : authorization);
        Reply reply;
        synchronized (this) {
            reply = queued.isEmpty() ? fallback.apply(body) : queued.removeFirst();
        }
        try {
            if (reply.delayMillis() > 0) {
                TimeUnit.MILLISECONDS.sleep(reply.delayMillis());
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client gave up (a timeout test): nothing to answer to.
        } finally {
            exchange.close();
        }
    }

    /** A chat.completion object whose one choice says the text. */
    static String completion(String assistantText) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-test");
        root.put("object", "chat.completion");
        root.put("created", 1_760_000_000L);
        root.put("model", "tiny");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", assistantText);
        choice.put("finish_reason", "stop");
        root.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
        return root.toString();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
