package io.lakefront.domain.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.identity.RecordKey;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each rule on one customer whose three sources disagree: the CRM (changed most recently, created
 * last), the shop (most complete, created first) and support (keeps no dates).
 */
class RuleSurvivorshipTest {
    private static final RecordKey CRM = new RecordKey("crm", "C-1");
    private static final RecordKey SHOP = new RecordKey("shop", "100001");
    private static final RecordKey SUPPORT = new RecordKey("support", "T-9");

    private final MemberRecord crm = member(CRM, Map.of(GoldField.FIRST_NAME, "Bob", GoldField.STREET, "12 Main St",
            GoldField.LOYALTY_TIER, "silver", GoldField.PHONE, "+15125550101"), Map.of(ConsentChannel.EMAIL, true),
            Map.of("favourite_store", "Austin"), "2024-06-01T00:00:00Z", "2026-09-01T00:00:00Z");
    private final MemberRecord shop = member(SHOP, Map.of(GoldField.FIRST_NAME, "Robert", GoldField.LAST_NAME, "Kelley",
            GoldField.STREET, "12 Main Street Apt 4", GoldField.LOYALTY_TIER, "gold", GoldField.PHONE, "+15125550199",
            GoldField.CITY, "Austin", GoldField.EMAIL, "rob@example.com"), Map.of(ConsentChannel.EMAIL, false,
            ConsentChannel.SMS, true), Map.of("favourite_store", "Dallas"), "2019-03-01T00:00:00Z", "2025-01-01T00:00:00Z");
    private final MemberRecord support = member(SUPPORT, Map.of(GoldField.FIRST_NAME, "Robert", GoldField.LOYALTY_TIER,
            "bronze", GoldField.PHONE, "+15125550199"), Map.of(), Map.of("favourite_store", "austin "), null, null);
    private final List<MemberRecord> members = List.of(support, shop, crm);

    private static MemberRecord member(RecordKey key, Map<GoldField, String> values, Map<ConsentChannel, Boolean> consents,
                                       Map<String, String> custom, String created, String changed) {
        return new MemberRecord(key, values, consents, custom, created == null ? null : Instant.parse(created),
                changed == null ? null : Instant.parse(changed));
    }

    private SurvivedCustomer merge(GoldSpec spec) {
        return new RuleSurvivorship(spec).merge("C00000001", members, Map.of());
    }

    private static GoldLineage lineage(SurvivedCustomer survived, String field) {
        return survived.lineage().stream().filter(l -> l.field().equals(field)).findFirst().orElseThrow();
    }

    @Test
    void mostRecentIsTheDefaultAndNamesTheRecordItTook() {
        SurvivedCustomer survived = merge(GoldSpec.defaults());
        assertThat(survived.customer().firstName()).isEqualTo("Bob");
        assertThat(survived.customer().lastName()).as("only the shop has one").isEqualTo("Kelley");
        GoldLineage first = lineage(survived, "first_name");
        assertThat(first.from()).isEqualTo(CRM);
        assertThat(first.rule()).isEqualTo("most_recent");
        assertThat(first.detail()).contains("most recently changed of 3", "2026-09-01");
        assertThat(lineage(survived, "last_name").detail()).isEqualTo("the only record with a value");
        assertThat(lineage(survived, "gender").from()).isNull();
        assertThat(lineage(survived, "gender").detail()).isEqualTo("no record has a value");
    }

    @Test
    void sourcePriorityTakesTheHighestRankedSourceWithAValue() {
        SurvivedCustomer survived = merge(GoldSpec.defaults()
                .withRule(GoldField.FIRST_NAME, FieldRule.sourcePriority(List.of("support", "crm")))
                .withRule(GoldField.CITY, FieldRule.sourcePriority(List.of("crm", "shop")))
                .withRule(GoldField.EMAIL, FieldRule.sourcePriority(List.of("crm"))));
        assertThat(survived.customer().firstName()).isEqualTo("Robert");
        assertThat(lineage(survived, "first_name").from()).isEqualTo(SUPPORT);
        assertThat(survived.customer().city()).as("crm has none; shop is second").isEqualTo("Austin");
        assertThat(lineage(survived, "city").detail()).isEqualTo("the only record with a value");
        assertThat(survived.customer().email()).isEqualTo("rob@example.com");
    }

