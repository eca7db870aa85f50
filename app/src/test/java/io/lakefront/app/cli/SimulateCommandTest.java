package io.lakefront.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakefront.app.Workspace;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate} on a demo workspace: CONTRACTS §5 records, the hard gates hold, nothing changes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulateCommandTest {
    private static final String AS_OF = "2026-10-20";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path temp;
    private Path ws;

    @BeforeAll
    void demo(@TempDir Path folder) {
        temp = folder;
        ws = temp.resolve("demo");
        CliRun demo = CliRun.in(ws, AS_OF, "demo", "--customers", "600", "--seed", "11");
        assertThat(demo.exit()).as(demo.err()).isZero();
    }

    private List<JsonNode> records(Path file) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            records.add(JSON.readTree(line));
        }
        return records;
    }

    @Test
    void writes_one_contract_record_a_sampled_profile_and_a_summary() throws Exception {
        Path out = temp.resolve("vip.jsonl");
        CliRun run = CliRun.in(ws, AS_OF, "simulate", "--campaign", "VIP early access", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Simulated 'VIP early access' on").contains("Nothing was sent and nothing changed.")
                .contains("outcome").contains("Wrote ");
        List<JsonNode> records = records(out);
        assertThat(records).isNotEmpty();
        assertThat(run.out()).contains("Wrote " + records.size() + " records");
        Set<String> outcomes = new HashSet<>();
        for (JsonNode record : records) {
            assertThat(record.get("customer_id").asText()).isNotBlank();
            assertThat(record.get("campaign").asText()).isEqualTo("VIP early access");
            String outcome = record.get("outcome").asText();
            assertThat(outcome).isIn("send", "defer", "suppress", "skip");
            outcomes.add(outcome);
            assertThat(record.get("reasons")).isNotEmpty();
            for (JsonNode reason : record.get("reasons")) {
                assertThat(reason.get("code").asText()).matches("[A-Z_]+");
                assertThat(reason.get("text").asText()).doesNotContain("{").isNotBlank();
            }
            assertThat(record.has("competing")).isTrue();
            if (outcome.equals("send")) {
                assertThat(record.get("channel").asText()).isIn("email", "sms", "push");
                OffsetDateTime sendAt = OffsetDateTime.parse(record.get("send_at").asText());
                assertThat(sendAt.toInstant()).isAfterOrEqualTo(java.time.Instant.parse("2026-10-20T00:00:00Z"));
            }
        }
        assertThat(outcomes).contains("send");
    }

    @Test
    void sends_only_on_consented_channels_and_never_to_suppressed_customers() throws Exception {
        Path out = temp.resolve("winback.jsonl");
        CliRun run = CliRun.in(ws, AS_OF, "simulate", "--campaign", "Win back lapsed customers", "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();

        Set<String> email;
        Set<String> sms;
        Set<String> push;
        try (Workspace workspace = Workspace.open(ws, WorkspaceClock.parse(AS_OF))) {
            java.time.Instant now = workspace.clock().now();
            email = new HashSet<>(workspace.audienceQuery().ids(Filter.compare("email_opt_in", "=", "true"), now));
            sms = new HashSet<>(workspace.audienceQuery().ids(Filter.compare("sms_opt_in", "=", "true"), now));
            push = new HashSet<>(workspace.audienceQuery().ids(Filter.compare("push_opt_in", "=", "true"), now));
        }
        for (JsonNode record : records(out)) {
            if (!record.get("outcome").asText().equals("send")) {
                continue;
            }
            String id = record.get("customer_id").asText();
            Set<String> consented = switch (record.get("channel").asText()) {
                case "email" -> email;
                case "sms" -> sms;
                default -> push;
            };
            assertThat(consented).as("consent of %s for %s", id, record.get("channel")).contains(id);
            for (JsonNode reason : record.get("reasons")) {
                assertThat(reason.get("code").asText()).isNotIn("SUPPRESSED", "NO_CONSENT", "GLOBAL_OPT_OUT");
            }
        }
    }

    @Test
    void the_same_seed_gives_the_same_file_and_nothing_is_written_to_the_decisioning_state() throws Exception {
        Path first = temp.resolve("a.jsonl");
        Path second = temp.resolve("b.jsonl");
        assertThat(CliRun.in(ws, AS_OF, "simulate", "--campaign", "Welcome series", "--sample", "50", "--out", first.toString())
                .exit()).isZero();
        assertThat(CliRun.in(ws, AS_OF, "simulate", "--campaign", "Welcome series", "--sample", "50", "--out", second.toString())
                .exit()).isZero();

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        try (Workspace workspace = Workspace.open(ws, WorkspaceClock.parse(AS_OF))) {
            for (String table : List.of("decision_message", "decision_enrolment", "decision_outbox", "decision_log")) {
                long rows = workspace.database().jdbi().withHandle(h ->
                        h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
                assertThat(rows).as(table).isZero();
            }
        }
    }

    @Test
    void a_draft_competes_as_if_approved_and_an_unknown_campaign_is_named() {
        CliRun draft = CliRun.in(ws, AS_OF, "campaigns", "draft", "--goal", "retain", "--channels", "email",
                "--name", "Keep them close");
        assertThat(draft.exit()).as(draft.err()).isZero();

        CliRun run = CliRun.in(ws, AS_OF, "simulate", "--campaign", "Keep them close", "--sample", "100");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("(a draft, as if approved)").contains("other live campaigns");
        assertThat(run.out().lines().filter(l -> !l.isBlank()).count()).isPositive();

        CliRun unknown = CliRun.in(ws, AS_OF, "simulate", "--campaign", "Nope");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no campaign named 'Nope'").contains("VIP early access");
    }
}
