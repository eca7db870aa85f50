package io.lakefront.persistence;

import io.lakefront.domain.UserError;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One source's lock, shared by sync and prepare: a row of {@code staging_locks} held uncommitted
 * on its own connection for as long as the work runs, so a second sync or prepare of the source —
 * from this process or another — waits H2's lock timeout and is refused.
 */
final class SourceLock {
    private SourceLock() {
    }

    static void acquire(Connection lock, String source) throws SQLException {
        lock.setAutoCommit(false);
        try (PreparedStatement merge = lock.prepareStatement(
                "MERGE INTO staging_locks (source, locked_at) KEY (source) VALUES (?, CURRENT_TIMESTAMP)")) {
            merge.setString(1, source);
            merge.executeUpdate();
        } catch (SQLException e) {
            // H2's LOCK_TIMEOUT_1 and CONCURRENT_UPDATE_1: someone else holds the row.
            if (e.getErrorCode() == 50200 || e.getErrorCode() == 90131) {
                // The user may not know which of the two runs, so name both.
                throw new UserError("source '" + source + "' is already being synced or prepared "
                        + "(in this window or by another Lakefront process); try again when that has finished", e);
            }
            throw e;
        }
    }
}
