package io.lakefront.connectors.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.connectors.CompositeSourceReader;
import io.lakefront.domain.UserError;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.source.Watermark;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The watermark condition runs in the database: only newer rows (and rows without a value) come back. */
class JdbcWatermarkFilterTest {
    private String url;
    private Connection keepAlive;

    @BeforeEach
    void createDatabase() throws SQLException {
        url = "jdbc:h2:mem:" + UUID.randomUUID();
        keepAlive = DriverManager.getConnection(url);
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("CREATE TABLE contacts (id INT PRIMARY KEY, email VARCHAR(100), updated_at TIMESTAMP, "
                    + "changed_utc TIMESTAMP WITH TIME ZONE, version INT)");
            sql.execute("""
                    INSERT INTO contacts VALUES
                      (1, 'a@x.org', TIMESTAMP '2026-10-01 09:00:00', TIMESTAMP WITH TIME ZONE '2026-10-01 09:00:00+00:00', 1),
                      (2, 'b@x.org', TIMESTAMP '2026-10-02 09:00:00', TIMESTAMP WITH TIME ZONE '2026-10-02 11:00:00+02:00', 5),
                      (3, 'c@x.org', TIMESTAMP '2026-10-03 09:00:00', TIMESTAMP WITH TIME ZONE '2026-10-03 09:00:00+00:00', 12),
                      (4, 'd@x.org', NULL, NULL, NULL)""");
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        keepAlive.close();
    }

    @Test
    void aTimestampWatermarkReturnsOnlyNewerRowsAndRowsWithoutOne() throws IOException {
        assertThat(ids(Map.of("table", "contacts"), new Watermark("updated_at", "2026-10-02T09:00"))).containsExactly("3", "4");
    }

    @Test
    void aNumericWatermarkIsComparedAsANumberNotAsText() throws IOException {
        // As text "12" < "5"; as numbers 12 > 5.
        assertThat(ids(Map.of("table", "contacts"), new Watermark("VERSION", "5"))).containsExactly("3", "4");
    }

    @Test
    void aTimeZoneWatermarkIsComparedAsAnInstant() throws IOException {
        assertThat(ids(Map.of("table", "contacts"), new Watermark("changed_utc", "2026-10-02T09:00:00Z"))).containsExactly("3", "4");
    }

    @Test
    void aQuerySourceIsFilteredAroundTheUsersOwnSelect() throws IOException {
        Map<String, String> options = Map.of("query", "SELECT id, email, updated_at AS \"Last Modified\" FROM contacts WHERE id < 4;");
        assertThat(ids(options, new Watermark("last modified", "2026-10-01T09:00"))).containsExactly("2", "3");
    }

    @Test
    void anUnknownWatermarkColumnIsAUserErrorNamingIt() {
        assertThatThrownBy(() -> ids(Map.of("table", "contacts"), new Watermark("modified", "1")))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("no column named 'modified'");
    }

    private List<String> ids(Map<String, String> options, Watermark watermark) throws IOException {
        Source source = new Source("crm_db", SourceKind.JDBC, url, options, Instant.parse("2026-01-01T00:00:00Z"));
        List<String> ids = new ArrayList<>();
        try (RowStream rows = CompositeSourceReader.standard().openNewerThan(source, watermark)) {
            List<String> row;
            while ((row = rows.next()) != null) {
                ids.add(row.get(0));
            }
        }
        return ids;
    }
}
