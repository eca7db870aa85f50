package io.lakefront.connectors.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The JDBC source against a real PostgreSQL server. {@code .ci/run} starts one and names it in
 * {@code LAKEFRONT_TEST_PG_URL}; on a machine without it these tests are skipped, never faked.
 */
class PostgresSourceTest {
    private static final String URL = System.getenv("LAKEFRONT_TEST_PG_URL");
    private static final int ROWS = 25_000;

    @BeforeAll
    static void createTables() throws Exception {
        assumeTrue(URL != null && !URL.isBlank(), "LAKEFRONT_TEST_PG_URL names no PostgreSQL server");
        try (Connection c = DriverManager.getConnection(URL); Statement sql = c.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS lf_customers");
            sql.execute("""
                    CREATE TABLE lf_customers (
                      id BIGINT PRIMARY KEY, given_name TEXT, email TEXT, born DATE,
                      updated_at TIMESTAMPTZ, spend NUMERIC(12,2), vip BOOLEAN)""");
            sql.execute("""
                    INSERT INTO lf_customers
                    SELECT g, CASE WHEN g % 10 = 0 THEN NULL ELSE 'Zoë ' || g END, 'p' || g || '@example.org',
                           DATE '1970-01-01' + (g % 15000), TIMESTAMPTZ '2026-01-01 00:00:00+00' + g * INTERVAL '1 minute',
                           (g % 1000) + 0.25, g % 2 = 0
                    FROM generate_series(1, ?) AS g""".replace("?", Integer.toString(ROWS)));
        }
    }

    @AfterAll
    static void dropTables() throws Exception {
        if (URL == null || URL.isBlank()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(URL); Statement sql = c.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS lf_customers");
        }
    }

    private static Source source(Map<String, String> options) {
        return new Source("pg", SourceKind.JDBC, URL, options, Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    @DisplayName("a PostgreSQL table streams every row with dates, instants, decimals and text as written")
    void readsATable() throws Exception {
        try (RowStream rows = new JdbcSourceReader().open(source(Map.of("table", "lf_customers", "fetch_size", "500")))) {
            assertThat(rows.columns()).containsExactly("id", "given_name", "email", "born", "updated_at", "spend", "vip");
            List<String> first = rows.next();
            assertThat(first).containsExactly("1", "Zoë 1", "p1@example.org", "1970-01-02", "2026-01-01T00:01:00Z", "1.25", "false");
            long count = 1;
            List<String> row;
            List<String> tenth = null;
            while ((row = rows.next()) != null) {
                count++;
                if (count == 10) {
                    tenth = row;
                }
            }
            assertThat(count).isEqualTo(ROWS);
            assertThat(tenth.get(1)).as("NULL stays missing").isNull();
        }
    }

    @Test
    @DisplayName("a query with a WHERE clause is read instead of a table")
    void readsAQuery() throws Exception {
        try (RowStream rows = new JdbcSourceReader().open(
                source(Map.of("query", "SELECT id, email FROM lf_customers WHERE vip AND id <= 10 ORDER BY id")))) {
            assertThat(rows.columns()).containsExactly("id", "email");
            int count = 0;
            while (rows.next() != null) {
                count++;
            }
            assertThat(count).isEqualTo(5);
        }
    }
}
