package io.lakefront.domain.identity.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.identity.StandardFields;
import io.lakefront.domain.prep.ColumnSample;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.ColumnTagging;
import io.lakefront.domain.prep.NormalizationRules;
import io.lakefront.domain.prep.Normalized;
import io.lakefront.domain.prep.PhoneNormalizer;
import io.lakefront.domain.time.WorkspaceClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordMappingTest {
    /** Digits with the region in front, so a test can see which region the mapping chose. */
    private static final PhoneNormalizer PHONES = (raw, region) -> raw.chars().anyMatch(Character::isLetter)
            ? Normalized.invalid(raw, "letters in a phone number")
            : Normalized.valid(region + ":" + raw.replaceAll("\\D", ""));
    private static final NormalizationRules RULES =
            new NormalizationRules(PHONES, WorkspaceClock.fixedAt(Instant.parse("2026-10-20T23:59:59Z")));

    /** Columns as header → tag, with rows of values; the sample is the rows themselves. */
    private static RecordMapping mapping(List<String> headers, List<ColumnTag> tags, List<List<String>> rows) {
        List<ColumnSample> samples = new ArrayList<>();
        List<ColumnTagging> taggings = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            List<String> values = new ArrayList<>();
            for (List<String> row : rows) {
                values.add(row.get(c));
            }
            samples.add(new ColumnSample(headers.get(c), values));
            taggings.add(new ColumnTagging(headers.get(c), tags.get(c), 0.9, List.of()));
        }
        return RecordMapping.of(samples, taggings, RULES);
    }

    @Test
    void anOtherIdColumnsFieldIsNamedAfterItsHeader() {
        assertThat(PersonFields.idFieldOf("Loyalty Number")).isEqualTo("loyalty_number_id");
        assertThat(PersonFields.idFieldOf("loyalty_id")).isEqualTo("loyalty_id");
        assertThat(PersonFields.idFieldOf("2nd Card #")).isEqualTo("column_2nd_card_id");
        assertThat(PersonFields.isIdField("loyalty_id")).isTrue();
        assertThat(PersonFields.isIdField(StandardFields.NATIONAL_ID)).isFalse();
        assertThat(PersonFields.isIdField("town")).isFalse();
    }

    @Test
    void aFullNameWrittenLastCommaFirstFillsGivenAndFamilyName() {
        List<List<String>> rows = List.of(List.of("c1", "Smith, John", "JOHN.SMITH@Example.com"));
        RecordMapping mapping = mapping(List.of("customer_id", "full_name", "email_address"),
                List.of(ColumnTag.RECORD_ID, ColumnTag.FULL_NAME, ColumnTag.EMAIL), rows);

        MappedRow row = mapping.map(rows.get(0));

        assertThat(row.fields()).containsEntry(StandardFields.GIVEN_NAME, "John")
                .containsEntry(StandardFields.FAMILY_NAME, "Smith")
                .containsEntry(StandardFields.EMAIL, "john.smith@example.com");
        assertThat(row.invalid()).isEmpty();
        assertThat(mapping.recordIdColumn()).hasValue(0);
        assertThat(mapping.fields()).containsExactlyInAnyOrder(StandardFields.GIVEN_NAME, StandardFields.FAMILY_NAME,
                StandardFields.EMAIL);
    }

    @Test
    void givenAndFamilyNameColumnsWinOverTheSplitFullName() {
        List<List<String>> rows = List.of(List.of("Jonathan Smythe", "Jon", "Smith"));
        RecordMapping mapping = mapping(List.of("name", "first", "last"),
                List.of(ColumnTag.FULL_NAME, ColumnTag.GIVEN_NAME, ColumnTag.FAMILY_NAME), rows);

        assertThat(mapping.map(rows.get(0)).fields()).containsEntry(StandardFields.GIVEN_NAME, "Jon")
                .containsEntry(StandardFields.FAMILY_NAME, "Smith");
        assertThat(mapping.map(Arrays.asList("Jonathan Smythe", null, "Smith")).fields())
                .containsEntry(StandardFields.GIVEN_NAME, "Jonathan")
                .containsEntry(StandardFields.FAMILY_NAME, "Smith")
                .as("the family name column still wins").hasSize(2);
    }

    @Test
    void theHouseNumberGoesInFrontOfTheStreetOnce() {
        List<List<String>> rows = List.of(List.of("12", "main street"), List.of("7", "7 High St"));
        RecordMapping mapping = mapping(List.of("street_number", "address_1"),
                List.of(ColumnTag.STREET_NUMBER, ColumnTag.STREET), rows);

        assertThat(mapping.map(rows.get(0)).fields()).containsEntry(StandardFields.STREET, "12 Main St");
        assertThat(mapping.map(rows.get(1)).fields()).containsEntry(StandardFields.STREET, "7 High St");
        assertThat(mapping.map(Arrays.asList("9", null)).fields()).as("a number alone says little").isEmpty();
    }

    @Test
    void invalidValuesAreMissingForMatchingAndReportedWithTheirColumn() {
        List<List<String>> rows = List.of(List.of("not-an-email", "1985-02-30", "ann@example.com"));
        RecordMapping mapping = mapping(List.of("email", "dob", "work email"),
                List.of(ColumnTag.EMAIL, ColumnTag.BIRTH_DATE, ColumnTag.EMAIL), rows);

        MappedRow row = mapping.map(rows.get(0));

        assertThat(row.fields()).as("the second email column fills the gap")
                .isEqualTo(Map.of(StandardFields.EMAIL, "ann@example.com"));
        assertThat(row.invalid()).extracting(InvalidValue::column).containsExactly("email", "dob");
        assertThat(row.invalid().get(0).reason()).contains("@");
    }

    @Test
    void emailsCompareByMailboxSoGmailDotsAndTagsDoNotCount() {
        List<List<String>> rows = List.of(List.of("J.O.E+news@gmail.com"));
        RecordMapping mapping = mapping(List.of("email"), List.of(ColumnTag.EMAIL), rows);

        assertThat(mapping.map(rows.get(0)).fields()).containsEntry(StandardFields.EMAIL, "joe@gmail.com");
    }

    @Test
    void datesAreReadInTheFormatOfTheSampleAndWrittenIso() {
        List<List<String>> rows = List.of(List.of("19560409"), List.of("19800112"), List.of("20011230"));
        RecordMapping mapping = mapping(List.of("date_of_birth"), List.of(ColumnTag.BIRTH_DATE), rows);

        assertThat(mapping.map(rows.get(0)).fields()).containsEntry(StandardFields.BIRTH_DATE, "1956-04-09");
    }

    @Test
    void phonesTakeTheCountryMostRowsNameElseTheNumberingPlanMostNumbersFit() {
        List<List<String>> rows = List.of(List.of("030 1234567", "Deutschland"), List.of("040 7654321", "DE"),
                List.of("+1 555 0100", "USA"));
        RecordMapping withCountry = mapping(List.of("tel", "land"), List.of(ColumnTag.PHONE, ColumnTag.COUNTRY), rows);
        RecordMapping withoutCountry = mapping(List.of("tel"), List.of(ColumnTag.PHONE),
                List.of(List.of("(415) 555-2671"), List.of("212-555-0188"), List.of("030 1234567")));
        RecordMapping unknown = mapping(List.of("tel"), List.of(ColumnTag.PHONE), List.of(List.of("ask at desk")));

        assertThat(withCountry.defaultRegion()).isEqualTo("DE");
        assertThat(withCountry.map(rows.get(0)).fields()).containsEntry(StandardFields.PHONE, "DE:0301234567")
                .containsEntry(StandardFields.COUNTRY, "DE");
        assertThat(withoutCountry.defaultRegion()).isEqualTo("US");
        assertThat(unknown.defaultRegion()).isEqualTo(RecordMapping.UNKNOWN_REGION);
    }

    @Test
    void columnsThatDoNotDescribeThePersonAreIgnored() {
        List<List<String>> rows = List.of(List.of("17", "2024-01-01T10:00:00Z", "F", "123-45-6789"));
        RecordMapping mapping = mapping(List.of("cluster", "updated", "sex", "ssn"),
                List.of(ColumnTag.OTHER_ID, ColumnTag.TIMESTAMP, ColumnTag.GENDER, ColumnTag.NATIONAL_ID), rows);

        assertThat(mapping.map(rows.get(0)).fields()).isEqualTo(Map.of(PersonFields.GENDER, "female",
                StandardFields.NATIONAL_ID, "123-45-6789"));
        assertThat(mapping.columns()).extracting(ColumnUse::role).containsExactly(ColumnUse.Role.IGNORED,
                ColumnUse.Role.IGNORED, ColumnUse.Role.FIELD, ColumnUse.Role.FIELD);
        assertThat(mapping.recordIdColumn()).isEmpty();
        assertThat(mapping.columns().get(0).describe()).isEqualTo("\"cluster\" (other_id) -> not used");
    }

    @Test
    void aShortRowReadsItsMissingCellsAsMissing() {
        RecordMapping mapping = mapping(List.of("given", "family"), List.of(ColumnTag.GIVEN_NAME, ColumnTag.FAMILY_NAME),
                List.of(List.of("Ann", "Lee")));

        assertThat(mapping.map(List.of("Ann")).fields()).isEqualTo(Map.of(StandardFields.GIVEN_NAME, "Ann"));
    }
}
