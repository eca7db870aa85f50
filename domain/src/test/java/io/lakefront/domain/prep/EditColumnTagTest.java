package io.lakefront.domain.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.PermissionDenied;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.time.WorkspaceClock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EditColumnTagTest {
    private static final WorkspaceClock AS_OF = WorkspaceClock.parse("2026-10-20");
    private static final Actor STEWARD = Actor.of("sam", Role.DATA_STEWARD);
    private static final ColumnPreparation ID = new ColumnPreparation("Kundennr", ColumnTag.RECORD_ID, 0.97, false,
            ColumnTag.RECORD_ID, "kept as read", Map.of());
    private static final ColumnPreparation BORN = new ColumnPreparation("Geburtsdatum", ColumnTag.BIRTH_DATE, 0.93, false,
            ColumnTag.BIRTH_DATE, "read as d.M.yyyy, written YYYY-MM-DD", Map.of(ColumnPreparation.DATE_FORMAT, "dd.MM.yyyy"));

    private final InMemoryPreparation stores = new InMemoryPreparation();
    private final EditColumnTag edit = new EditColumnTag(stores.sourceStore(), stores.settingsStore(), stores.auditLog(), AS_OF);

    @BeforeEach
    void aPreparedSource() {
        stores.stage("kunden", List.of("Kundennr", "Geburtsdatum"), List.of());
        stores.settings.put("kunden", new SourcePreparation("kunden", List.of(ID, BORN)));
    }

    @Test
    void savesTheNewTagAsTheUsersChoiceAndAudits() {
        TagEdit done = edit.edit(STEWARD, "kunden", 1, "Geburtsdatum", ColumnTag.DATE);

        ColumnPreparation saved = stores.settings.get("kunden").columns().get(1);
        assertThat(saved.tag()).isEqualTo(ColumnTag.DATE);
        assertThat(saved.edited()).isTrue();
        assertThat(saved.userEdited()).isTrue();
        assertThat(saved.detected()).isEqualTo(ColumnTag.BIRTH_DATE);
        assertThat(saved.confidence()).isEqualTo(1.0);
        // The old rule and its parameters belong to the old tag; the next prepare writes the new ones.
        assertThat(saved.rule()).isEmpty();
        assertThat(saved.parameters()).isEmpty();
        assertThat(stores.settings.get("kunden").columns().get(0)).isEqualTo(ID);
        assertThat(done.before()).isEqualTo(BORN);
        assertThat(done.changed()).isTrue();
        assertThat(stores.audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("source.tag_edited");
            assertThat(entry.actor()).isEqualTo("sam");
            assertThat(entry.subject()).isEqualTo("source kunden");
            assertThat(entry.detail()).isEqualTo("column 'Geburtsdatum': birth_date -> date");
        });
    }

    @Test
    void choosingTheSameTagConfirmsItAndKeepsItsParameters() {
        edit.edit(STEWARD, "kunden", 1, "Geburtsdatum", ColumnTag.BIRTH_DATE);

        ColumnPreparation saved = stores.settings.get("kunden").columns().get(1);
        assertThat(saved.edited()).isTrue();
        assertThat(saved.parameters()).containsEntry(ColumnPreparation.DATE_FORMAT, "dd.MM.yyyy");
        assertThat(saved.rule()).isEqualTo(BORN.rule());

        TagEdit again = edit.edit(STEWARD, "kunden", 1, "Geburtsdatum", ColumnTag.BIRTH_DATE);
        assertThat(again.changed()).isFalse();
        assertThat(stores.audit).hasSize(1);
    }

    @Test
    void undoPutsTheColumnBackAsItWas() {
        TagEdit done = edit.edit(STEWARD, "kunden", 1, "Geburtsdatum", ColumnTag.TEXT);

        edit.undo(STEWARD, done);

        assertThat(stores.settings.get("kunden").columns()).containsExactly(ID, BORN);
        assertThat(stores.audit).extracting(e -> e.action()).containsExactly("source.tag_edited", "source.tag_edit_undone");
    }

    @Test
    void undoRefusesWhenTheTagWasChangedAgainSince() {
        TagEdit first = edit.edit(STEWARD, "kunden", 1, "Geburtsdatum", ColumnTag.TEXT);
        edit.edit(STEWARD, "kunden", 1, "Geburtsdatum", ColumnTag.DATE);

        assertThatThrownBy(() -> edit.undo(STEWARD, first)).isInstanceOf(UserError.class)
                .hasMessage("sources/kunden.yaml, column 'Geburtsdatum': its tag is date now, not text; nothing undone");
        assertThat(stores.settings.get("kunden").columns().get(1).tag()).isEqualTo(ColumnTag.DATE);
    }

    @Test
    void refusesAColumnTheFileNoLongerHoldsThereAndASourceNeverPrepared() {
        assertThatThrownBy(() -> edit.edit(STEWARD, "kunden", 1, "Kundennr", ColumnTag.OTHER_ID))
                .isInstanceOf(UserError.class)
                .hasMessage("sources/kunden.yaml has no column 'Kundennr' at position 2 (the file changed since it was read); "
                        + "reload and try again");
        stores.stage("neu", List.of("a"), List.of());
        assertThatThrownBy(() -> edit.edit(STEWARD, "neu", 0, "a", ColumnTag.TEXT))
                .isInstanceOf(UserError.class).hasMessageContaining("has not been prepared yet").hasMessageContaining("prepare neu");
        assertThatThrownBy(() -> edit.edit(STEWARD, "nope", 0, "a", ColumnTag.TEXT))
                .isInstanceOf(UserError.class).hasMessage("no source named 'nope'");
    }

    @Test
    void onlyThoseWhoManageSourcesMayEditTags() {
        assertThatThrownBy(() -> edit.edit(Actor.of("mia", Role.MARKETER), "kunden", 0, "Kundennr", ColumnTag.OTHER_ID))
                .isInstanceOf(PermissionDenied.class);
        assertThat(stores.settings.get("kunden").columns()).containsExactly(ID, BORN);
        assertThat(stores.audit).isEmpty();
    }
}
