package io.lakefront.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.lakefront.domain.task.DirectTaskExecutor;
import io.lakefront.ui.common.Tone;
import io.lakefront.ui.fakes.TestWorkspace;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizationViewModelTest {
    private final TestWorkspace w = TestWorkspace.withData();
    private final SourcesViewModel sources = new SourcesViewModel(w.services(), new DirectTaskExecutor());
    private final NormalizationViewModel normalization = sources.normalization();

    private void aMessyCrm() {
        w.reader.put("crm", List.of(
                List.of("CustomerID", "First Name", "E-mail", "Phone"),
                List.of("C-1001", "MARIA", " Maria.Lopez@Example.com", "(512) 555-0134"),
                List.of("C-1002", "James", "jim.oneil(at)example.com", "555"),
                List.of("C-1003", "Anna", "anna.schmidt@example.de", ""),
                List.of("C-1004", "Bo", "bo@example.com", "+1 512 555 0199")));
        sources.refresh();
        sources.syncSelected();
    }

    @Test
    void lists_each_column_with_its_tag_rule_and_what_the_rule_does_to_the_sample() {
        aMessyCrm();

        assertThat(normalization.columns()).extracting(NormalizedColumnRow::column, NormalizedColumnRow::tag)
                .containsExactly(tuple("CustomerID", "record_id"), tuple("First Name", "given_name"),
                        tuple("E-mail", "email"), tuple("Phone", "phone"));
        NormalizedColumnRow email = normalization.columns().get(2);
        assertThat(email.rule()).startsWith("trimmed, lower-case, syntax checked");
        assertThat(email.summary()).isEqualTo("1 changed · 1 invalid");
        assertThat(email.tone()).isEqualTo(Tone.DANGER);
        assertThat(normalization.columns().get(0).summary()).isEqualTo("as read");
        assertThat(normalization.summaryProperty().get())
                .isEqualTo("The next prepare on the first 4 staged rows: 4 values rewritten, 2 values would be quarantined");
    }

    @Test
    void shows_the_selected_columns_values_before_and_after_with_invalid_ones_and_their_reason() {
        aMessyCrm();

        normalization.selectedProperty().set(normalization.columns().get(2));

        assertThat(normalization.ruleProperty().get()).startsWith("E-mail · email · trimmed, lower-case");
        assertThat(normalization.values()).extracting(NormalizedValueRow::row, NormalizedValueRow::before,
                        NormalizedValueRow::after, NormalizedValueRow::state, NormalizedValueRow::note)
                .containsExactly(
                        tuple(1, " Maria.Lopez@Example.com", "maria.lopez@example.com", NormalizedValueRow.State.CHANGED, ""),
                        tuple(2, "jim.oneil(at)example.com", "—", NormalizedValueRow.State.INVALID, "no @ in the address"),
                        tuple(3, "anna.schmidt@example.de", "anna.schmidt@example.de", NormalizedValueRow.State.UNCHANGED, ""),
                        tuple(4, "bo@example.com", "bo@example.com", NormalizedValueRow.State.UNCHANGED, ""));
    }

    @Test
    void only_changed_or_invalid_values_can_be_shown_and_missing_ones_say_so() {
        aMessyCrm();
        normalization.selectedProperty().set(normalization.columns().get(3));
        assertThat(normalization.values().get(2)).isEqualTo(
                new NormalizedValueRow(3, "", "—", NormalizedValueRow.State.MISSING, "empty"));

        normalization.onlyChangesProperty().set(true);

        assertThat(normalization.values()).extracting(NormalizedValueRow::row).containsExactly(1, 2, 4);
        normalization.selectedProperty().set(normalization.columns().get(0));
        assertThat(normalization.values()).isEmpty();
        assertThat(normalization.valuesEmptyTextProperty().get())
                .isEqualTo("The rule leaves every shown value of CustomerID as it is");
    }

    @Test
    void the_first_column_with_invalid_values_is_selected_and_the_selection_survives_a_reload() {
        aMessyCrm();
        assertThat(normalization.selectedProperty().get().column()).isEqualTo("E-mail");
        normalization.selectedProperty().set(normalization.columns().get(3));

        sources.refresh();

        assertThat(normalization.selectedProperty().get().column()).isEqualTo("Phone");
    }

    @Test
    void a_source_never_synced_has_nothing_to_preview() {
        sources.refresh();
        sources.selectedProperty().set(sources.rows().get(1));

        assertThat(normalization.columns()).isEmpty();
        assertThat(normalization.emptyTextProperty().get()).isEqualTo(NormalizationViewModel.NOT_SYNCED);
        assertThat(normalization.failedProperty().get()).isFalse();
    }
}
