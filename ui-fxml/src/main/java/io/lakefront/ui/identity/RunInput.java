package io.lakefront.ui.identity;

import java.util.Objects;

/**
 * One source a run read: its name (the {@code source} of its record keys), how many person
 * records it gave, and where they came from in words ({@code crm_contacts.csv, ids from column 'Contact ID'}).
 */
public record RunInput(String source, int records, String detail) {
    public RunInput {
        Objects.requireNonNull(source, "source");
        detail = detail == null ? "" : detail;
    }
}
