package io.lakefront.domain.source;

import java.util.List;
import java.util.Optional;

/**
 * What a committed sync leaves besides its rows, written in the same commit as them: each staged
 * column's value type (for drift) and the watermark (for the next incremental sync).
 *
 * @param columnTypes one type per staged column, in column order (empty when unknown)
 * @param watermark   the highest watermark value staged, or {@code null} when the source has none
 */
public record StagingCheckpoint(List<ValueType> columnTypes, Watermark watermark) {
    public static final StagingCheckpoint NONE = new StagingCheckpoint(List.of(), null);

    public StagingCheckpoint {
        columnTypes = List.copyOf(columnTypes);
    }

    public Optional<Watermark> lastWatermark() {
        return Optional.ofNullable(watermark);
    }

    /** The staged type of the column at {@code position}, {@link ValueType#EMPTY} when unknown. */
    public ValueType typeAt(int position) {
        return position < columnTypes.size() ? columnTypes.get(position) : ValueType.EMPTY;
    }
}
