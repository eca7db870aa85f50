package io.lakefront.connectors.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.connectors.llm.OpenAiProtocolServer.Reply;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.identity.review.DataPolicy;
import io.lakefront.domain.identity.review.FieldPolicy;
import io.lakefront.domain.identity.review.ModelReviewSettings;
import io.lakefront.domain.identity.review.ReviewWithModel;
import io.lakefront.domain.identity.workspace.LinkDecision;
import io.lakefront.domain.task.TaskContext;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole model stage — data policy, prompt, client, parsing, cache, budget, settling — with the
 * production LangChain4j client talking to a loopback server that speaks OpenAI's protocol.
 */
class ModelStageOverHttpTest {
    private static final Actor OWNER = Actor.workspaceOwner("sam");

    private OpenAiProtocolServer server;
    private final ReviewPorts ports = new ReviewPorts();
    private final List<Duration> pauses = new ArrayList<>();
    private LangChainPairReviewers reviewers;

    @BeforeEach
    void start() throws IOException {
        server = new OpenAiProtocolServer();
        reviewers = new LangChainPairReviewers(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), pauses::add),
                Clock.systemUTC());
        ports.settings = ModelReviewSettings.none()
                .withProvider(ModelReviewSettings.Provider.OPENAI_COMPATIBLE, server.baseUrl(), "tiny")
                .withLimits(Duration.ofSeconds(10), 2, 10, 0.85);
        ports.item(1, ReviewPorts.person("1", "Anna", "Berg", "1980-02-03", "anna@x.org"),
                ReviewPorts.person("2", "Ana", "Berg", "1980-02-03", "Anna@X.org"));
        ports.item(2, ReviewPorts.person("3", "Bo", "Lind", "1975-01-01", "bo@x.org"),
                ReviewPorts.person("4", "Bo", "Lund", "1991-05-05", "b.l@y.org"));
        ports.item(3, ReviewPorts.person("5", "Cy", "Ek", "1960-07-07", "cy@x.org"),
                ReviewPorts.person("6", "Cyd", "Ek", "1960-07-08", "cy@z.org"));
        // A model that answers by the family names it was shown.
        server.otherwise(body -> {
            String user = OpenAiProtocolServer.userMessage(body);
            if (user.contains("\"Berg\"")) {
                return Reply.content("{\"verdict\":\"same\",\"confidence\":0.95,\"rationale\":\"Same email hash and birth year.\"}");
            }
            if (user.contains("\"Lind\"")) {
                return Reply.content("{\"verdict\":\"different\",\"confidence\":0.7,\"rationale\":\"Birth years differ.\"}");
            }
            return Reply.content("{\"verdict\":\"unsure\",\"confidence\":0.4,\"rationale\":\"Too little to go on.\"}");
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void confidentVerdictsSettlePairsAndTheRestStayWithPeople() {
        ReviewWithModel.Summary summary = ports.useCase(reviewers).review(OWNER, 100, TaskContext.silent());

        assertThat(summary.line()).isEqualTo("3 asked (0 from cache), 1 same, 1 different, 1 unsure, 0 failed, "
                + "1 settled, 2 left for people");
        assertThat(ports.decisions).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).isEqualTo(LinkDecision.Kind.MUST_LINK);
            assertThat(decision.decidedBy()).isEqualTo("model:openai/tiny");
            assertThat(decision.reason()).contains("Same email hash");
        });
        assertThat(ports.open).containsOnlyKeys(2L, 3L);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void onlyWhatThePolicyAllowsLeavesTheMachine() {
        ports.settings = ports.settings.withPolicy(DataPolicy.defaults().with("given_name", FieldPolicy.HASH));

        ports.useCase(reviewers).review(OWNER, 1, TaskContext.silent());

        String sent = server.requests().get(0);
        String user = OpenAiProtocolServer.userMessage(sent);
        assertThat(sent).doesNotContain("crm");                   // record ids stay home
        assertThat(user).doesNotContain("Secret Lane")            // street: never
                .doesNotContain("19800203-1234")                  // national id: never
                .doesNotContain("anna@x.org").doesNotContainIgnoringCase("Anna@X.org") // email: hashed
                .doesNotContain("\"Anna\"").doesNotContain("\"Ana\"")                 // given name: hashed here
                .doesNotContain("02-03")                          // birth date: year only
                .contains("\"Berg\"").contains("1980-**-**");
        List<String> hashes = user.lines().filter(line -> line.contains("\"email\"")).toList();
        assertThat(hashes).hasSize(2);
        assertThat(hashes.get(0)).contains("sha256:").isEqualTo(hashes.get(1)); // equal emails, equal hashes
    }

    @Test
    void theBudgetCapsWhatOneRunSends() {
        ports.settings = ports.settings.withLimits(Duration.ofSeconds(10), 2, 2, 0.85);

        ReviewWithModel.Summary summary = ports.useCase(reviewers).review(OWNER, 100, TaskContext.silent());

        assertThat(server.requests()).hasSize(2);
        assertThat(summary.overBudget()).isEqualTo(1);
        assertThat(summary.leftForPeople()).isEqualTo(2);
    }

    @Test
    void theSameQuestionTwiceIsAnsweredFromTheCacheWithoutACall() {
        ports.useCase(reviewers).review(OWNER, 100, TaskContext.silent());
        assertThat(server.requests()).hasSize(3);

        ReviewWithModel.Summary again = ports.useCase(reviewers).review(OWNER, 100, TaskContext.silent());

        assertThat(server.requests()).hasSize(3);
        assertThat(again.cached()).isEqualTo(2);
        assertThat(again.unsure() + again.different()).isEqualTo(2);
    }

    @Test
    void aMalformedAnswerIsRetriedThenTheItemIsLeftForPeople() {
        server.then(Reply.content("same")).then(Reply.content("{\"verdict\":\"same\"}"));

        ReviewWithModel.Summary summary = ports.useCase(reviewers).review(OWNER, 1, TaskContext.silent());

        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.leftForPeople()).isEqualTo(1);
        assertThat(server.requests()).hasSize(2);
        assertThat(pauses).containsExactly(Duration.ofMillis(100));
        assertThat(ports.decisions).isEmpty();
        assertThat(ports.cache).isEmpty();
    }
}
