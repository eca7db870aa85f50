package io.lakefront.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.task.DirectTaskExecutor;
import io.lakefront.ui.fakes.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarantineViewModelTest {
    private final TestWorkspace w = TestWorkspace.withData();
    private final SourcesViewModel sources = new SourcesViewModel(w.services(), new DirectTaskExecutor());
    private final QuarantineViewModel quarantine = sources.quarantine();

    @BeforeEach
    void aPreparedSourceWithBadValues() {
        w.reader.put("crm", List.of(
                List.of("CustomerID", "First Name", "E-mail", "Phone"),
                List.of("C-1", "Maria", "maria@example.com", "555"),
                List.of("C-2", "James", "jim(at)example.com", "(512) 555-0134"),
                List.of("C-3", "Anna", "anna@example", "12"),
                List.of("C-4", "Bo", "bo@example.com", "7"),
                List.of("C-5", "Cy", "N/A", "+1 512 555 0199")));
        sources.refresh();
        sources.syncSelected();
        sources.prepareSelected();
    }

    @Test
    void lists_every_quarantined_value_with_counts_and_the_filter_choices() {
        assertThat(quarantine.rows()).extracting(QuarantineRow::recordId).containsExactly("C-1", "C-2", "C-3", "C-3", "C-4", "C-5");
        assertThat(quarantine.countTextProperty().get()).isEqualTo("Showing 6 of 6 quarantined values");
        assertThat(quarantine.columnChoices()).containsExactly("", "Phone", "E-mail");
        assertThat(quarantine.reasonChoices()).containsExactly("", "too short for a phone number", "no @ in the address",
                "no domain with a dot after the @");
        assertThat(quarantine.availableProperty().get()).isTrue();
        assertThat(quarantine.canExportProperty().get()).isTrue();
        assertThat(quarantine.filteredProperty().get()).isFalse();
    }

    @Test
    void filters_by_column_reason_and_text_and_says_how_many_match_of_all() {
        quarantine.columnProperty().set("E-mail");
        assertThat(quarantine.rows()).extracting(QuarantineRow::value).containsExactly("jim(at)example.com", "anna@example", "N/A");
        assertThat(quarantine.countTextProperty().get()).isEqualTo("Showing 3 of 3 matching values (6 quarantined in all)");

        quarantine.reasonProperty().set("no @ in the address");
        assertThat(quarantine.rows()).extracting(QuarantineRow::recordId).containsExactly("C-2", "C-5");

        quarantine.searchProperty().set("n/a");
        assertThat(quarantine.rows()).extracting(QuarantineRow::recordId).containsExactly("C-5");
        assertThat(quarantine.countTextProperty().get()).isEqualTo("Showing 1 of 1 matching value (6 quarantined in all)");
        assertThat(quarantine.filteredProperty().get()).isTrue();

        quarantine.searchProperty().set("nothing like this");
        assertThat(quarantine.rows()).isEmpty();
        assertThat(quarantine.emptyTextProperty().get()).isEqualTo("No quarantined value matches these filters");
        assertThat(quarantine.canExportProperty().get()).isFalse();
        // The choices stay: the user can widen the filter again.
        assertThat(quarantine.columnChoices()).contains("Phone", "E-mail");

        quarantine.clearFilters();
        assertThat(quarantine.rows()).hasSize(6);
        assertThat(quarantine.searchProperty().get()).isEmpty();
    }

    @Test
    void exports_the_filtered_values_as_csv_with_the_command_lines_header(@TempDir Path folder) throws Exception {
        quarantine.columnProperty().set("Phone");
        assertThat(quarantine.suggestedFileName()).isEqualTo("crm-quarantine-phone.csv");
        Path file = folder.resolve("phones.csv");

        quarantine.exportTo(file);

        assertThat(Files.readAllLines(file)).containsExactly(
                "source,record_id,column,value,reason",
                "crm,C-1,Phone,555,too short for a phone number",
                "crm,C-3,Phone,12,too short for a phone number",
                "crm,C-4,Phone,7,too short for a phone number");
        assertThat(quarantine.noticeProperty().get()).isEqualTo("Exported 3 values to " + file);
        assertThat(quarantine.exportingProperty().get()).isFalse();
    }

    @Test
    void an_export_that_fails_names_the_file_and_writes_nothing(@TempDir Path folder) {
        Path file = folder.resolve("no-such-folder").resolve("q.csv");

        quarantine.exportTo(file);

        assertThat(quarantine.problemProperty().get()).startsWith("Could not export the quarantine: " + file);
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void another_source_starts_with_no_filters() {
        quarantine.columnProperty().set("Phone");

        sources.selectedProperty().set(sources.rows().get(2));

        assertThat(quarantine.columnProperty().get()).isEmpty();
        assertThat(quarantine.rows()).isEmpty();
        assertThat(quarantine.emptyTextProperty().get()).isEqualTo(QuarantineViewModel.NOT_PREPARED);
        assertThat(quarantine.availableProperty().get()).isFalse();
    }
}
