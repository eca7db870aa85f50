package io.lakefront.connectors.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.Suppression;
import io.lakefront.domain.audience.nl.Glossary;
import io.lakefront.domain.audience.EventMeasure;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.GlossaryTerm;
import io.lakefront.domain.audience.Operator;
import io.lakefront.domain.audience.SavedAudience;
import io.lakefront.domain.audience.SuppressionRule;
import io.lakefront.domain.audience.TimeWindow;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlAudienceStoreTest {
    @TempDir Path workspace;

    private static final Filter TEXAS_VIPS = Filter.and(Filter.in("region", "TX", "OK"),
            Filter.compare("lifetime_spend", ">=", "1000.5"),
            new Filter.Event(new EventMeasure.Purchases(EventMeasure.Aggregate.SUM, "Shoes", null),
                    new TimeWindow.LastDays(90), Operator.GT, new BigDecimal("200")),
            Filter.not(new Filter.IsEmpty(io.lakefront.domain.audience.AudienceField.PHONE)));

    @Test
    void savesAudiencesAsOneFileEachAndReadsThemBack() throws Exception {
        YamlAudienceStore store = new YamlAudienceStore(workspace);
        assertThat(store.list()).isEmpty();
        store.save(new SavedAudience("texas-vips", "VIPs in Texas or Oklahoma", TEXAS_VIPS));
        store.save(new SavedAudience("all", "everyone", Filter.and()));

        Path file = workspace.resolve("audiences/texas-vips.yaml");
        String text = Files.readString(file);
        assertThat(text).contains("name: texas-vips", "lifetime_spend", "1000.5", "last_days: 90");
        assertThat(store.list()).extracting(SavedAudience::name).containsExactly("all", "texas-vips");
        assertThat(store.find("texas-vips")).contains(new SavedAudience("texas-vips", "VIPs in Texas or Oklahoma", TEXAS_VIPS));
        assertThat(store.find("nobody")).isEmpty();

        assertThat(store.delete("all")).isTrue();
        assertThat(store.delete("all")).isFalse();
        assertThat(store.list()).extracting(SavedAudience::name).containsExactly("texas-vips");
        try (var leftovers = Files.list(workspace.resolve("audiences"))) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactly("texas-vips.yaml");
        }
    }

    @Test
    void theRulesAndTheGlossaryFilesAreNoAudiencesAndTheirNamesAreTaken() {
        YamlAudienceStore store = new YamlAudienceStore(workspace);
        store.saveSuppressionRules(Suppression.defaults());
        store.saveGlossary(Glossary.defaults());
        assertThat(store.list()).isEmpty();
        assertThatThrownBy(() -> store.save(new SavedAudience("glossary", "", Filter.and())))
                .isInstanceOf(UserError.class).hasMessageContaining("choose another name");
    }

    @Test
    void defaultsWhileTheFilesDoNotExistThenWhatWasSaved() {
        YamlAudienceStore store = new YamlAudienceStore(workspace);
        assertThat(store.suppressionRules()).extracting(SuppressionRule::name, SuppressionRule::enabled).containsExactly(
                org.assertj.core.groups.Tuple.tuple("open support ticket", true),
                org.assertj.core.groups.Tuple.tuple("bought in the last 7 days", false),
                org.assertj.core.groups.Tuple.tuple("globally unsubscribed", true));
        assertThat(store.glossary()).isEqualTo(Glossary.defaults())
                .extracting(GlossaryTerm::name).contains("VIP", "lapsed", "high churn risk", "new customers");

        List<SuppressionRule> changed = List.of(
                new SuppressionRule("recent buyers", "", Suppression.defaults().get(1).filter(), true),
                new SuppressionRule("no email", "no address", new Filter.IsEmpty(io.lakefront.domain.audience.AudienceField.EMAIL), false));
        store.saveSuppressionRules(changed);
        assertThat(store.suppressionRules()).isEqualTo(changed);

        List<GlossaryTerm> terms = List.of(new GlossaryTerm("whales", List.of("whales", "big spenders"),
                "spent $5,000 or more", Filter.compare("lifetime_spend", ">=", "5000")));
        store.saveGlossary(terms);
        assertThat(store.glossary()).hasSize(1);
        assertThat(store.glossary().get(0).phrases()).containsExactly("whales", "big spenders");
        assertThat(store.glossary().get(0).filter()).isEqualTo(new Filter.Compare(
                io.lakefront.domain.audience.AudienceField.LIFETIME_SPEND, Operator.GE,
                new io.lakefront.domain.audience.Value.Number(new BigDecimal("5000"))));
    }

    @Test
    void aBadFilterIsReportedAtItsLineAndColumn() throws Exception {
        Path folder = Files.createDirectories(workspace.resolve("audiences"));
        Files.writeString(folder.resolve("texans.yaml"), """
                name: texans
                description: people in Texas
                filter:
                  all:
                    - field: region
                      op: "="
                      value: TX
                    - field: shoe_size
                      op: ">"
                      value: 9
                """);
        YamlAudienceStore store = new YamlAudienceStore(workspace);
        assertThatThrownBy(store::list).isInstanceOf(UserError.class)
                .hasMessageContaining("texans.yaml:8:")
                .hasMessageContaining("filter.all[1]")
                .hasMessageContaining("unknown field 'shoe_size'");
    }

    @Test
    void aBadValueInTheRulesFileNamesTheRuleAndWhere() throws Exception {
        Path folder = Files.createDirectories(workspace.resolve("audiences"));
        Files.writeString(folder.resolve("suppression.yaml"), """
                rules:
                  - name: big spenders
                    enabled: true
                    filter:
                      field: lifetime_spend
                      op: ">="
                      value: lots
                """);
        assertThatThrownBy(new YamlAudienceStore(workspace)::suppressionRules).isInstanceOf(UserError.class)
                .hasMessageContaining("suppression.yaml:7:")
                .hasMessageContaining("rules[0].filter")
                .hasMessageContaining("'lots' is not a number");
        Files.writeString(folder.resolve("suppression.yaml"), """
                rules:
                  - name: x
                    enabled: perhaps
                    filter: {field: phone, op: is_empty}
                """);
        assertThatThrownBy(new YamlAudienceStore(workspace)::suppressionRules).isInstanceOf(UserError.class)
                .hasMessageContaining("suppression.yaml:3:14: rules[0].enabled: 'perhaps' is not true or false");
    }

    @Test
    void aFileWhoseNameDiffersFromItsAudienceOrWithUnknownKeysIsAnError() throws Exception {
        Path folder = Files.createDirectories(workspace.resolve("audiences"));
        Files.writeString(folder.resolve("a.yaml"), "name: b\nfilter: {all: []}\n");
        assertThatThrownBy(new YamlAudienceStore(workspace)::list).hasMessageContaining("a.yaml:1:7: name 'b' differs");
        Files.writeString(folder.resolve("a.yaml"), "name: a\nfilter: {all: []}\ncolour: red\n");
        assertThatThrownBy(new YamlAudienceStore(workspace)::list).hasMessageContaining("a.yaml:3:1: unknown key 'colour'");
        Files.writeString(folder.resolve("a.yaml"), "name: a\nfilter: {all: [}\n");
        assertThatThrownBy(new YamlAudienceStore(workspace)::list).hasMessageContaining("a.yaml:2:");
    }
}
