package io.lakefront.app.audiences;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakefront.app.Workspace;
import io.lakefront.app.cli.CliRun;
import io.lakefront.app.demo.DemoWorkspaceBuilder;
import io.lakefront.domain.audience.AudienceInsights;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.FilterTree;
import io.lakefront.domain.audience.InterpretRequest;
import io.lakefront.domain.audience.Interpretation;
import io.lakefront.domain.audience.Suppression;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.audiences.AudienceCount;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audience capability as the workspace wires it: the offline interpreter on the demo's own values,
 * the index behind the screen agreeing with the SQL behind the command line, and {@code audience} per
 * CONTRACTS.md §2 (ids, count, JSON, SQL, explain, exit 3 with the question).
 */
class AudienceWiringTest {
    private static final String AS_OF = "2026-10-20";
    @TempDir static Path temp;
    private static Path directory;
    private static Workspace workspace;

    @BeforeAll
    static void demo() {
        directory = temp.resolve("ws");
        workspace = Workspace.open(directory, WorkspaceClock.parse(AS_OF));
        new DemoWorkspaceBuilder(workspace).build(7, 300, TaskContext.silent());
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void the_screen_s_desk_counts_from_the_index_what_the_command_line_counts_in_sql() {
        WorkspaceAudienceDesk desk = workspace.audienceDesk();
        Interpretation words = desk.interpret(InterpretRequest.of("customers in the US who bought in the last 12 months"));
        assertThat(words.interpreter()).isEqualTo("offline");
        assertThat(words.notUnderstood()).isEmpty();

        AudienceCount count = desk.count(words.filter());
        List<io.lakefront.domain.audience.SuppressionRule> rules = workspace.audienceStore().suppressionRules();
        long sql = workspace.audienceQuery().count(Suppression.apply(words.filter(), rules), workspace.clock().now());
        assertThat(count.size()).isEqualTo(sql).isPositive();

        AudienceInsights insights = desk.insights(words.filter());
        assertThat(insights.size()).isEqualTo(sql);
        assertThat(insights.trend()).hasSize(12);
        assertThat(insights.trend().get(11).size()).isEqualTo(sql);
        assertThat(insights.categories()).isNotEmpty();
        assertThat(insights.reachability()).extracting(AudienceInsights.ChannelReach::channel)
                .containsExactly("email", "sms", "push");
    }

    @Test
    void the_command_line_prints_ids_count_json_and_sql_of_the_same_audience() throws Exception {
        String words = "customers in the US who bought in the last 12 months";
        CliRun ids = CliRun.in(directory, AS_OF, "audience", "--ids", words);
        CliRun count = CliRun.in(directory, AS_OF, "audience", "--count", words);
        CliRun json = CliRun.in(directory, AS_OF, "audience", "--json", "--no-suppression", words);
        assertThat(ids.exit()).as(ids.err()).isZero();

        List<String> lines = Arrays.stream(ids.out().split("\n")).filter(l -> !l.isBlank()).toList();
        assertThat(lines).isSorted().hasSize(Integer.parseInt(count.out().strip()));
        Filter filter = FilterTree.read(new ObjectMapper().readValue(json.out(), Map.class));
        List<String> unsuppressed = workspace.audienceQuery().ids(filter, workspace.clock().now());
        assertThat(unsuppressed).containsAll(lines);

        CliRun sql = CliRun.in(directory, AS_OF, "audience", "--sql", words);
        assertThat(sql.out()).startsWith("SELECT g.customer_id FROM gold_customer g").contains("-- ?1 = us")
                .doesNotContain("'us'");

        CliRun plain = CliRun.in(directory, AS_OF, "audience", "platinum purple unicorns");
        assertThat(plain.exit()).isZero();
        assertThat(plain.out()).contains("\"platinum\"  →  loyalty tier is platinum", "Not understood: \"purple unicorns\"",
                "Suppressed: open support ticket").containsPattern("\\d+ customers");
    }

    @Test
    void ambiguous_words_print_the_question_and_exit_3_until_answered() {
        CliRun asked = CliRun.in(directory, AS_OF, "audience", "--count", "customers in CA");
        assertThat(asked.exit()).isEqualTo(3);
        assertThat(asked.out()).contains("California", "Canada", "region:CA", "country:CA", "--answer");

        CliRun answered = CliRun.in(directory, AS_OF, "audience", "--count", "--no-suppression", "--answer", "CA=country:CA",
                "customers in CA");
        assertThat(answered.exit()).as(answered.err()).isZero();
        assertThat(Long.parseLong(answered.out().strip())).isEqualTo(workspace.audienceQuery()
                .count(Filter.compare("country", "=", "CA"), workspace.clock().now()));
    }
}
