package io.lakefront.domain.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.PermissionDenied;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrepareSourceTest {
    private static final WorkspaceClock AS_OF = WorkspaceClock.parse("2026-10-20");
    private static final Actor STEWARD = Actor.of("sam", Role.DATA_STEWARD);
    private static final List<String> HEADER = List.of("Kundennr", "Vorname", "Nachname", "E-Mail", "Telefon",
            "Geburtsdatum", "Land");

    /**
     * A stand-in for libphonenumber (which the domain may not use): German numbers drop their leading 0
     * for +49, US numbers need ten digits, and fewer than six digits are never a number.
     */
    static final PhoneNormalizer PHONES = (raw, region) -> {
        String digits = raw.replaceAll("[^0-9+]", "");
        if (digits.replace("+", "").length() < 6) {
            return Normalized.invalid(raw, "too short for a phone number");
        }
        if (digits.startsWith("+")) {
            return Normalized.valid(digits);
        }
        if ("DE".equals(region) && digits.startsWith("0")) {
            return Normalized.valid("+49" + digits.substring(1));
        }
        if ("US".equals(region) && digits.length() == 10) {
            return Normalized.valid("+1" + digits);
        }
        return Normalized.invalid(raw, "not a valid phone number in " + region);
    };

    private final InMemoryPreparation stores = new InMemoryPreparation();
    private PrepareSource prepare;

    @BeforeEach
    void stageAMessyCustomerExport() {
        stores.stage("kunden", HEADER, rows(
                "K-1001|Anna|Müller|Anna.Mueller@Example.DE|030 12345678|14.03.1985|Deutschland",
                "K-1002|JOHN|SMITH|john.smith@example.com|(415) 555-2671|02.11.1979|USA",
                "K-1003|Lena|Schmidt|lena.schmidt(at)example.de|0171 2345678|30.06.1992|DE",
                "K-1004|Mary|Johnson|mary@example|1234|01.01.2090|US",
                "K-1005|Jürgen|Weber|j.weber@example.de|089 7654321|05.05.1960|Germany",
                "K-1006|Emily|Davis|EMILY.DAVIS@EXAMPLE.COM|212-555-0188|17.08.1988|United States",
                "K-1007|Petra|Fischer||040 9876543|21.12.1975|Deutschland",
                "K-1008|Robert|Brown|robert.brown@example.com|+1 312 555 0147|09.09.1990|US",
                "K-1009|Klaus|Becker|klaus.becker@example.de|0221 123456|11.11.1955|DE",
                "K-1010|Linda|Wilson|linda.wilson@example.com|617 555 0123|31.02.1980|USA"));
        prepare = new PrepareSource(stores.sourceStore(), stores.stagingStore(), stores.stagedRecords(),
                stores.preparedStore(), stores.settingsStore(), TagColumns.withBuiltInDictionary(AS_OF), PHONES,
                stores.auditLog(), AS_OF);
    }

    private static List<List<String>> rows(String... lines) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            rows.add(Arrays.stream(line.split("\\|", -1)).map(v -> v.isEmpty() ? null : v).toList());
        }
        return rows;
    }

    @Test
    void writesEveryStagedRowWithCanonicalValuesAndQuarantinesWhatCannotBeNormalized() {
        Preparation result = prepare.prepare(STEWARD, "kunden", TaskContext.silent());

        assertThat(result.rows()).isEqualTo(10);
        assertThat(stores.preparedRows.get("kunden")).hasSize(10);
        assertThat(stores.preparedColumns.get("kunden")).extracting(PreparedColumn::tag).containsExactly(
                ColumnTag.RECORD_ID, ColumnTag.GIVEN_NAME, ColumnTag.FAMILY_NAME, ColumnTag.EMAIL, ColumnTag.PHONE,
                ColumnTag.BIRTH_DATE, ColumnTag.COUNTRY);
        assertThat(stores.preparedColumn("kunden", "E-Mail")).containsExactly("anna.mueller@example.de",
                "john.smith@example.com", null, null, "j.weber@example.de", "emily.davis@example.com", null,
                "robert.brown@example.com", "klaus.becker@example.de", "linda.wilson@example.com");
        assertThat(stores.preparedColumn("kunden", "Geburtsdatum")).containsExactly("1985-03-14", "1979-11-02",
                "1992-06-30", null, "1960-05-05", "1988-08-17", "1975-12-21", "1990-09-09", "1955-11-11", null);
        assertThat(stores.preparedColumn("kunden", "Land")).containsExactly("DE", "US", "DE", "US", "DE", "US", "DE",
                "US", "DE", "US");
        assertThat(stores.preparedColumn("kunden", "Vorname")).element(1).isEqualTo("John");

        assertThat(stores.quarantined.get("kunden"))
                .extracting(QuarantinedValue::recordId, QuarantinedValue::column, QuarantinedValue::rawValue)
                .containsExactly(
                        tuple("K-1003", "E-Mail", "lena.schmidt(at)example.de"),
                        tuple("K-1004", "E-Mail", "mary@example"),
                        tuple("K-1004", "Telefon", "1234"),
                        tuple("K-1004", "Geburtsdatum", "01.01.2090"),
                        tuple("K-1010", "Geburtsdatum", "31.02.1980"));
        assertThat(stores.quarantined.get("kunden")).extracting(QuarantinedValue::reason).containsExactly(
                "no @ in the address", "no domain with a dot after the @", "too short for a phone number",
                "birth date in the future", "not a date in the format d.M.yyyy");

        assertThat(result.columns()).extracting(ColumnOutcome::column, ColumnOutcome::normalized,
                        ColumnOutcome::quarantined, ColumnOutcome::missing)
                .contains(tuple("E-Mail", 7L, 2L, 1L), tuple("Telefon", 9L, 1L, 0L), tuple("Geburtsdatum", 8L, 2L, 0L));
        assertThat(result.quarantined()).isEqualTo(5);
        assertThat(stores.audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("source.prepared");
            assertThat(entry.actor()).isEqualTo("sam");
            assertThat(entry.detail()).contains("rows=10", "quarantined=5");
        });
    }

    @Test
    void readsEachPhoneNumberWithItsRowsCountry() {
        prepare.prepare(STEWARD, "kunden", TaskContext.silent());

        assertThat(stores.preparedColumn("kunden", "Telefon")).containsExactly("+493012345678", "+14155552671",
                "+491712345678", null, "+49897654321", "+12125550188", "+49409876543", "+13125550147", "+49221123456",
                "+16175550123");
    }

    @Test
    void savesTheTagsAndTheRulesWithTheirParameters() {
        prepare.prepare(STEWARD, "kunden", TaskContext.silent());

        SourcePreparation saved = stores.settings.get("kunden");
        assertThat(saved.columns()).extracting(ColumnPreparation::column).containsExactlyElementsOf(HEADER);
        ColumnPreparation birthDates = saved.columns().get(5);
        assertThat(birthDates.tag()).isEqualTo(ColumnTag.BIRTH_DATE);
        assertThat(birthDates.detected()).isEqualTo(ColumnTag.BIRTH_DATE);
        assertThat(birthDates.edited()).isFalse();
        assertThat(birthDates.parameters()).containsEntry(ColumnPreparation.DATE_FORMAT, "dd.MM.yyyy");
        assertThat(birthDates.rule()).contains("d.M.yyyy", "future");
        ColumnPreparation phones = saved.columns().get(4);
        assertThat(phones.rule()).isEqualTo("E.164; country code from the row's country, else country code DE when none is written");
        assertThat(phones.parameters()).containsEntry(ColumnPreparation.DEFAULT_REGION, "DE");
    }

    @Test
    void theUsersEditedTagWinsOverTheTagger() {
        prepare.prepare(STEWARD, "kunden", TaskContext.silent());
        List<ColumnPreparation> columns = new ArrayList<>(stores.settings.get("kunden").columns());
        ColumnPreparation id = columns.get(0);
        // Changing the tag away from the detected one is an edit, even without "edited: true".
        columns.set(0, new ColumnPreparation(id.column(), ColumnTag.OTHER_ID, id.confidence(), false, id.detected(),
                id.rule(), id.parameters()));
        ColumnPreparation names = columns.get(2);
        columns.set(2, new ColumnPreparation(names.column(), ColumnTag.TEXT, 0.3, true, names.detected(), "", Map.of()));
        stores.settings.put("kunden", new SourcePreparation("kunden", columns));

        Preparation result = prepare.prepare(STEWARD, "kunden", TaskContext.silent());

        assertThat(result.columns()).extracting(ColumnOutcome::column, ColumnOutcome::tag, ColumnOutcome::edited)
                .startsWith(tuple("Kundennr", ColumnTag.OTHER_ID, true), tuple("Vorname", ColumnTag.GIVEN_NAME, false),
                        tuple("Nachname", ColumnTag.TEXT, true));
        assertThat(stores.preparedColumn("kunden", "Nachname")).element(1).isEqualTo("SMITH");
        // Without a record id column, quarantined values name their data row.
        assertThat(stores.quarantined.get("kunden")).extracting(QuarantinedValue::recordId).containsExactly("3", "4", "4", "4", "10");
        ColumnPreparation saved = stores.settings.get("kunden").columns().get(0);
        assertThat(saved.tag()).isEqualTo(ColumnTag.OTHER_ID);
        assertThat(saved.detected()).isEqualTo(ColumnTag.RECORD_ID);
        assertThat(saved.edited()).isTrue();
    }

    @Test
    void anEditedDateFormatIsUsedAndABadOneNamesTheFileAndColumn() {
        prepare.prepare(STEWARD, "kunden", TaskContext.silent());
        List<ColumnPreparation> columns = new ArrayList<>(stores.settings.get("kunden").columns());
        ColumnPreparation dates = columns.get(5);
        columns.set(5, new ColumnPreparation(dates.column(), ColumnTag.BIRTH_DATE, 1, true, dates.detected(), "",
                Map.of(ColumnPreparation.DATE_FORMAT, "MM/dd/yyyy")));
        stores.settings.put("kunden", new SourcePreparation("kunden", columns));

        Preparation result = prepare.prepare(STEWARD, "kunden", TaskContext.silent());
        assertThat(result.columns().get(5).quarantined()).isEqualTo(10);

        columns.set(5, new ColumnPreparation(dates.column(), ColumnTag.BIRTH_DATE, 1, true, dates.detected(), "",
                Map.of(ColumnPreparation.DATE_FORMAT, "dd.mm.jjjj")));
        stores.settings.put("kunden", new SourcePreparation("kunden", columns));
        assertThatThrownBy(() -> prepare.prepare(STEWARD, "kunden", TaskContext.silent()))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("sources/kunden.yaml, column 'Geburtsdatum': date_format 'dd.mm.jjjj'");
    }

    @Test
    void aCancelledRunLeavesThePreviousPreparationAsItWas() {
        prepare.prepare(STEWARD, "kunden", TaskContext.silent());
        List<List<String>> before = stores.preparedRows.get("kunden");
        List<QuarantinedValue> quarantineBefore = stores.quarantined.get("kunden");
        stores.stagedRows.put("kunden", rows("K-2001|Eva|Klein|not-an-email|1|32.13.2000|DE"));
        TaskContext cancelled = new TaskContext() {
            @Override public void progress(long done, long total) { }
            @Override public void message(String text) { }
            @Override public boolean cancelled() { return true; }
        };

        assertThatThrownBy(() -> prepare.prepare(STEWARD, "kunden", cancelled)).isInstanceOf(CancellationException.class);

        assertThat(stores.preparedRows.get("kunden")).isSameAs(before);
        assertThat(stores.quarantined.get("kunden")).isSameAs(quarantineBefore);
        assertThat(stores.audit).hasSize(1);
    }

    @Test
    void onlyThoseWhoManageSourcesMayPrepareThem() {
        assertThatThrownBy(() -> prepare.prepare(Actor.of("mia", Role.MARKETER), "kunden", TaskContext.silent()))
                .isInstanceOf(PermissionDenied.class);
        assertThat(stores.preparedRows).isEmpty();
    }

    @Test
    void asksForASyncFirstWhenNothingIsStaged() {
        stores.stage("empty", List.of(), List.of());
        assertThatThrownBy(() -> prepare.prepare(STEWARD, "empty", TaskContext.silent()))
                .isInstanceOf(UserError.class).hasMessageContaining("run: sources sync empty");
        assertThatThrownBy(() -> prepare.prepare(STEWARD, "nope", TaskContext.silent()))
                .isInstanceOf(UserError.class).hasMessage("no source named 'nope'");
    }

    @Test
    void guessesThePhonesRegionFromTheNumbersWhenTheSourceHasNoCountryColumn() {
        stores.stage("us", List.of("id", "phone"), rows("1|(415) 555-2671", "2|212-555-0188", "3|617 555 0123",
                "4|312.555.0147", "5|030 12345678"));

        Preparation result = prepare.prepare(STEWARD, "us", TaskContext.silent());

        assertThat(stores.preparedColumn("us", "phone")).containsExactly("+14155552671", "+12125550188",
                "+16175550123", "+13125550147", null);
        assertThat(result.columns().get(1).rule()).isEqualTo("E.164; country code US when none is written");
    }

    @Test
    void aTagTheTaggerIsUnsureOfKeepsTheValuesAsReadInsteadOfQuarantiningThem() {
        ColumnPlans plans = new ColumnPlans(new NormalizationRules(PHONES, AS_OF), PHONES, AS_OF);
        ColumnSample zones = new ColumnSample("time_zone", List.of("Europe/Berlin", "America/Chicago"));
        List<ColumnTagging> fresh = List.of(new ColumnTagging("time_zone", ColumnTag.TIMESTAMP, 0.16, List.of()));

        ColumnPlan plan = plans.plan(List.of(zones), fresh, java.util.Optional.empty(), "sources/x.yaml").get(0);

        assertThat(plan.apply("Europe/Berlin", null)).isEqualTo(Normalized.valid("Europe/Berlin"));
        assertThat(plan.rule()).startsWith("kept as read: tag too unsure (0.16)");
        assertThat(plan.kept).isEqualTo(1);
    }
}
