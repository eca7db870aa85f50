package io.lakefront.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.identity.workspace.LinkDecision;
import io.lakefront.domain.task.DirectTaskExecutor;
import io.lakefront.ui.fakes.ManualTaskExecutor;
import io.lakefront.ui.fakes.TestWorkspace;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CustomersViewModelTest {
    private final TestWorkspace workspace = TestWorkspace.withData().withCustomers();

    private CustomersViewModel model(io.lakefront.domain.task.TaskExecutor tasks) {
        return new CustomersViewModel(workspace.customers, workspace.identity, tasks, workspace.clock, Duration.ZERO);
    }

    @Test
    void listsTheFirstCustomersThenSearchesAsYouType() {
        CustomersViewModel model = model(new DirectTaskExecutor());
        model.shown();
        assertThat(model.results()).extracting(ResultRow::name).containsExactly("Maria Lopez", "James O'Neil", "Anna Schmidt");
        assertThat(model.resultsTextProperty().get()).isEqualTo("3 customers · the first 3 by id");
        assertThat(model.noCustomersProperty().get()).isFalse();

        model.queryProperty().set("schmdit");
        assertThat(model.results()).extracting(ResultRow::name).containsExactly("Anna Schmidt");
        assertThat(model.results().get(0).place()).contains("C00000003", "Berlin, DE", "2 records");
        assertThat(model.results().get(0).matched()).isEqualTo("matched on name");
        assertThat(model.resultsTextProperty().get()).isEqualTo("1 match for “schmdit” among 3 customers");

        model.queryProperty().set("512 555 0199");
        assertThat(model.results()).extracting(ResultRow::name).containsExactly("James O'Neil");

        model.queryProperty().set("nobody here");
        assertThat(model.results()).isEmpty();
        assertThat(model.resultsTextProperty().get()).startsWith("No customer matches “nobody here”");
    }

    @Test
    void anOlderAnswerNeverOverwritesANewerQuery() {
        ManualTaskExecutor tasks = new ManualTaskExecutor();
        CustomersViewModel model = model(tasks);
        model.queryProperty().set("maria");
        model.queryProperty().set("anna");
        assertThat(model.searchingProperty().get()).isTrue();
        tasks.runAll();
        assertThat(model.results()).extracting(ResultRow::name).containsExactly("Anna Schmidt");
        assertThat(model.searchingProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void arrowsWalkTheResultsAndEnterOpensTheProfileWithLineage() {
        CustomersViewModel model = model(new DirectTaskExecutor());
        model.shown();
        assertThat(model.highlightedProperty().get()).isZero();
        model.highlightNext();
        model.highlightNext();
        model.highlightNext();
        assertThat(model.highlightedProperty().get()).isEqualTo(2);
        model.highlightPrevious();
        model.highlightPrevious();
        model.openHighlighted();

        assertThat(model.titleProperty().get()).isEqualTo("Maria Lopez");
        assertThat(model.subtitleProperty().get()).startsWith("C00000001 · 2 source records · resolution run 1");
        assertThat(model.fields()).filteredOn(f -> f.field().equals("email")).singleElement()
                .satisfies(f -> {
                    assertThat(f.value()).isEqualTo("maria.lopez@example.com");
                    assertThat(f.source()).isEqualTo("crm");
                    assertThat(f.record()).isEqualTo("C-1001");
                    assertThat(f.rule()).isEqualTo("source priority");
                });
        model.showFieldDetail(2);
        assertThat(model.fieldDetailProperty().get())
                .isEqualTo("Email: From crm/C-1001, chosen by source priority: crm is ranked above webshop.");
        assertThat(model.lineageNoteProperty().get()).isEmpty();
        assertThat(model.maskedNoteProperty().get()).isEmpty();
        assertThat(model.members()).extracting(MemberRecordRow::name).containsExactly("Maria Lopez", "Maria Lopez");
        assertThat(model.metrics()).contains(new MetricRow("Churn risk", "18%"), new MetricRow("Lifetime spend", "154.50"));
        assertThat(model.metricsNoteProperty().get()).isEmpty();
        assertThat(model.timeline()).hasSize(7);
        assertThat(model.timeline().get(0).title()).isEqualTo("Email click");
        assertThat(model.timelineNoteProperty().get()).isEqualTo("3 purchases · 1 tickets · 3 engagement events");
        assertThat(model.spendBars()).hasSize(12);
        assertThat(model.spendBars().get(11).value()).isEqualTo(30.0);
        assertThat(model.engagementBars()).extracting(ChartBar::label).containsExactly("email", "sms", "push", "web");
        assertThat(model.engagementBars()).extracting(ChartBar::value).containsExactly(2.0, 0.0, 0.0, 1.0);
    }

    @Test
    void aCustomerWithoutLineageOrMetricsSaysSo() {
        CustomersViewModel model = model(new DirectTaskExecutor());
        model.open("C00000002");
        assertThat(model.lineageNoteProperty().get()).isEqualTo(CustomersViewModel.NO_LINEAGE);
        assertThat(model.metricsNoteProperty().get()).isEqualTo(CustomersViewModel.NO_METRICS);
        assertThat(model.metrics()).isEmpty();
        assertThat(model.fields().get(0).detail()).isEqualTo("No lineage recorded for this value.");
        assertThat(model.timelineNoteProperty().get()).isEqualTo("No purchases, tickets or engagement for this customer.");
        MemberRecordRow only = model.members().get(0);
        assertThat(model.maySplit(only)).isFalse();
    }

    @Test
    void aMarketerSeesMaskedValuesAndCannotSplit() {
        workspace.actingAs(Actor.of("mo", Role.MARKETER));
        CustomersViewModel model = model(new DirectTaskExecutor());
        model.shown();
        assertThat(model.results().get(0).contact()).isEqualTo("m***@example.com · +*********34");
        model.open("C00000001");
        assertThat(model.maskedNoteProperty().get()).startsWith("Personal data is masked");
        assertThat(model.fields()).filteredOn(f -> f.field().equals("street")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("(hidden)"));
        assertThat(model.fields()).filteredOn(f -> f.field().equals("birth_date")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("1981"));
        assertThat(model.members().get(0).email()).isEqualTo("m***@example.com");
        assertThat(model.members().get(0).allValues()).contains("street: (hidden)").doesNotContain("1 Main St");
        assertThat(model.splitAllowed()).isFalse();
        assertThat(model.maySplit(model.members().get(1))).isFalse();
    }

    @Test
    void splittingNeedsAReasonRecordsTheDecisionAndOffersAResolutionRun() throws Exception {
        CustomersViewModel model = model(new DirectTaskExecutor());
        model.open("C00000003");
        MemberRecordRow webshop = model.members().get(1);
        assertThat(model.maySplit(webshop)).isTrue();

        model.split(webshop, "  ");
        assertThat(model.problemProperty().get()).startsWith("Say why webshop/2");
        assertThat(workspace.customers.decisions.all).isEmpty();

        model.split(webshop, "a different Anna");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(workspace.customers.decisions.all).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(LinkDecision.Kind.CANNOT_LINK);
            assertThat(d.reason()).isEqualTo("a different Anna");
        });
        assertThat(workspace.audit.recent(10)).extracting(e -> e.action()).contains("identity.cluster_split");
        assertThat(model.noticeProperty().get()).contains("webshop/2 will leave C00000003 at the next resolution run");
        assertThat(model.resolutionOfferedProperty().get()).isTrue();
        assertThat(model.history()).singleElement().asString()
                .contains("alex · Kept apart: crm/C-1003 ↔ webshop/2 — “a different Anna”");

        int runs = workspace.identity.runs();
        model.runResolution();
        assertThat(workspace.identity.runs()).isEqualTo(runs + 1);
        assertThat(model.resolutionOfferedProperty().get()).isFalse();
        assertThat(model.noticeProperty().get()).startsWith("Resolution finished");
    }

    @Test
    void anEmptyGoldTableShowsTheEmptyState() {
        TestWorkspace empty = TestWorkspace.empty();
        CustomersViewModel model = new CustomersViewModel(empty.customers, empty.identity, new DirectTaskExecutor(),
                empty.clock, Duration.ZERO);
        model.shown();
        assertThat(model.noCustomersProperty().get()).isTrue();
        assertThat(model.emptyState().title()).isEqualTo("No customer profiles yet");
        assertThat(model.resultsTextProperty().get()).isEqualTo("No customers yet");
    }
}
