package io.lakefront.connectors.listener;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.decision.loop.Signal;
import io.lakefront.domain.decision.loop.SignalType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The listener over real HTTP on the loopback interface. */
class SignalListenerTest {
    private static final Instant NOW = Instant.parse("2026-10-20T12:00:00Z");

    private final List<Signal> submitted = new CopyOnWriteArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private SignalListener listener;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        listener = SignalListener.start(0, new SignalJson(() -> NOW), signal -> {
            submitted.add(signal);
            synchronized (seen) {
                return seen.add(signal.signalId());
            }
        }, () -> Map.of("status", "ok", "processed", submitted.size()));
    }

    @AfterEach
    void tearDown() {
        listener.close();
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + listener.port() + "/signals"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void acceptsOneSignalOrAnArrayAndReportsDuplicates() throws Exception {
        HttpResponse<String> one = post("{\"signal_id\": \"s-1\", \"customer_id\": \"c-00042\", \"type\": \"purchase\", "
                + "\"occurred_at\": \"2026-10-20T10:00:00Z\", \"attributes\": {\"amount\": 49.9, \"category\": \"shoes\"}}");
        assertThat(one.statusCode()).isEqualTo(202);
        assertThat(one.body()).isEqualTo("{\"accepted\":[\"s-1\"],\"duplicates\":[]}");
        Signal purchase = submitted.get(0);
        assertThat(purchase.type()).isEqualTo(SignalType.PURCHASE);
        assertThat(purchase.customerId()).isEqualTo("c-00042");
        assertThat(purchase.occurredAt()).isEqualTo(Instant.parse("2026-10-20T10:00:00Z"));
        assertThat(purchase.attributes()).containsEntry("amount", "49.9").containsEntry("category", "shoes");

        HttpResponse<String> many = post("[{\"signal_id\": \"s-1\", \"customer_id\": \"c-00042\", \"type\": \"purchase\"},"
                + "{\"customer_id\": \"c-00043\", \"type\": \"OPEN\", \"channel\": \"email\", \"campaign\": \"VIP\"}]");
        assertThat(many.statusCode()).isEqualTo(202);
        assertThat(many.body()).startsWith("{\"accepted\":[\"sig-").endsWith("\"duplicates\":[\"s-1\"]}");
        Signal open = submitted.get(2);
        assertThat(open.channel()).isEqualTo(Channel.EMAIL);
        assertThat(open.campaign()).isEqualTo("VIP");
        assertThat(open.occurredAt()).as("now when not given").isEqualTo(NOW);
    }

    @Test
    void badInputIs400NamingTheItemAndFieldAndAcceptsNothing() throws Exception {
        HttpResponse<String> notJson = post("{\"customer_id\": ");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("not JSON");

        HttpResponse<String> badType = post("[{\"customer_id\": \"c-1\", \"type\": \"purchase\"},"
                + "{\"customer_id\": \"c-2\", \"type\": \"refund\"}]");
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(badType.body()).contains("item 1: type: unknown signal type 'refund'");

        assertThat(post("{\"type\": \"visit\"}").body()).contains("item 0: customer_id is missing");
        assertThat(post("{\"customer_id\": \"c-1\", \"type\": \"open\"}").body()).contains("item 0: channel is missing");
        assertThat(post("{\"customer_id\": \"c-1\", \"type\": \"visit\", \"occurred_at\": \"yesterday\"}").body())
                .contains("item 0: occurred_at: 'yesterday' is not an ISO instant");
        assertThat(post("{\"customer_id\": \"c-1\", \"type\": \"purchase\", \"attributes\": {\"amount\": \"lots\"}}").body())
                .contains("item 0: attributes.amount 'lots' is not a number");
        assertThat(post("{\"customer_id\": \"c-1\", \"type\": \"visit\", \"colour\": \"red\"}").body())
                .contains("item 0: unknown field 'colour'");
        assertThat(post("[1]").body()).contains("item 0: a signal must be a JSON object");
        assertThat(submitted).isEmpty();
    }

    @Test
    void healthAndMethods() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + listener.port() + "/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"ok\"");
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + listener.port() + "/signals")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
    }
}
