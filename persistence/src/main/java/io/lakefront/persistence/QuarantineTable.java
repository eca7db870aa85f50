package io.lakefront.persistence;

import io.lakefront.domain.UserError;
import io.lakefront.domain.source.Source;
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
        if (!Source.isValidName(source)) {
            throw new UserError("source name '" + source + "' cannot name a quarantine table: "
                    + "use 1-40 lower-case letters, digits or _, starting with a letter");
        }
    }

    @Override
    public String name() {
        return "QUAR_" + source.toUpperCase(Locale.ROOT);
    }

    @Override
    public String sideName() {
        return name() + "$NEW";
    }

    @Override
    public String previousName() {
        return name() + "$OLD";
    }

    @Override
    public String what() {
        return "quarantine of source '" + source + "'";
    }
}
