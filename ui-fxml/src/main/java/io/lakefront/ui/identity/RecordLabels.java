package io.lakefront.ui.identity;

import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.StandardFields;
import java.util.Optional;

/** A record as a person reads it: the name it carries, then where it came from ({@code Daniel Jimenez · crm/0031}). */
final class RecordLabels {
    private RecordLabels() {
    }

    static String of(RecordKey key, Optional<PersonRecord> record) {
        String name = record.map(RecordLabels::name).orElse("");
        return name.isEmpty() ? key.toString() : name + " · " + key;
    }

    static String name(PersonRecord record) {
        String given = blankToEmpty(record.field(StandardFields.GIVEN_NAME));
        String family = blankToEmpty(record.field(StandardFields.FAMILY_NAME));
        return (given + " " + family).strip();
    }

    static String value(PersonRecord record, String field) {
        return blankToEmpty(record.field(field));
    }

    /** Parses {@code source/record id} as typed by the user; the id may itself hold slashes. */
    static Optional<RecordKey> parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        int slash = trimmed.indexOf('/');
        if (slash <= 0 || slash == trimmed.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new RecordKey(trimmed.substring(0, slash).strip(), trimmed.substring(slash + 1).strip()));
    }

    private static String blankToEmpty(String value) {
        return value == null || value.isBlank() ? "" : value.strip();
    }
}
