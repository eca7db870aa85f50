package io.lakefront.domain.prep;

import java.time.Instant;
import java.util.Objects;

/**
 * A value that normalization refused, kept with everything needed to find and fix it at its source;
 * the record itself stays in the prepared table with this field empty.
 *
 * @param recordId the record's id in its own system (the column tagged {@code record_id}), else its
 *                 1-based data row number
 * @param reason   why, in the user's words ({@code "too short for a phone number in US"})
 */
public record QuarantinedValue(String source, String recordId, String column, String rawValue, String reason,
                               Instant foundAt) {
    public QuarantinedValue {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(foundAt, "foundAt");
    }
}
