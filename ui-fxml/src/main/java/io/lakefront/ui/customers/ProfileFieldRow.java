package io.lakefront.ui.customers;

import io.lakefront.domain.gold.profile.FieldLineage;
import io.lakefront.domain.gold.profile.ProfileField;

/**
 * One gold value with its lineage as the profile table shows it; {@code detail} is the sentence the
 * side panel and the tooltip show.
 */
public record ProfileFieldRow(String field, String label, String value, String source, String record, String rule,
                              String detail, boolean masked) {
    static ProfileFieldRow of(ProfileField field) {
        String value = field.value().isEmpty() ? "—" : field.value();
        if (field.lineage().isEmpty()) {
            return new ProfileFieldRow(field.name(), field.label() + (field.custom() ? " (added)" : ""), value, "", "", "",
                    "No lineage recorded for this value.", field.masked());
        }
        FieldLineage line = field.lineage().get();
        String rule = line.rule().replace('_', ' ');
        String detail = (line.source() == null ? "No record had a value" : "From " + line.record()) + ", chosen by "
                + rule + (line.detail().isEmpty() ? "." : ": " + line.detail() + (line.detail().matches(".*[.!?]$") ? "" : "."));
        return new ProfileFieldRow(field.name(), field.label() + (field.custom() ? " (added)" : ""), value,
                line.source() == null ? "" : line.source(), line.recordId() == null ? "" : line.recordId(), rule, detail,
                field.masked());
    }
}
