package io.lakefront.examples.scorer;

import static io.lakefront.domain.identity.StandardFields.CITY;
import static io.lakefront.domain.identity.StandardFields.FAMILY_NAME;
import static io.lakefront.domain.identity.StandardFields.GIVEN_NAME;
import static io.lakefront.domain.identity.StandardFields.POSTCODE;
import static io.lakefront.domain.identity.StandardFields.STREET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.identity.ScorerPlugin;
import java.io.StringReader;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The example plug-in on pairs built by hand, and its settings file. */
class SharedHouseholdPenaltyTest {
    private final SharedHouseholdPenalty plugin = new SharedHouseholdPenalty(new HouseholdSettings(7.5, "given_name"));

    /** Two people of one household as the engine sees them: normalized values, the given names at "else". */
    private static FakePair siblings() {
        return new FakePair().with(GIVEN_NAME, "anna", "brian").level("given_name", "else")
                .both(FAMILY_NAME, "novak").both(STREET, "12 elm street").both(POSTCODE, "10037").both(CITY, "springfield");
    }

    @Test
    void siblingsAtOneAddressLoseThePenalty() {
        assertThat(plugin.weight(siblings())).isEqualTo(-7.5);
    }

    @Test
    void givenNamesTheModelFindsAlikeAreNotADifference() {
        for (String level : new String[] {"exact", "nickname", "Jaro-Winkler >= 0.92", "sounds alike"}) {
            assertThat(plugin.weight(siblings().level("given_name", level))).as(level).isZero();
        }
    }

    @Test
    void withoutAGivenNameComparisonAnInitialIsNoDifferenceButAnotherNameIs() {
        FakePair initial = siblings().with(GIVEN_NAME, "a", "anna").level("given_name", null);
        FakePair other = siblings().level("given_name", null);

        assertThat(plugin.weight(initial)).isZero();
        assertThat(plugin.weight(other)).isEqualTo(-7.5);
    }

    @Test
    void theComparisonNamedInTheSettingsIsTheOneRead() {
        SharedHouseholdPenalty renamed = new SharedHouseholdPenalty(new HouseholdSettings(3, "first name"));

        assertThat(renamed.weight(siblings().level("first name", "nickname"))).isZero();
        assertThat(renamed.weight(siblings().level("first name", "else"))).isEqualTo(-3);
    }

    @Test
    void aDifferentFamilyNameStreetPostcodeOrCityIsNoHousehold() {
        assertThat(plugin.weight(siblings().with(FAMILY_NAME, "novak", "okafor"))).isZero();
        assertThat(plugin.weight(siblings().with(STREET, "12 elm street", "14 elm street"))).isZero();
        assertThat(plugin.weight(siblings().with(POSTCODE, "10037", "10074"))).isZero();
        assertThat(plugin.weight(siblings().with(CITY, "springfield", "shelbyville"))).isZero();
    }

    @Test
    void aMissingStreetFamilyOrGivenNameProvesNothingButAMissingPostcodeOrCityDoesNotDisagree() {
        assertThat(plugin.weight(siblings().with(STREET, "12 elm street", null))).isZero();
        assertThat(plugin.weight(siblings().with(STREET, null, null))).isZero();
        assertThat(plugin.weight(siblings().with(FAMILY_NAME, null, "novak"))).isZero();
        assertThat(plugin.weight(siblings().with(GIVEN_NAME, "anna", null).level("given_name", "missing"))).isZero();

        assertThat(plugin.weight(siblings().with(POSTCODE, null, "10037").with(CITY, "springfield", null)))
                .isEqualTo(-7.5);
    }

    @Test
    void itAddsToTheModelAndDeclaresEveryFieldItReads() {
        assertThat(plugin.mode()).isEqualTo(ScorerPlugin.Mode.ADD);
        assertThat(plugin.name()).isEqualTo("shared household");
        assertThat(plugin.fields()).containsExactlyInAnyOrder(GIVEN_NAME, FAMILY_NAME, STREET, POSTCODE, CITY);
    }

    @Test
    void theServiceEntryFindsThePluginWithTheSettingsShippedInTheJar() throws Exception {
        Properties shipped = new Properties();
        try (var in = SharedHouseholdPenalty.class.getResourceAsStream(SharedHouseholdPenalty.SETTINGS)) {
            shipped.load(in);
        }

        ScorerPlugin found = ServiceLoader.load(ScorerPlugin.class).findFirst().orElseThrow();

        assertThat(found).isInstanceOf(SharedHouseholdPenalty.class);
        HouseholdSettings settings = ((SharedHouseholdPenalty) found).settings();
        assertThat(settings.penalty()).isEqualTo(Double.parseDouble(shipped.getProperty("penalty"))).isPositive();
        assertThat(found.weight(siblings())).isEqualTo(-settings.penalty());
    }

    @Test
    void badSettingsNameTheFileAndTheKey() {
        assertThatThrownBy(() -> HouseholdSettings.of(properties("penalty=ten\n"), "shared-household.properties"))
                .hasMessageContaining("shared-household.properties").hasMessageContaining("penalty=ten is not a number");
        assertThatThrownBy(() -> HouseholdSettings.of(properties("penalty=-2\n"), "shared-household.properties"))
                .hasMessageContaining("shared-household.properties: penalty must be a finite number of 0 or more");
        assertThatThrownBy(() -> HouseholdSettings.of(properties("given_name_comparison=x\n"), "s.properties"))
                .hasMessage("s.properties: penalty is missing");
        assertThatThrownBy(() -> HouseholdSettings.load(SharedHouseholdPenaltyTest.class, "absent.properties"))
                .hasMessageContaining("absent.properties not found");
    }

    private static Properties properties(String text) throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}
