package io.lakefront.domain.prep;

/**
 * One tag edit of {@link EditColumnTag}: the column's settings before and after, kept so the edit can
 * be taken back.
 *
 * @param position the column's place in the source, 0-based
 */
public record TagEdit(String source, int position, ColumnPreparation before, ColumnPreparation after) {
    /** False when the user chose what the column already was, pinned: nothing was saved. */
    public boolean changed() {
        return !before.equals(after);
    }
}