    @Test
    void sourcePriorityFallsBackToTheMostRecentWhenNoListedSourceHasAValue() {
        SurvivedCustomer survived = merge(GoldSpec.defaults()
                .withRule(GoldField.PHONE, FieldRule.sourcePriority(List.of("web"))));
        assertThat(survived.customer().phone()).isEqualTo("+15125550101");
        assertThat(lineage(survived, "phone").detail()).contains("no source in the priority list (web)");
    }

    @Test
    void mostFrequentTakesTheValueMostRecordsShare() {
        SurvivedCustomer survived = merge(GoldSpec.defaults()
                .withRule(GoldField.PHONE, FieldRule.of(SurvivorshipRule.MOST_FREQUENT))
                .withRule(GoldField.FIRST_NAME, FieldRule.of(SurvivorshipRule.MOST_FREQUENT)));
        assertThat(survived.customer().phone()).isEqualTo("+15125550199");
        assertThat(lineage(survived, "phone").from()).as("the more recent of the two that agree").isEqualTo(SHOP);
        assertThat(lineage(survived, "phone").detail()).isEqualTo("2 of 3 records with a value agree");
        assertThat(survived.customer().firstName()).isEqualTo("Robert");
    }

    @Test
    void mostFrequentBreaksATieByRecency() {
        SurvivedCustomer survived = merge(GoldSpec.defaults()
                .withRule(GoldField.STREET, FieldRule.of(SurvivorshipRule.MOST_FREQUENT)));
        assertThat(survived.customer().street()).isEqualTo("12 Main St");
        assertThat(lineage(survived, "street").detail()).contains("all differ");
    }

    @Test
    void mostCompleteTakesTheRecordThatFillsTheMostFields() {
        SurvivedCustomer survived = merge(GoldSpec.defaults()
                .withRule(GoldField.FIRST_NAME, FieldRule.of(SurvivorshipRule.MOST_COMPLETE)));
        assertThat(survived.customer().firstName()).isEqualTo("Robert");
        assertThat(lineage(survived, "first_name").from()).isEqualTo(SHOP);
        assertThat(lineage(survived, "first_name").detail()).contains("10 gold values");
    }

    @Test
    void longestTakesTheMostDetailedSpelling() {
        SurvivedCustomer survived = merge(GoldSpec.defaults()
                .withRule(GoldField.STREET, FieldRule.of(SurvivorshipRule.LONGEST)));
        assertThat(survived.customer().street()).isEqualTo("12 Main Street Apt 4");
        assertThat(lineage(survived, "street").detail()).isEqualTo("the longest of 2 values (20 characters)");
    }

    @Test
    void firstNonEmptyKeepsTheFirstValueEverRecorded() {
        SurvivedCustomer survived = merge(GoldSpec.defaults()
                .withRule(GoldField.FIRST_NAME, FieldRule.of(SurvivorshipRule.FIRST_NON_EMPTY)));
        assertThat(survived.customer().firstName()).isEqualTo("Robert");
        assertThat(lineage(survived, "first_name").from()).as("created 2019, before the CRM's 2024").isEqualTo(SHOP);
        assertThat(lineage(survived, "first_name").detail()).contains("created 2019-03-01");
    }

    @Test
    void customOrderRanksValuesAndUnlistedValuesComeLast() {
        SurvivedCustomer survived = merge(GoldSpec.defaults().withRule(GoldField.LOYALTY_TIER,
                FieldRule.customOrder(List.of("platinum", "gold", "silver", "bronze", "none"))));
        assertThat(survived.customer().loyaltyTier()).isEqualTo("gold");
        assertThat(lineage(survived, "loyalty_tier").detail()).contains("'gold' ranks highest of 3");

        SurvivedCustomer unlisted = merge(GoldSpec.defaults().withRule(GoldField.LOYALTY_TIER,
                FieldRule.customOrder(List.of("diamond"))));
        assertThat(unlisted.customer().loyaltyTier()).as("none listed: the most recent").isEqualTo("silver");
    }

    @Test
    void anOptOutAnywhereWinsAndAnUnsubscribeEventWithdrawsConsent() {
        SurvivedCustomer survived = merge(GoldSpec.defaults());
        assertThat(survived.customer().emailOptIn()).as("the CRM's newer opt-in loses to the shop's opt-out").isFalse();
        assertThat(lineage(survived, "email_opt_in").from()).isEqualTo(SHOP);
        assertThat(lineage(survived, "email_opt_in").rule()).isEqualTo("most_restrictive");
        assertThat(survived.customer().smsOptIn()).isTrue();
        assertThat(survived.customer().pushOptIn()).as("nobody said").isNull();

        RecordKey event = new RecordKey("engagement", "E-77");
        Map<ConsentChannel, RecordKey> unsubscribed = new EnumMap<>(ConsentChannel.class);
        unsubscribed.put(ConsentChannel.SMS, event);
        SurvivedCustomer withdrawn = new RuleSurvivorship().merge("C00000001", members, unsubscribed);
        assertThat(withdrawn.customer().smsOptIn()).isFalse();
        assertThat(lineage(withdrawn, "sms_opt_in").from()).isEqualTo(event);
        assertThat(lineage(withdrawn, "sms_opt_in").detail()).contains("unsubscribe event");
    }

