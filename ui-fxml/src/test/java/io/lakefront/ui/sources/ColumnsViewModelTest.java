package io.lakefront.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.prep.ColumnPreparation;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.task.DirectTaskExecutor;
import io.lakefront.ui.fakes.TestWorkspace;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsViewModelTest {
    private final TestWorkspace w = TestWorkspace.withData();

    private SourcesViewModel preparedCrm(TestWorkspace workspace) {
        workspace.reader.put("crm", List.of(
                List.of("CustomerID", "First Name", "Last Name", "E-mail", "Phone"),
                List.of("C-1001", "Maria", "Lopez", "maria.lopez@example.com", "(512) 555-0134"),
                List.of("C-1002", "James", "O'Neil", "jim.oneil@example.com", "555"),
                List.of("C-1003", "Anna", "Schmidt", "anna.schmidt@example.de", "+49 30 1234567")));
        SourcesViewModel sources = new SourcesViewModel(workspace.services(), new DirectTaskExecutor());
        sources.refresh();
        sources.syncSelected();
        sources.prepareSelected();
        return sources;
    }

    private static ColumnTagRow row(SourcesViewModel sources, String column) {
        return sources.columns().rows().stream().filter(r -> r.column().equals(column)).findFirst().orElseThrow();
    }

    @Test
    void each_tag_chip_carries_its_confidence_and_the_taggers_evidence() {
        SourcesViewModel sources = preparedCrm(w);

        ColumnTagRow email = row(sources, "E-mail");
        assertThat(email.tag()).isEqualTo("email");
        assertThat(email.confidence()).matches("\\d+%");
        assertThat(email.evidence()).startsWith("email — " + email.confidence() + " sure\nWhy:\n• Header: header ~ ");
        assertThat(email.evidence()).contains("• Values: ");
    }

    @Test
    void changing_a_tag_saves_it_as_the_users_choice_audits_and_offers_to_prepare_again() {
        SourcesViewModel sources = preparedCrm(w);
        ColumnsViewModel columns = sources.columns();
        columns.selectedProperty().set(row(sources, "Phone"));
        assertThat(columns.editableProperty().get()).isTrue();

        columns.changeTag(row(sources, "Phone"), ColumnTag.TEXT);

        ColumnPreparation saved = w.preparations.load("crm").orElseThrow().columns().get(4);
        assertThat(saved.tag()).isEqualTo(ColumnTag.TEXT);
        assertThat(saved.edited()).isTrue();
        assertThat(saved.detected()).isEqualTo(ColumnTag.PHONE);
        assertThat(w.audit.recent(1).get(0).action()).isEqualTo("source.tag_edited");
        ColumnTagRow phone = row(sources, "Phone");
        assertThat(phone.tag()).isEqualTo("text");
        assertThat(phone.edited()).isTrue();
        assertThat(phone.rule()).isEqualTo("your tag — Prepare to apply its rule");
        assertThat(phone.evidence()).startsWith("text — your choice (edited)\nLakefront read it as phone (");
        assertThat(columns.noticeProperty().get())
                .isEqualTo("Phone is now text (was phone), saved in sources/crm.yaml. Prepare again to apply it.");
        assertThat(columns.reprepareSuggestedProperty().get()).isTrue();
        assertThat(columns.canUndoProperty().get()).isTrue();
        assertThat(columns.undoTextProperty().get()).isEqualTo("Undo: Phone → text");
        // The selection stays on the column the user just changed.
        assertThat(columns.selectedProperty().get().column()).isEqualTo("Phone");
        // The normalization preview already follows the user's tag.
        assertThat(sources.normalization().columns().get(4).tag()).isEqualTo("text");
    }

    @Test
    void preparing_again_applies_the_edit_and_stops_suggesting_it() {
        SourcesViewModel sources = preparedCrm(w);
        sources.columns().changeTag(row(sources, "Phone"), ColumnTag.TEXT);

        sources.prepareSelected();

        assertThat(sources.columns().reprepareSuggestedProperty().get()).isFalse();
        assertThat(row(sources, "Phone").tag()).isEqualTo("text");
        assertThat(row(sources, "Phone").rule()).isEqualTo("kept as read");
        assertThat(row(sources, "Phone").quarantined()).isZero();
        assertThat(sources.quarantine().rows()).isEmpty();
    }

    @Test
    void undo_takes_back_the_last_edit_first() {
        SourcesViewModel sources = preparedCrm(w);
        ColumnsViewModel columns = sources.columns();
        columns.changeTag(row(sources, "Phone"), ColumnTag.TEXT);
        columns.changeTag(row(sources, "Last Name"), ColumnTag.FULL_NAME);

        columns.undo();

        assertThat(row(sources, "Last Name").tag()).isEqualTo("family_name");
        assertThat(row(sources, "Last Name").edited()).isFalse();
        assertThat(row(sources, "Phone").tag()).isEqualTo("text");
        assertThat(columns.noticeProperty().get())
                .isEqualTo("Undone: Last Name is family_name again, as Lakefront read it. Prepare again to apply it.");
        assertThat(columns.undoTextProperty().get()).isEqualTo("Undo: Phone → text");

        columns.undo();

        assertThat(row(sources, "Phone").tag()).isEqualTo("phone");
        assertThat(columns.canUndoProperty().get()).isFalse();
        assertThat(w.audit.recent(2)).extracting(e -> e.action())
                .containsExactly("source.tag_edit_undone", "source.tag_edit_undone");
    }

    @Test
    void choosing_the_tag_a_column_has_pins_it() {
        SourcesViewModel sources = preparedCrm(w);

        sources.columns().changeTag(row(sources, "E-mail"), ColumnTag.EMAIL);

        assertThat(row(sources, "E-mail").edited()).isTrue();
        assertThat(sources.columns().noticeProperty().get())
                .isEqualTo("E-mail stays email: confirmed as your choice in sources/crm.yaml.");
    }

    @Test
    void an_edit_refused_by_the_use_case_is_shown_and_changes_nothing() {
        SourcesViewModel sources = preparedCrm(w);
        ColumnTagRow phone = row(sources, "Phone");
        // The file changed behind the screen's back: the column at that place is another one now.
        w.preparations.save(new io.lakefront.domain.prep.SourcePreparation("crm",
                w.preparations.load("crm").orElseThrow().columns().subList(0, 4)));

        sources.columns().changeTag(phone, ColumnTag.TEXT);

        assertThat(sources.columns().problemProperty().get())
                .startsWith("Could not change the tag of Phone: sources/crm.yaml has no column 'Phone' at position 5");
        assertThat(sources.columns().canUndoProperty().get()).isFalse();
    }

    @Test
    void a_marketer_sees_the_tags_but_may_not_change_them_nor_see_raw_values() {
        TestWorkspace marketer = TestWorkspace.withData();
        preparedCrm(marketer);
        marketer.actingAs(Actor.of("mia", Role.MARKETER));
        SourcesViewModel sources = new SourcesViewModel(marketer.services(), new DirectTaskExecutor());

        sources.refresh();

        ColumnsViewModel columns = sources.columns();
        assertThat(columns.rows()).hasSize(5);
        assertThat(columns.editableProperty().get()).isFalse();
        assertThat(columns.hintProperty().get()).isEqualTo("Tags are read-only for you: changing them needs the data steward role");
        assertThat(columns.rows().get(0).evidence()).contains("Evidence not available: it needs the data steward role");
        columns.changeTag(columns.rows().get(4), ColumnTag.TEXT);
        assertThat(marketer.preparations.load("crm").orElseThrow().columns().get(4).tag()).isEqualTo(ColumnTag.PHONE);
        assertThat(sources.normalization().emptyTextProperty().get()).isEqualTo(NormalizationViewModel.DENIED);
        assertThat(sources.quarantine().emptyTextProperty().get()).isEqualTo(QuarantineViewModel.DENIED);
    }

    @Test
    void a_broken_settings_file_is_named_on_the_tab_and_above_it() {
        w.preparations.breakWith("sources/crm.yaml, line 7, column 10: tag: 'emial' is not a tag");
        SourcesViewModel sources = new SourcesViewModel(w.services(), new DirectTaskExecutor());

        sources.refresh();

        assertThat(sources.columns().emptyTextProperty().get())
                .isEqualTo("The tags cannot be shown: sources/crm.yaml, line 7, column 10: tag: 'emial' is not a tag");
        assertThat(sources.problemProperty().get()).isEqualTo("sources/crm.yaml, line 7, column 10: tag: 'emial' is not a tag");
        assertThat(sources.previewRows()).hasSize(3);
    }
}
