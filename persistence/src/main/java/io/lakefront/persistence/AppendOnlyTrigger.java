package io.lakefront.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Refuses every UPDATE and DELETE on the table it guards (the audit log), whoever issues them:
 * the Java API offers no such method, and this keeps hand-written SQL honest too.
 * H2 instantiates it by name from the V1 migration, hence public with a no-argument constructor.
 */
public final class AppendOnlyTrigger implements Trigger {
    private String table = "";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName,
                     boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("table " + table + " is append-only: rows cannot be changed or removed", "42000");
    }
}
