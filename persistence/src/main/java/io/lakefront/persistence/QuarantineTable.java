package io.lakefront.persistence;

import java.util.Locale;

/**
 * The SQL names of one source's quarantine, checked like {@link StagingTable}'s: {@code QUAR_CRM} holds
 * the values the last committed preparation refused, {@code QUAR_CRM$NEW} those of the preparation
 * being written, {@code QUAR_CRM$OLD} the previous ones for the moment of the swap. It swaps together
 * with the prepared table ({@link PreparedSwap}), so replacing a quarantine of any size is a rename.
 * Columns: {@code seq} (the order values were refused in: record, then column), {@code record_id},
 * {@code column_name}, {@code raw_value}, {@code reason}, {@code found_at}.
 */
record QuarantineTable(String source) implements SideTableSwap.Names {
    QuarantineTable {
        SideTableSwap.Names.checkSource(source, "quarantine table");
    }

    @Override
    public String name() {
        return "QUAR_" + source.toUpperCase(Locale.ROOT);
    }

    @Override
    public String what() {
        return "quarantine of source '" + source + "'";
    }
}
