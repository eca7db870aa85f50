package io.lakefront.domain.prep;

import java.util.List;

/**
 * What the next preparation of a source would do, worked out on its first staged rows.
 *
 * @param rows        one list a shown row, one {@link ValuePreview} a column, in column order
 * @param sampledRows how many staged rows the tags and rules were decided from
 */
public record PreparationPreview(String source, List<ColumnPreview> columns, List<List<ValuePreview>> rows,
                                 long sampledRows) {
    public PreparationPreview {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
