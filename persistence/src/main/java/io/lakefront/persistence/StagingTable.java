package io.lakefront.persistence;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * The SQL names of one source's staging tables. The source name is checked again here, because it
 * is the one piece of a staging statement that cannot be a bind parameter.
 *
 * <p>{@code STG_CRM} holds the last committed sync; {@code STG_CRM$NEW} the sync being written;
 * {@code STG_CRM$OLD} the previous rows for the moment of the swap. Source names cannot contain
 * {@code $}, so these never collide with another source's table. Names are upper case, as H2 folds
 * unquoted identifiers, so other code may write {@code SELECT * FROM stg_crm}.
 */
record StagingTable(String source) implements SideTableSwap.Names {
    StagingTable {
        SideTableSwap.Names.checkSource(source, "staging table");
    }

    /** The committed table's name as stored in the catalog ({@code STG_CRM}). */
    @Override
    public String name() {
        return "STG_" + source.toUpperCase(Locale.ROOT);
    }

    @Override
    public String what() {
        return "staging for source '" + source + "'";
    }

    static String quoted(String tableName) {
        return '"' + tableName + '"';
    }

    /** {@code c1, c2, ..., cN}: values sit in positional columns, never named after untrusted headers. */
    static String valueColumns(int count) {
        StringJoiner joiner = new StringJoiner(", ");
        for (int i = 1; i <= count; i++) {
            joiner.add("c" + i);
        }
        return joiner.toString();
    }
}
