package io.lakefront.domain.prep;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.time.WorkspaceClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TagColumnsTest {
    private final TagColumns tagger = TagColumns.withBuiltInDictionary(WorkspaceClock.parse("2026-11-25"));

    private Map<String, String> tags(List<ColumnSample> columns) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ColumnTagging tagging : tagger.tag(columns)) {
            out.put(tagging.column().strip(), tagging.tag().code());
        }
        return out;
    }

    @Test
    @DisplayName("tags every FEBRL column from its header and values")
    void tagsFebrl() {
        List<ColumnSample> febrl = TestTables.readShared("febrl/dataset1.csv", ',');

        assertThat(tags(febrl)).containsExactly(
                Map.entry("rec_id", "record_id"), Map.entry("given_name", "given_name"), Map.entry("surname", "family_name"),
                Map.entry("street_number", "street_number"), Map.entry("address_1", "street"),
                Map.entry("address_2", "address_line2"), Map.entry("suburb", "city"), Map.entry("postcode", "postcode"),
                Map.entry("state", "region"), Map.entry("date_of_birth", "birth_date"), Map.entry("soc_sec_id", "national_id"));
    }

    @Test
    @DisplayName("tags FEBRL's columns from the values alone when the headers are c1, c2, ...")
    void tagsHeaderlessFebrl() {
        List<ColumnSample> febrl = TestTables.withoutHeaders(TestTables.readShared("febrl/dataset3.csv", ','));

        assertThat(tags(febrl).values()).containsExactly("record_id", "given_name", "family_name", "street_number",
                "street", "address_line2", "city", "postcode", "region", "birth_date", "national_id");
    }

    @Test
    @DisplayName("tags Splink's fake_1000 and explains the date of birth by its format")
    void tagsFake1000() {
        List<ColumnSample> fake = TestTables.readShared("splink-fake/fake_1000.csv", ',');

        List<ColumnTagging> tagged = tagger.tag(fake);

        assertThat(tagged).extracting(t -> t.tag().code())
                .containsExactly("record_id", "given_name", "family_name", "birth_date", "city", "email", "other_id");
        assertThat(tagged.get(3).evidenceText()).contains("header ~ \"dob\"").contains("yyyy-MM-dd");
        assertThat(tagged.get(5).confidence()).isGreaterThan(0.9);
    }

    @Test
    @DisplayName("reads an unseen CRM export: Mailing Zip, mobile, \"Last, First\" full names, MM/DD/YYYY birthdates, Yes/No opt-ins")
    void tagsAnUnseenCrmExport() {
        List<ColumnSample> crm = TestTables.readResource("eval/crm_export.csv", ',');

        Map<String, String> tags = tags(crm);

        assertThat(tags).containsEntry("Contact ID", "record_id").containsEntry("Mailing Zip", "postcode")
                .containsEntry("email_address", "email").containsEntry("mobile", "phone")
                .containsEntry("full_name", "full_name").containsEntry("Birthdate", "birth_date")
                .containsEntry("Created Date", "timestamp").containsEntry("Loyalty Tier", "category")
                .containsEntry("Email Opt In", "consent").containsEntry("Lifetime Value", "money");
    }

    @Test
    @DisplayName("reads German headers, DD.MM.YYYY dates and decimal-comma amounts")
    void tagsGermanExport() {
        List<ColumnSample> kunden = TestTables.readResource("eval/kunden.csv", ';');

        List<ColumnTagging> tagged = tagger.tag(kunden);
        Map<String, ColumnTagging> byColumn = new LinkedHashMap<>();
        tagged.forEach(t -> byColumn.put(t.column(), t));

        assertThat(byColumn.get("Vorname").tag()).isEqualTo(ColumnTag.GIVEN_NAME);
        assertThat(byColumn.get("Nachname").tag()).isEqualTo(ColumnTag.FAMILY_NAME);
        assertThat(byColumn.get("PLZ").tag()).isEqualTo(ColumnTag.POSTCODE);
        assertThat(byColumn.get("Ort").tag()).isEqualTo(ColumnTag.CITY);
        assertThat(byColumn.get("Straße").tag()).isEqualTo(ColumnTag.STREET);
        assertThat(byColumn.get("Geburtsdatum").tag()).isEqualTo(ColumnTag.BIRTH_DATE);
        assertThat(byColumn.get("Geburtsdatum").evidenceText()).contains("d.M.yyyy");
        assertThat(byColumn.get("Umsatz").tag()).isEqualTo(ColumnTag.MONEY);
        assertThat(byColumn.get("Telefon").tag()).isEqualTo(ColumnTag.PHONE);
    }

    @Test
    @DisplayName("lets the values decide when headers say nothing, and says so in the evidence")
    void valuesDecideForMeaninglessHeaders() {
        List<ColumnSample> columns = List.of(
                new ColumnSample("c1", List.of("a@example.com", "b@example.org", "c@example.net", "d@x.io", "e@y.de")),
                new ColumnSample("col_2", List.of("+49 30 1234567", "(212) 555-0101", "+44 20 7946 0958", "030-9876543", "+1 415 555 0199")),
                new ColumnSample("field3", List.of("1985-04-12", "1960-11-03", "1999-01-30", "1972-07-07", "1948-02-29")));

        List<ColumnTagging> tagged = tagger.tag(columns);

        assertThat(tagged).extracting(ColumnTagging::tag)
                .containsExactly(ColumnTag.EMAIL, ColumnTag.PHONE, ColumnTag.BIRTH_DATE);
        assertThat(tagged.get(0).evidenceText()).contains("says nothing").contains("100% parse as email");
    }

    @Test
    @DisplayName("keeps one record id a table: a second unique id column becomes another system's id")
    void oneRecordIdPerTable() {
        List<String> orderIds = new ArrayList<>();
        List<String> customerIds = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            orderIds.add("ORD-" + (1000 + i));
            customerIds.add("CUST" + (5000 + i * 3));
        }

        List<ColumnTagging> tagged = tagger.tag(List.of(new ColumnSample("order_id", orderIds), new ColumnSample("customer_id", customerIds)));

        assertThat(tagged).extracting(ColumnTagging::tag).containsExactly(ColumnTag.RECORD_ID, ColumnTag.OTHER_ID);
        assertThat(tagged.get(1).evidence()).anyMatch(e -> e.kind() == Evidence.Kind.CONTEXT);
    }

    @Test
    @DisplayName("reads two unnamed name columns as given name, then family name")
    void firstOfTwoNameColumnsIsTheGivenName() {
        List<String> given = List.of("Michael", "Sarah", "Thomas", "Anna", "Peter", "Laura");
        List<String> alsoGiven = List.of("James", "Grace", "Henry", "Rose", "Arthur", "Ruth");

        List<ColumnTagging> tagged = tagger.tag(List.of(new ColumnSample("a", given), new ColumnSample("b", alsoGiven)));

        assertThat(tagged).extracting(ColumnTagging::tag).containsExactly(ColumnTag.GIVEN_NAME, ColumnTag.FAMILY_NAME);
    }

    @Test
    @DisplayName("says unknown, with high confidence, for a column without header meaning or values")
    void emptyColumnIsUnknown() {
        List<String> blanks = new ArrayList<>();
        blanks.add(null);
        blanks.add(" ");

        ColumnTagging tagging = tagger.tag(List.of(new ColumnSample("c9", blanks))).get(0);

        assertThat(tagging.tag()).isEqualTo(ColumnTag.UNKNOWN);
        assertThat(tagging.evidenceText()).isEqualTo("no values");
    }

    @Test
    @DisplayName("trusts a clear header even when a sample is too small to judge")
    void headerAloneDecidesWithoutValues() {
        ColumnTagging tagging = tagger.tag(List.of(new ColumnSample("Geschlecht", List.of()))).get(0);

        assertThat(tagging.tag()).isEqualTo(ColumnTag.GENDER);
        assertThat(tagging.confidence()).isBetween(0.3, 0.8);
    }

    @Test
    @DisplayName("prefers timestamps when a date-named column carries times of day")
    void timesOfDayMakeATimestamp() {
        List<String> instants = List.of("2026-01-03T10:15:00Z", "2026-02-11T08:00:00Z", "2025-12-30T23:59:59Z", "2026-03-01T00:00:01Z", "2026-04-04T12:00:00Z");

        assertThat(tagger.tag(List.of(new ColumnSample("order_date", instants))).get(0).tag()).isEqualTo(ColumnTag.TIMESTAMP);
    }

    @Test
    @DisplayName("uses an injected header meaning, so that an embedding model can stand in for the dictionary")
    void headerMeaningIsAPort() {
        HeaderMeaning model = header -> header.equals("kontaktweg") ? Map.of(ColumnTag.PHONE, 0.9) : Map.of();
        TagColumns withModel = new TagColumns(model, WorkspaceClock.parse("2026-11-25"));

        ColumnTagging tagging = withModel.tag(List.of(new ColumnSample("Kontaktweg", List.of("030 1234567", "0170 9876543")))).get(0);

        assertThat(tagging.tag()).isEqualTo(ColumnTag.PHONE);
        assertThat(tagging.evidenceText()).startsWith("header ~ \"kontaktweg\" (0.90)");
    }

    @Test
    @DisplayName("gives confidences in 0..1 and keeps file order")
    void confidencesAreProbabilitiesInFileOrder() {
        List<ColumnSample> crm = TestTables.readResource("eval/crm_export.csv", ',');

        List<ColumnTagging> tagged = tagger.tag(crm);

        assertThat(tagged).extracting(ColumnTagging::column).containsExactlyElementsOf(crm.stream().map(ColumnSample::header).toList());
        assertThat(tagged).allSatisfy(t -> assertThat(t.confidence()).isBetween(0.0, 1.0));
    }
}
