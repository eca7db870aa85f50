package io.lakefront.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.task.DirectTaskExecutor;
import io.lakefront.ui.fakes.TestWorkspace;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddSourceViewModelTest {
    private final TestWorkspace w = TestWorkspace.withData();
    private final SourcesViewModel sources = new SourcesViewModel(w.services(), new DirectTaskExecutor());

    private AddSourceViewModel wizardAt(SourceKind kind) {
        AddSourceViewModel wizard = sources.newSourceForm();
        wizard.kindProperty().set(kind);
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(AddSourceViewModel.Step.CONNECTION);
        return wizard;
    }

    private void aLoyaltyExport() {
        w.reader.put("loyalty", List.of(
                List.of("Member ID", "Vorname", "E-Mail", "Tier", "Updated"),
                List.of("M-1", "Anna", "anna@example.de", "gold", "2026-10-01T10:00:00Z"),
                List.of("M-2", "Jürgen", "j.weber@example.de", "silver", "2026-10-02T11:00:00Z"),
                List.of("M-3", "Lena", "lena@example.de", "gold", "2026-10-03T12:00:00Z")));
    }

    @Test
    void the_wizard_goes_from_kind_to_location_to_a_tested_preview_and_back() {
        AddSourceViewModel wizard = sources.newSourceForm();
        assertThat(wizard.stepProperty().get()).isEqualTo(AddSourceViewModel.Step.KIND);
        assertThat(wizard.canGoBackProperty().get()).isFalse();
        assertThat(wizard.nextLabelProperty().get()).isEqualTo("Next");

        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(AddSourceViewModel.Step.CONNECTION);
        assertThat(wizard.nextLabelProperty().get()).isEqualTo("Test and preview");
        aLoyaltyExport();
        wizard.locationProperty().set("/data/exports/loyalty.csv");
        wizard.next();

        assertThat(wizard.errorProperty().get()).isEmpty();
        assertThat(wizard.stepProperty().get()).isEqualTo(AddSourceViewModel.Step.PREVIEW);
        assertThat(wizard.nextLabelProperty().get()).isEqualTo("Add source");
        assertThat(wizard.previewColumns()).containsExactly("Member ID", "Vorname", "E-Mail", "Tier", "Updated");
        assertThat(wizard.previewRows()).hasSize(3);
        assertThat(wizard.detectedTags()).extracting(DetectedTag::column, DetectedTag::tag).contains(
                org.assertj.core.groups.Tuple.tuple("Member ID", "record_id"),
                org.assertj.core.groups.Tuple.tuple("Vorname", "given_name"),
                org.assertj.core.groups.Tuple.tuple("E-Mail", "email"));
        assertThat(wizard.detectedTags().get(2).evidence()).startsWith("E-Mail: email\n• ");
        assertThat(wizard.previewSummaryProperty().get()).startsWith("Read 3 rows of 5 columns; the first 3 are shown.");
        assertThat(wizard.columnChoices()).containsExactly("", "Member ID", "Vorname", "E-Mail", "Tier", "Updated");
        // An incremental sync matches rows by their record id: the column tagged so is offered first.
        assertThat(wizard.keyProperty().get()).isEqualTo("Member ID");
        assertThat(w.sources.find("loyalty")).isEmpty();

        wizard.back();
        assertThat(wizard.stepProperty().get()).isEqualTo(AddSourceViewModel.Step.CONNECTION);
        wizard.back();
        assertThat(wizard.stepProperty().get()).isEqualTo(AddSourceViewModel.Step.KIND);
    }

    @Test
    void adding_saves_the_sync_options_then_lists_selects_and_syncs_the_source() {
        aLoyaltyExport();
        sources.refresh();
        AddSourceViewModel wizard = wizardAt(SourceKind.FILE);
        wizard.locationProperty().set("/data/exports/loyalty.csv");
        wizard.next();
        wizard.watermarkProperty().set("Updated");

        Optional<?> added = wizard.next().toCompletableFuture().join();

        assertThat(added).isPresent();
        assertThat(w.sources.find("loyalty").orElseThrow().options())
                .containsEntry("watermark", "Updated").containsEntry("key", "Member ID");
        assertThat(sources.selectedProperty().get().name()).isEqualTo("loyalty");
        assertThat(sources.selectedProperty().get().stagedText()).isEqualTo("3");
        assertThat(sources.noticeProperty().get()).startsWith("loyalty synced: 3 records staged");
    }

    @Test
    void without_sync_after_adding_the_source_waits_for_sync_now() {
        aLoyaltyExport();
        sources.refresh();
        AddSourceViewModel wizard = wizardAt(SourceKind.FILE);
        wizard.locationProperty().set("/data/exports/loyalty.csv");
        wizard.next();
        wizard.syncAfterAddingProperty().set(false);

        wizard.next();

        assertThat(sources.selectedProperty().get().name()).isEqualTo("loyalty");
        assertThat(sources.selectedProperty().get().stagedRows()).isZero();
        assertThat(sources.noticeProperty().get()).isEqualTo("Source loyalty added. Select Sync now to stage its records."
                + " Once it is prepared, Identity → Rules recommends rules for it.");
    }

    @Test
    void the_name_follows_the_file_until_the_user_types_one() {
        AddSourceViewModel wizard = wizardAt(SourceKind.FILE);

        wizard.locationProperty().set("/data/exports/CRM Contacts 2026.csv");
        assertThat(wizard.nameProperty().get()).isEqualTo("crm_contacts_2026");
        wizard.locationProperty().set("/data/exports/2026-orders.jsonl");
        assertThat(wizard.nameProperty().get()).isEqualTo("s_2026_orders");

        wizard.nameProperty().set("orders");
        wizard.locationProperty().set("/data/exports/other.csv");
        assertThat(wizard.nameProperty().get()).isEqualTo("orders");
    }

    @Test
    void a_bad_name_is_refused_with_the_use_cases_message_and_nothing_is_read_or_added() {
        AddSourceViewModel wizard = wizardAt(SourceKind.FILE);
        wizard.locationProperty().set("/data/crm.csv");
        wizard.nameProperty().set("My CRM");

        wizard.next();

        assertThat(wizard.stepProperty().get()).isEqualTo(AddSourceViewModel.Step.CONNECTION);
        assertThat(wizard.errorProperty().get())
                .isEqualTo("source name 'My CRM': use 1-40 lower-case letters, digits or _, starting with a letter");
        assertThat(w.sources.list()).hasSize(3);
    }

    @Test
    void a_location_is_needed_and_one_that_cannot_be_read_is_named() {
        AddSourceViewModel wizard = wizardAt(SourceKind.FILE);
        wizard.nameProperty().set("loyalty");

        wizard.next();
        assertThat(wizard.errorProperty().get()).isEqualTo("source 'loyalty': a location (file, folder or JDBC URL) is required");

        wizard.locationProperty().set("/data/missing.csv");
        wizard.next();
        assertThat(wizard.errorProperty().get()).isEqualTo("source 'loyalty' (/data/missing.csv): /data/missing.csv: no such file");
        assertThat(wizard.stepProperty().get()).isEqualTo(AddSourceViewModel.Step.CONNECTION);
    }

    @Test
    void a_database_needs_a_table_or_query_and_its_password_stays_in_memory_for_the_session() {
        AddSourceViewModel wizard = wizardAt(SourceKind.JDBC);
        assertThat(wizard.databaseProperty().get()).isTrue();
        assertThat(wizard.browsableProperty().get()).isFalse();
        assertThat(wizard.locationPromptProperty().get()).startsWith("jdbc:");
        assertThat(wizard.locationLabelProperty().get()).isEqualTo("JDBC URL");
        wizard.locationProperty().set("jdbc:postgresql://localhost/erp");
        wizard.nameProperty().set("erp");
        wizard.next();
        assertThat(wizard.errorProperty().get()).isEqualTo("source 'erp': a database source needs a table or a query to read");

        w.reader.put("erp", List.of(List.of("id", "email"), List.of("1", "a@example.com")));
        wizard.tableOrQueryProperty().set("select id, email from customers where active");
        wizard.userProperty().set("lakefront");
        wizard.passwordProperty().set("s3cret");
        wizard.next();
        assertThat(wizard.errorProperty().get()).isEmpty();
        wizard.next();

        assertThat(w.sources.find("erp").orElseThrow().options())
                .containsEntry("query", "select id, email from customers where active")
                .containsEntry("user", "lakefront")
                .doesNotContainKeys("table", "password");
        assertThat(w.passwords.has("erp")).isTrue();
        assertThat(wizard.passwordProperty().get()).isEmpty();
        assertThat(wizard.passwordNote()).contains("in memory for this session only", "never saved");
    }

    @Test
    void a_table_names_the_source_when_no_name_is_typed() {
        AddSourceViewModel wizard = wizardAt(SourceKind.JDBC);

        wizard.tableOrQueryProperty().set("shop.\"Loyalty Members\"");

        assertThat(wizard.nameProperty().get()).isEqualTo("loyalty_members");
    }
}
