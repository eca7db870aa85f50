package io.lakefront.domain.prep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A column's header and a sample of its values (up to about a thousand), as read from a source.
 * Values may be {@code null} or blank; they count as missing.
 */
public record ColumnSample(String header, List<String> values) {
    public ColumnSample {
        header = header == null ? "" : header;
        // Copy through ArrayList: List.copyOf rejects the nulls that stand for missing values.
        values = values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The values that are neither {@code null} nor blank, trimmed. */
    public List<String> present() {
        List<String> out = new ArrayList<>(values.size());
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                out.add(value.trim());
            }
        }
        return out;
    }
}
