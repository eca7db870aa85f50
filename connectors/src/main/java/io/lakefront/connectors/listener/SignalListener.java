package io.lakefront.connectors.listener;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.lakefront.domain.UserError;
import io.lakefront.domain.decision.loop.Signal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The loop's local listener on {@code 127.0.0.1} (never another interface): {@code POST /signals} takes
 * one signal object or an array ({@link SignalJson}) and answers 202 with the ids accepted and those
 * that were duplicates, or 400 with an error naming the item and field (nothing is accepted then);
 * {@code GET /health} answers 200 with what {@code health} reports. Bodies above 1 MB are refused.
 */
public final class SignalListener implements AutoCloseable {
    static final int MAX_BODY = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;

    private SignalListener(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Listens on {@code port} of the loopback interface ({@code 0}: any free port).
     *
     * @param submit takes one signal; false when it was a duplicate of one already processed
     */
    public static SignalListener start(int port, SignalJson reader, Predicate<Signal> submit,
                                       Supplier<Map<String, Object>> health) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UserError("cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + "): use another --port");
        }
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "signal-listener");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/signals", exchange -> handle(exchange, () -> signals(exchange, reader, submit)));
        server.createContext("/health", exchange -> handle(exchange, () -> {
            if (!"GET".equals(exchange.getRequestMethod())) {
                return new Reply(405, Map.of("error", "use GET /health"));
            }
            return new Reply(200, health.get());
        }));
        server.start();
        return new SignalListener(server, executor);
    }

    /** The port listened on (the one chosen when started with 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private record Reply(int status, Object body) {
    }

    private interface Handler {
        Reply reply() throws IOException;
    }

    private static Reply signals(HttpExchange exchange, SignalJson reader, Predicate<Signal> submit) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            return new Reply(405, Map.of("error", "use POST /signals with a JSON body"));
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return new Reply(413, Map.of("error", "the body is larger than " + MAX_BODY + " bytes: send fewer signals at once"));
        }
        List<Signal> signals;
        try {
            signals = reader.read(new String(body, StandardCharsets.UTF_8));
        } catch (UserError e) {
            return new Reply(400, Map.of("error", e.getMessage()));
        }
        List<String> accepted = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (Signal signal : signals) {
            (submit.test(signal) ? accepted : duplicates).add(signal.signalId());
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("accepted", accepted);
        reply.put("duplicates", duplicates);
        return new Reply(202, reply);
    }

    private static void handle(HttpExchange exchange, Handler handler) throws IOException {
        Reply reply;
        try {
            reply = handler.reply();
        } catch (RuntimeException e) {
            reply = new Reply(500, Map.of("error", String.valueOf(e.getMessage())));
        }
        byte[] bytes = JSON.writeValueAsBytes(reply.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
