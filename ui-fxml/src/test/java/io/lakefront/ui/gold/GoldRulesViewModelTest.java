package io.lakefront.ui.gold;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.gold.GoldField;
import io.lakefront.domain.gold.GoldFieldType;
import io.lakefront.domain.gold.GoldTarget;
import io.lakefront.domain.gold.SurvivorshipRule;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Role;
import io.lakefront.ui.fakes.InMemoryAudit;
import io.lakefront.ui.fakes.InMemoryGoldDesk;
import io.lakefront.ui.fakes.ManualTaskExecutor;
import io.lakefront.domain.time.WorkspaceClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldRulesViewModelTest {
    private final InMemoryAudit audit = new InMemoryAudit();
    private Actor actor = Actor.workspaceOwner("alex");
    private final InMemoryGoldDesk desk = new InMemoryGoldDesk(audit,
            WorkspaceClock.fixedAt(Instant.parse("2026-10-20T10:00:00Z")), () -> actor).withDemoSources();
    private final ManualTaskExecutor tasks = new ManualTaskExecutor();
    private final GoldRulesViewModel viewModel = new GoldRulesViewModel(desk, tasks);

    private FieldRuleRow row(String field) {
        return viewModel.fields().stream().filter(r -> r.field().equals(field)).findFirst().orElseThrow();
    }

    private MappingRow column(String name) {
        return viewModel.mappings().stream().filter(r -> r.column().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void showsEveryFieldsRuleAndThePersonSourcesColumnsAsProposed() {
        viewModel.load();
        tasks.runAll();
        assertThat(viewModel.fields()).extracting(FieldRuleRow::field).startsWith("first_name", "last_name", "email");
        assertThat(row("email").ruleProperty().get()).isEqualTo(SurvivorshipRule.MOST_RECENT);
        assertThat(viewModel.sources()).as("orders has no person fields").containsExactly("crm", "shop");
        assertThat(viewModel.selectedSourceProperty().get()).isEqualTo("crm");
        assertThat(column("Loyalty Tier").targetProperty().get()).isEqualTo("loyalty_tier");
        assertThat(column("Email Opt In").targetProperty().get()).isEqualTo("email_opt_in");
        assertThat(column("Preferred Store").targetProperty().get()).isEqualTo("ignore");
        viewModel.selectedSourceProperty().set("shop");
        assertThat(column("full_name").targetProperty().get()).isEqualTo("full_name");
        assertThat(viewModel.dirtyProperty().get()).isFalse();
    }

    @Test
    void editsSaveToGoldYamlAsOneSpecificationAndAreAudited() {
        viewModel.load();
        tasks.runAll();
        row("email").ruleProperty().set(SurvivorshipRule.SOURCE_PRIORITY);
        row("email").listProperty().set("shop, crm");
        row("loyalty_tier").ruleProperty().set(SurvivorshipRule.CUSTOM_ORDER);
        row("loyalty_tier").listProperty().set("platinum, gold, silver, bronze, none");
        assertThat(viewModel.addField("favourite_store", GoldFieldType.TEXT)).isTrue();
        assertThat(viewModel.targets()).contains("favourite_store");
        column("Preferred Store").targetProperty().set("favourite_store");
        assertThat(viewModel.dirtyProperty().get()).isTrue();

        viewModel.save();
        tasks.runAll();

        assertThat(viewModel.problemProperty().get()).isEmpty();
        assertThat(desk.saved.rule(GoldField.EMAIL).sources()).containsExactly("shop", "crm");
        assertThat(desk.saved.rule(GoldField.LOYALTY_TIER).order()).startsWith("platinum", "gold");
        assertThat(desk.saved.customFieldNames()).containsExactly("favourite_store");
        assertThat(desk.saved.mapping("crm")).containsEntry("Preferred Store", GoldTarget.custom("favourite_store"))
                .hasSize(1);
        assertThat(viewModel.dirtyProperty().get()).isFalse();
        assertThat(viewModel.messageProperty().get()).startsWith("Saved to gold.yaml");
        assertThat(audit.recent(1).get(0).action()).isEqualTo("gold.configured");
        assertThat(audit.recent(1).get(0).detail()).contains("email: source priority: shop, crm", "custom field favourite_store");
    }

    @Test
    void anIncompleteRuleIsNotSavedAndSaysWhatIsMissing() {
        viewModel.load();
        tasks.runAll();
        row("phone").ruleProperty().set(SurvivorshipRule.SOURCE_PRIORITY);
        viewModel.save();
        tasks.runAll();
        assertThat(viewModel.problemProperty().get()).startsWith("phone: source_priority needs the sources in order");
        assertThat(desk.saves).isZero();
    }

    @Test
    void aBadFieldNameIsRefusedAndRemovingAFieldSendsItsColumnsBack() {
        viewModel.load();
        tasks.runAll();
        assertThat(viewModel.addField("Email", GoldFieldType.TEXT)).isFalse();
        assertThat(viewModel.problemProperty().get()).contains("not a field name");
        assertThat(viewModel.addField("email", GoldFieldType.TEXT)).isFalse();
        assertThat(viewModel.problemProperty().get()).contains("already a gold column");

        viewModel.addField("store", GoldFieldType.TEXT);
        column("Preferred Store").targetProperty().set("store");
        viewModel.removeField(row("store"));
        assertThat(column("Preferred Store").targetProperty().get()).isEqualTo("ignore");
        assertThat(viewModel.targets()).doesNotContain("store");
    }

    @Test
    void revertThrowsAwayEditsAndAMarketerMayNotSave() {
        viewModel.load();
        tasks.runAll();
        row("city").ruleProperty().set(SurvivorshipRule.LONGEST);
        viewModel.revert();
        tasks.runAll();
        assertThat(row("city").ruleProperty().get()).isEqualTo(SurvivorshipRule.MOST_RECENT);

        actor = Actor.of("mia", Role.MARKETER);
        assertThat(viewModel.canEdit()).isFalse();
        row("city").ruleProperty().set(SurvivorshipRule.LONGEST);
        viewModel.save();
        tasks.runAll();
        assertThat(viewModel.problemProperty().get()).startsWith("Not saved:");
        assertThat(desk.saves).isZero();
        assertThat(List.copyOf(viewModel.fields())).isNotEmpty();
    }
}