    @Test
    void consentCannotBeConfiguredToAnythingButMostRestrictive() {
        assertThatThrownBy(() -> GoldSpec.defaults().withRule(GoldField.EMAIL, FieldRule.of(SurvivorshipRule.MOST_RESTRICTIVE)))
                .hasMessageContaining("consent fields only");
    }

    @Test
    void userFieldsSurviveByTheirOwnRuleAndLiveInTheLineage() {
        GoldSpec spec = GoldSpec.defaults().withCustomField(new CustomGoldField("favourite_store", GoldFieldType.TEXT,
                FieldRule.of(SurvivorshipRule.MOST_FREQUENT)));
        SurvivedCustomer survived = merge(spec);
        GoldLineage store = lineage(survived, "favourite_store");
        assertThat(store.value()).as("'austin ' and 'Austin' agree; the more recent spelling").isEqualTo("Austin");
        assertThat(store.from()).isEqualTo(CRM);
    }

    @Test
    void aColumnMappedToConsentInGoldYamlMayStillSayYesOrNo() {
        GoldSpec spec = GoldSpec.defaults().withMapping("crm", "Newsletter", GoldTarget.consent(ConsentChannel.EMAIL));
        GoldColumns columns = GoldColumns.of("crm", List.of(new io.lakefront.domain.prep.PreparedColumn("Newsletter",
                io.lakefront.domain.prep.ColumnTag.TEXT)), spec);
        assertThat(columns.read(CRM, List.of("Yes")).consents()).containsEntry(ConsentChannel.EMAIL, true);
        assertThat(columns.read(CRM, List.of("n")).consents()).containsEntry(ConsentChannel.EMAIL, false);
        assertThat(columns.read(CRM, List.of("maybe")).consents()).isEmpty();
        assertThat(columns.mappings().get(0).chosen()).isTrue();
        assertThat(columns.mappings().get(0).proposed()).isEqualTo(GoldTarget.IGNORE);
    }

    @Test
    void createdIsTheEarliestAndUpdatedTheLatestWithTheirRecords() {
        SurvivedCustomer survived = merge(GoldSpec.defaults());
        assertThat(survived.customer().createdAt()).isEqualTo(Instant.parse("2019-03-01T00:00:00Z"));
        assertThat(survived.customer().updatedAt()).isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
        assertThat(lineage(survived, "created_at").from()).isEqualTo(SHOP);
        assertThat(lineage(survived, "updated_at").from()).isEqualTo(CRM);
        assertThat(survived.customer().sourceRecordCount()).isEqualTo(3);
    }

    @Test
    void theChoiceDoesNotDependOnReadingOrder() {
        GoldSpec spec = GoldSpec.defaults().withRule(GoldField.STREET, FieldRule.of(SurvivorshipRule.MOST_FREQUENT));
        SurvivedCustomer one = new RuleSurvivorship(spec).merge("C1", List.of(crm, shop, support), Map.of());
        SurvivedCustomer other = new RuleSurvivorship(spec).merge("C1", List.of(support, crm, shop), Map.of());
        assertThat(one).isEqualTo(other);
    }

    @Test
    void rulesSayWhatTheyNeed() {
        assertThatThrownBy(() -> FieldRule.of(SurvivorshipRule.SOURCE_PRIORITY)).hasMessageContaining("sources");
        assertThatThrownBy(() -> FieldRule.of(SurvivorshipRule.CUSTOM_ORDER)).hasMessageContaining("order");
        assertThatThrownBy(() -> new CustomGoldField("email", GoldFieldType.TEXT, FieldRule.MOST_RECENT))
                .hasMessageContaining("already a gold column");
        assertThatThrownBy(() -> new CustomGoldField("Store Name", GoldFieldType.TEXT, FieldRule.MOST_RECENT))
                .hasMessageContaining("not a field name");
    }
}
