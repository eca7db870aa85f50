package io.lakefront.domain.prep;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.source.SourceStore;
import io.lakefront.domain.time.WorkspaceClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Saves the user's tag for one column of a prepared source in its preparation settings
 * ({@code sources/<name>.yaml}) as their choice ({@code edited: true}), which wins over the tagger's
 * from the next prepare on; and takes such an edit back. The same as editing the file by hand, with
 * the permission checked and an audit entry written.
 */
public final class EditColumnTag {
    private final SourceStore sources;
    private final SourcePreparationStore settings;
    private final AuditLog audit;
    private final WorkspaceClock clock;

    public EditColumnTag(SourceStore sources, SourcePreparationStore settings, AuditLog audit, WorkspaceClock clock) {
        this.sources = sources;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Pins the column at {@code position} (0-based, in source order) to {@code tag}. Choosing the tag it
     * already has confirms it: it is kept from then on even when the tagger would read it otherwise.
     * A changed tag drops the old rule's parameters (a date format means nothing to a phone number) and
     * its rule text until the next prepare writes the new one.
     *
     * @param column the column's name, to make sure the file still holds the column the user saw
     */
    public TagEdit edit(Actor actor, String sourceName, int position, String column, ColumnTag tag) {
        actor.require(Permission.MANAGE_SOURCES);
        Objects.requireNonNull(tag, "tag");
        SourcePreparation current = load(sourceName);
        ColumnPreparation before = at(current, position, column, sourceName);
        boolean sameTag = before.tag() == tag;
        ColumnPreparation after = new ColumnPreparation(before.column(), tag, 1.0, true,
                before.detected() != null ? before.detected() : before.tag(),
                sameTag ? before.rule() : "", sameTag ? before.parameters() : Map.of());
        TagEdit edit = new TagEdit(sourceName, position, before, after);
        if (!edit.changed()) {
            return edit;
        }
        settings.save(replace(current, position, after));
        audit.append(new AuditEntry(clock.now(), actor.name(), "source.tag_edited", "source " + sourceName,
                "column '" + before.column() + "': " + before.tag().code() + " -> " + tag.code()));
        return edit;
    }

    /**
     * Puts the column back as it was before {@code edit}. Refused when its tag has been changed again
     * since (by hand in the file, or by another edit): undoing would throw that change away unseen.
     */
    public void undo(Actor actor, TagEdit edit) {
        actor.require(Permission.MANAGE_SOURCES);
        if (!edit.changed()) {
            return;
        }
        SourcePreparation current = load(edit.source());
        ColumnPreparation now = at(current, edit.position(), edit.after().column(), edit.source());
        if (now.tag() != edit.after().tag() || !now.userEdited()) {
            throw new UserError(settings.describe(edit.source()) + ", column '" + now.column() + "': its tag is "
                    + now.tag().code() + " now, not " + edit.after().tag().code() + "; nothing undone");
        }
        settings.save(replace(current, edit.position(), edit.before()));
        audit.append(new AuditEntry(clock.now(), actor.name(), "source.tag_edit_undone", "source " + edit.source(),
                "column '" + now.column() + "': " + now.tag().code() + " -> " + edit.before().tag().code()));
    }

    private SourcePreparation load(String sourceName) {
        if (sources.find(sourceName).isEmpty()) {
            throw new UserError("no source named '" + sourceName + "'");
        }
        return settings.load(sourceName).orElseThrow(() -> new UserError("source '" + sourceName
                + "' has not been prepared yet, so it has no tags to edit; run: prepare " + sourceName));
    }

    private ColumnPreparation at(SourcePreparation current, int position, String column, String sourceName) {
        if (position < 0 || position >= current.columns().size()
                || !current.columns().get(position).column().equals(column)) {
            throw new UserError(settings.describe(sourceName) + " has no column '" + column + "' at position "
                    + (position + 1) + " (the file changed since it was read); reload and try again");
        }
        return current.columns().get(position);
    }

    private static SourcePreparation replace(SourcePreparation current, int position, ColumnPreparation column) {
        List<ColumnPreparation> columns = new ArrayList<>(current.columns());
        columns.set(position, column);
        return new SourcePreparation(current.source(), columns);
    }
}
