package io.lakefront.ui.sources;

import io.lakefront.domain.source.SourceKind;

/** How source kinds read in the UI, and what their location looks like. */
public final class SourceKinds {
    private SourceKinds() {
    }

    public static String label(SourceKind kind) {
        return switch (kind) {
            case FILE -> "File";
            case FOLDER -> "Folder";
            case JDBC -> "JDBC";
        };
    }

    public static String longLabel(SourceKind kind) {
        return switch (kind) {
            case FILE -> "File (CSV or JSON Lines)";
            case FOLDER -> "Folder of files";
            case JDBC -> "Database table (JDBC)";
        };
    }

    public static String locationPrompt(SourceKind kind) {
        return switch (kind) {
            case FILE -> "/data/exports/crm.csv";
            case FOLDER -> "/data/exports/webshop/";
            case JDBC -> "jdbc:postgresql://host:5432/shop";
        };
    }
}
