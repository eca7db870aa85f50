package io.lakefront.domain.prep;

import java.util.List;

/**
 * What {@link InspectSource} found: the source's columns as it names them, its first rows and the tag
 * each column would get.
 *
 * @param rows    the first rows, one value a column ({@code null} for missing)
 * @param tags    one tagging a column, in column order
 * @param sampled how many rows the tags were decided from
 */
public record SourceInspection(List<String> columns, List<List<String>> rows, List<ColumnTagging> tags, int sampled) {
    public SourceInspection {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        tags = List.copyOf(tags);
    }
}
