package io.lakefront.connectors.jdbc;

import io.lakefront.domain.UserError;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A table name from the {@code table} option, turned into a quoted SQL identifier so that it can
 * never carry SQL of its own. {@code schema.table} is allowed. A plain name ({@code customers}) is
 * folded the way the database folds unquoted names (H2 and Oracle to upper case, PostgreSQL to lower
 * case), so that it means what it would mean typed into that database's own console.
 */
record TableName(List<String> parts) {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}_ $#@-]{1,128}");

    static TableName parse(String option) {
        if (option == null || option.isBlank()) {
            throw new UserError("option table: empty table name");
        }
        List<String> parts = new ArrayList<>();
        for (String part : option.trim().split("\\.", -1)) {
            String p = part.strip();
            if (!ALLOWED.matcher(p).matches()) {
                throw new UserError("option table: '" + option + "' is not a table name (letters, digits, _ and"
                        + " spaces; schema.table for another schema)");
            }
            parts.add(p);
        }
        if (parts.size() > 3) {
            throw new UserError("option table: '" + option + "' has too many parts (at most catalog.schema.table)");
        }
        return new TableName(List.copyOf(parts));
    }

    /** The name as SQL, each part quoted with the database's own quote character. */
    String sql(DatabaseMetaData meta) throws SQLException {
        String quote = meta.getIdentifierQuoteString();
        if (quote == null || quote.isBlank()) {
            quote = "\"";
        }
        StringBuilder sql = new StringBuilder();
        for (String part : parts) {
            if (sql.length() > 0) {
                sql.append('.');
            }
            sql.append(quote).append(folded(part, meta)).append(quote);
        }
        return sql.toString();
    }

    private static String folded(String part, DatabaseMetaData meta) throws SQLException {
        if (!PLAIN.matcher(part).matches()) {
            return part;
        }
        if (meta.storesUpperCaseIdentifiers()) {
            return part.toUpperCase(Locale.ROOT);
        }
        if (meta.storesLowerCaseIdentifiers()) {
            return part.toLowerCase(Locale.ROOT);
        }
        return part;
    }

    @Override
    public String toString() {
        return String.join(".", parts);
    }
}
