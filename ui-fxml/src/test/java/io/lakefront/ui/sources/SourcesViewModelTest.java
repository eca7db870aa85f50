package io.lakefront.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.prep.ColumnPreparation;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.SourcePreparation;
import io.lakefront.domain.source.SchemaDrift;
import io.lakefront.domain.source.SyncMode;
import io.lakefront.domain.source.SyncRun;
import io.lakefront.domain.source.SyncStatus;
import io.lakefront.domain.source.ValueType;
import io.lakefront.domain.task.DirectTaskExecutor;
import io.lakefront.ui.fakes.TestWorkspace;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourcesViewModelTest {
    private final TestWorkspace w = TestWorkspace.withData();
    private final SourcesViewModel sources = new SourcesViewModel(w.services(), new DirectTaskExecutor());

    @Test
    void refresh_lists_every_source_with_staged_rows_last_sync_and_status() {
        sources.refresh();

        assertThat(sources.rows()).extracting(SourceRow::name).containsExactly("crm", "support", "webshop");
        SourceRow crm = sources.rows().get(0);
        assertThat(crm.kindLabel()).isEqualTo("File");
        assertThat(crm.stagedText()).isEqualTo("3");
        assertThat(crm.lastSync()).isEqualTo("2026-10-20 23:59");
        assertThat(crm.status()).isEqualTo(SourceStatus.SYNCED);
        assertThat(sources.rows().get(1).status()).isEqualTo(SourceStatus.NEVER_SYNCED);
        assertThat(sources.rows().get(1).lastSync()).isEqualTo("never");
        assertThat(sources.emptyProperty().get()).isFalse();
    }

    @Test
    void the_first_source_is_selected_and_previewed_with_its_original_column_names() {
        sources.refresh();

        assertThat(sources.selectedProperty().get().name()).isEqualTo("crm");
        assertThat(sources.previewColumns()).containsExactly("CustomerID", "First Name", "Last Name", "E-mail", "Phone");
        assertThat(sources.previewRows()).hasSize(3);
        assertThat(sources.previewRows().get(1)).contains("O'Neil");
        assertThat(sources.syncRuns()).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo("Succeeded");
            assertThat(run.rowsStaged()).isEqualTo("3");
        });
    }

    @Test
    void selecting_another_source_loads_its_preview() {
        sources.refresh();

        sources.selectedProperty().set(sources.rows().get(2));

        assertThat(sources.previewColumns()).containsExactly("customer_email", "name", "city", "orders");
    }

    @Test
    void an_empty_workspace_says_so_once_loaded() {
        TestWorkspace empty = TestWorkspace.empty();
        SourcesViewModel none = new SourcesViewModel(empty.services(), new DirectTaskExecutor());
        assertThat(none.emptyProperty().get()).isFalse();

        none.refresh();

        assertThat(none.emptyProperty().get()).isTrue();
        assertThat(none.selectedProperty().get()).isNull();
    }

    @Test
    void sync_now_stages_the_new_rows_and_refreshes_the_table_and_history() {
        sources.refresh();
        w.reader.put("crm", List.of(List.of("CustomerID", "First Name"), List.of("C-1", "Ann"), List.of("C-2", "Bo"),
                List.of("C-3", "Cy"), List.of("C-4", "Di")));

        sources.syncSelected();

        assertThat(sources.rows().get(0).stagedText()).isEqualTo("4");
        assertThat(sources.previewColumns()).containsExactly("CustomerID", "First Name");
        assertThat(sources.syncRuns()).hasSize(2);
        assertThat(sources.noticeProperty().get()).startsWith("crm synced: 4 records staged");
        assertThat(sources.syncingProperty().get()).isFalse();
    }

    @Test
    void a_failed_sync_is_reported_and_listed_in_the_history() {
        sources.refresh();
        sources.selectedProperty().set(sources.rows().get(1));

        sources.syncSelected();

        assertThat(sources.problemProperty().get())
                .isEqualTo("Sync of support failed: source 'support' (jdbc:postgresql://desk:5432/support): "
                        + "jdbc:postgresql://desk:5432/support: no such file");
        assertThat(sources.rows().get(1).status()).isEqualTo(SourceStatus.FAILED);
        assertThat(sources.syncRuns()).singleElement().extracting(SyncRunRow::status).isEqualTo("Failed");
    }

    @Test
    void a_source_never_prepared_says_so_in_its_columns_and_quarantine() {
        sources.refresh();

        assertThat(sources.preparedProperty().get()).isFalse();
        assertThat(sources.columns().rows()).isEmpty();
        assertThat(sources.quarantine().rows()).isEmpty();
        assertThat(sources.columns().emptyTextProperty().get()).isEqualTo("Not prepared yet — press Prepare");
        assertThat(sources.quarantine().emptyTextProperty().get()).isEqualTo("Not prepared yet — press Prepare");
        // The normalization preview needs no prepare: it shows what the first one would do.
        assertThat(sources.normalization().columns()).hasSize(5);
        assertThat(sources.canPrepareProperty().get()).isTrue();
    }

    @Test
    void prepare_tags_the_columns_quarantines_bad_values_and_shows_both() {
        w.reader.put("crm", List.of(
                List.of("CustomerID", "First Name", "Last Name", "E-mail", "Phone"),
                List.of("C-1001", "Maria", "Lopez", "maria.lopez@example.com", "(512) 555-0134"),
                List.of("C-1002", "James", "O'Neil", "jim.oneil@example.com", "555"),
                List.of("C-1003", "Anna", "Schmidt", "anna.schmidt@example.de", "+49 30 1234567")));
        sources.refresh();
        sources.syncSelected();

        sources.prepareSelected();

        assertThat(sources.problemProperty().get()).isEmpty();
        assertThat(sources.noticeProperty().get()).startsWith("crm prepared: ")
                .endsWith(" values normalized, 1 quarantined. Identity → Rules shows the rules recommended for it.");
        assertThat(sources.preparingProperty().get()).isFalse();
        assertThat(sources.preparedProperty().get()).isTrue();
        assertThat(sources.columns().rows()).extracting(ColumnTagRow::column)
                .containsExactly("CustomerID", "First Name", "Last Name", "E-mail", "Phone");
        ColumnTagRow phone = sources.columns().rows().get(4);
        assertThat(phone.tag()).isEqualTo("phone");
        assertThat(phone.quarantined()).isEqualTo(1);
        assertThat(phone.confidence()).endsWith("%");
        assertThat(phone.rule()).isNotBlank();
        assertThat(phone.edited()).isFalse();
        assertThat(sources.columns().rows().get(3).tag()).isEqualTo("email");
        assertThat(sources.columns().rows().get(3).quarantinedText()).isEmpty();
        assertThat(sources.quarantine().rows()).containsExactly(
                new QuarantineRow("C-1002", "Phone", "555", "too short for a phone number"));
        assertThat(sources.quarantine().countTextProperty().get()).isEqualTo("Showing 1 of 1 quarantined value");
        assertThat(sources.columns().hintProperty().get()).endsWith("Saved in sources/crm.yaml, your choice wins on the next prepare.");
    }

    @Test
    void a_clean_preparation_says_nothing_is_quarantined() {
        sources.refresh();

        sources.prepareSelected();

        assertThat(sources.columns().rows()).hasSize(5);
        assertThat(sources.quarantine().rows()).isEmpty();
        assertThat(sources.quarantine().emptyTextProperty().get()).startsWith("Nothing quarantined");
        assertThat(sources.quarantine().countTextProperty().get()).isEmpty();
    }

    @Test
    void a_tag_the_user_edited_is_flagged_and_kept_by_the_next_prepare() {
        w.preparations.save(new SourcePreparation("crm", List.of(
                new ColumnPreparation("CustomerID", ColumnTag.RECORD_ID, 0.9, false, ColumnTag.RECORD_ID, "kept as read", Map.of()),
                new ColumnPreparation("Phone", ColumnTag.TEXT, 0.95, true, ColumnTag.PHONE, "kept as read", Map.of()))));
        sources.refresh();
        assertThat(sources.columns().rows()).extracting(ColumnTagRow::column, ColumnTagRow::edited)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CustomerID", false),
                        org.assertj.core.groups.Tuple.tuple("Phone", true));

        sources.prepareSelected();

        ColumnTagRow phone = sources.columns().rows().stream().filter(r -> r.column().equals("Phone")).findFirst().orElseThrow();
        assertThat(phone.tag()).isEqualTo("text");
        assertThat(phone.edited()).isTrue();
        assertThat(sources.columns().rows().stream().filter(r -> !r.column().equals("Phone")))
                .noneMatch(ColumnTagRow::edited);
    }

    @Test
    void preparing_a_source_with_nothing_staged_is_reported_like_a_failed_sync() {
        sources.refresh();
        sources.selectedProperty().set(sources.rows().get(1));
        assertThat(sources.canPrepareProperty().get()).isFalse();

        sources.prepareSelected();

        assertThat(sources.problemProperty().get())
                .isEqualTo("Preparation of support failed: source 'support' has nothing staged yet; run: sources sync support");
        assertThat(sources.preparingProperty().get()).isFalse();
    }

    @Test
    void the_sync_history_shows_mode_inserted_and_updated_counts_and_schema_drift() {
        Instant at = Instant.parse("2026-10-20T12:00:00Z");
        w.history.record(new SyncRun("crm", at, at.plusSeconds(2), SyncStatus.SUCCEEDED, 12, 40, 0, "",
                SyncMode.INCREMENTAL, 7, 5, 0, 28,
                List.of(SchemaDrift.added("Loyalty Tier", ValueType.TEXT), SchemaDrift.retyped("zip", ValueType.NUMBER, ValueType.TEXT))));

        sources.refresh();

        SyncRunRow newest = sources.syncRuns().get(0);
        assertThat(newest.mode()).isEqualTo("Incremental");
        assertThat(newest.rowsInserted()).isEqualTo("7");
        assertThat(newest.rowsUpdated()).isEqualTo("5");
        assertThat(newest.drift()).isEqualTo("added 'Loyalty Tier'; retyped 'zip' number -> text");
        SyncRunRow first = sources.syncRuns().get(1);
        assertThat(first.mode()).isEqualTo("Full");
        assertThat(first.drift()).isEmpty();
    }
}
