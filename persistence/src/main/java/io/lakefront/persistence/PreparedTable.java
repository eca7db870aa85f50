package io.lakefront.persistence;

import java.util.Locale;

/**
 * The SQL names of one source's prepared tables, checked like {@link StagingTable}'s: {@code PREP_CRM}
 * holds the last committed preparation, {@code PREP_CRM$NEW} the one being written, {@code PREP_CRM$OLD}
 * the previous rows for the moment of the swap. The values the preparation quarantined swap in beside
 * it ({@link #quarantine()}).
 */
record PreparedTable(String source) implements SideTableSwap.Names {
    PreparedTable {
        SideTableSwap.Names.checkSource(source, "prepared table");
    }

    @Override
    public String name() {
        return "PREP_" + source.toUpperCase(Locale.ROOT);
    }

    @Override
    public String what() {
        return "prepared table of source '" + source + "'";
    }

    /** The quarantine that swaps in with this prepared table. */
    QuarantineTable quarantine() {
        return new QuarantineTable(source);
    }

    /** Where versions before {@code QUAR_X} collected a preparation's refused values; removed on recovery. */
    String legacyQuarantineName() {
        return name() + "$Q";
    }
}
