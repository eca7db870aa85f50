package io.lakefront.ui.identity;

import io.lakefront.domain.identity.RecordKey;

/**
 * A link that holds the selected cluster together: two records, the match weight between them and
 * why they were joined (the model, a deterministic rule, a person's must-link).
 */
public record EdgeRow(RecordKey a, RecordKey b, String recordA, String recordB, String weight, String reason) {
}
