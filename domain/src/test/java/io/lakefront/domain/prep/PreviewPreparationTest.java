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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PreviewPreparationTest {
    private static final WorkspaceClock AS_OF = WorkspaceClock.parse("2026-10-20");
    private static final Actor STEWARD = Actor.of("sam", Role.DATA_STEWARD);

    private final InMemoryPreparation stores = new InMemoryPreparation();
    private PreviewPreparation preview;
    private PrepareSource prepare;

    @BeforeEach
    void stageAMessyExport() {
        stores.stage("kunden", List.of("Kundennr", "Vorname", "E-Mail", "Telefon", "Geburtsdatum", "Land"), rows(
                "K-1001|ANNA|Anna.Mueller@Example.DE|030 12345678|14.03.1985|Deutschland",
                "K-1002|John|john.smith@example.com|(415) 555-2671|02.11.1979|USA",
                "K-1003|Lena|lena.schmidt(at)example.de|0171 2345678|30.06.1992|DE",
                "K-1004|Mary||1234|01.01.2090|US",
                "K-1005|Jürgen|j.weber@example.de|089 7654321|05.05.1960|Germany"));
        TagColumns tagger = TagColumns.withBuiltInDictionary(AS_OF);
        preview = new PreviewPreparation(stores.sourceStore(), stores.stagingStore(), stores.settingsStore(), tagger,
                PrepareSourceTest.PHONES, AS_OF);
        prepare = new PrepareSource(stores.sourceStore(), stores.stagingStore(), stores.stagedRecords(),
                stores.preparedStore(), stores.settingsStore(), tagger, PrepareSourceTest.PHONES, stores.auditLog(), AS_OF);
    }

    private static List<List<String>> rows(String... lines) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            rows.add(Arrays.stream(line.split("\\|", -1)).map(v -> v.isEmpty() ? null : v).toList());
        }
        return rows;
    }

    @Test
    void showsEachValueBeforeAndAfterItsColumnsRuleAndWhyARefusedOneWouldBeQuarantined() {
        PreparationPreview result = preview.preview(STEWARD, "kunden", 4, TaskContext.silent());

        assertThat(result.rows()).hasSize(4);
        assertThat(result.sampledRows()).isEqualTo(5);
        assertThat(result.rows().get(0)).extracting(ValuePreview::before, ValuePreview::after).containsExactly(
                tuple("K-1001", "K-1001"), tuple("ANNA", "Anna"), tuple("Anna.Mueller@Example.DE", "anna.mueller@example.de"),
                tuple("030 12345678", "+493012345678"), tuple("14.03.1985", "1985-03-14"), tuple("Deutschland", "DE"));
        assertThat(result.rows().get(0).get(1).changed()).isTrue();
        assertThat(result.rows().get(0).get(0).changed()).isFalse();
        ValuePreview email = result.rows().get(2).get(2);
        assertThat(email.invalid()).isTrue();
        assertThat(email.after()).isNull();
        assertThat(email.reason()).isEqualTo("no @ in the address");
        ValuePreview missing = result.rows().get(3).get(2);
        assertThat(missing.before()).isNull();
        assertThat(missing.invalid()).isFalse();
        assertThat(result.rows().get(3).get(4).reason()).isEqualTo("birth date in the future");
    }

    @Test
    void namesEachColumnsTagRuleAndTheTaggersEvidence() {
        PreparationPreview result = preview.preview(STEWARD, "kunden", 5, TaskContext.silent());

        assertThat(result.columns()).extracting(ColumnPreview::column, ColumnPreview::tag).containsExactly(
                tuple("Kundennr", ColumnTag.RECORD_ID), tuple("Vorname", ColumnTag.GIVEN_NAME), tuple("E-Mail", ColumnTag.EMAIL),
                tuple("Telefon", ColumnTag.PHONE), tuple("Geburtsdatum", ColumnTag.BIRTH_DATE), tuple("Land", ColumnTag.COUNTRY));
        ColumnPreview phones = result.columns().get(3);
        assertThat(phones.rule()).startsWith("E.164; country code from the row's country");
        assertThat(phones.evidence()).isNotEmpty();
        assertThat(phones.evidenceText()).contains("header");
        assertThat(phones.invalid()).isEqualTo(1);
        assertThat(result.columns().get(2).invalid()).isEqualTo(1);
    }

    @Test
    void agreesWithWhatPrepareThenWrites() {
        PreparationPreview result = preview.preview(STEWARD, "kunden", 5, TaskContext.silent());

        prepare.prepare(STEWARD, "kunden", TaskContext.silent());

        for (int c = 0; c < result.columns().size(); c++) {
            int column = c;
            List<String> after = result.rows().stream().map(row -> row.get(column).after()).toList();
            assertThat(after).as(result.columns().get(c).column())
                    .containsExactlyElementsOf(stores.preparedColumn("kunden", result.columns().get(c).column()));
            assertThat(result.columns().get(c).rule()).isEqualTo(stores.settings.get("kunden").columns().get(c).rule());
        }
        assertThat(result.rows().stream().flatMap(List::stream).filter(ValuePreview::invalid).map(ValuePreview::reason).toList())
                .containsExactlyElementsOf(stores.quarantined.get("kunden").stream().map(QuarantinedValue::reason).toList());
    }

    @Test
    void usesTheTagTheUserEditedAndStillShowsWhatTheTaggerRead() {
        prepare.prepare(STEWARD, "kunden", TaskContext.silent());
        List<ColumnPreparation> columns = new ArrayList<>(stores.settings.get("kunden").columns());
        ColumnPreparation email = columns.get(2);
        columns.set(2, new ColumnPreparation(email.column(), ColumnTag.TEXT, 1.0, true, email.detected(), "", Map.of()));
        stores.settings.put("kunden", new SourcePreparation("kunden", columns));

        PreparationPreview result = preview.preview(STEWARD, "kunden", 5, TaskContext.silent());

        ColumnPreview edited = result.columns().get(2);
        assertThat(edited.tag()).isEqualTo(ColumnTag.TEXT);
        assertThat(edited.edited()).isTrue();
        assertThat(edited.detected()).isEqualTo(ColumnTag.EMAIL);
        assertThat(edited.detectedConfidence()).isGreaterThan(0.5);
        assertThat(edited.rule()).isEqualTo("kept as read");
        assertThat(result.rows().get(2).get(2)).isEqualTo(new ValuePreview("lena.schmidt(at)example.de",
                "lena.schmidt(at)example.de", null));
    }

    @Test
    void writesNothingAndNeedsTheRightToSeePersonalData() {
        preview.preview(STEWARD, "kunden", 5, TaskContext.silent());

        assertThat(stores.settings).isEmpty();
        assertThat(stores.preparedRows).isEmpty();
        assertThat(stores.audit).isEmpty();
        assertThatThrownBy(() -> preview.preview(Actor.of("mia", Role.MARKETER), "kunden", 5, TaskContext.silent()))
                .isInstanceOf(PermissionDenied.class);
    }

    @Test
    void asksForASyncFirstWhenNothingIsStaged() {
        stores.stage("empty", List.of(), List.of());

        assertThatThrownBy(() -> preview.preview(STEWARD, "empty", 5, TaskContext.silent()))
                .isInstanceOf(UserError.class).hasMessage("source 'empty' has nothing staged yet; run: sources sync empty");
        assertThatThrownBy(() -> preview.preview(STEWARD, "nope", 5, TaskContext.silent()))
                .isInstanceOf(UserError.class).hasMessage("no source named 'nope'");
    }
}
