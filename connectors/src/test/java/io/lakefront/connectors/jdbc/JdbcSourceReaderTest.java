package io.lakefront.connectors.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.connectors.CompositeSourceReader;
import io.lakefront.domain.UserError;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JdbcSourceReaderTest {
    private String url;
    private Connection keepAlive;
    private final JdbcSourceReader reader = new JdbcSourceReader();

    @BeforeEach
    void createDatabase() throws SQLException {
        url = "jdbc:h2:mem:" + UUID.randomUUID();
        keepAlive = DriverManager.getConnection(url, "sa", "secret");
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("""
                    CREATE TABLE customers (
                      id INT PRIMARY KEY, email VARCHAR(100), born DATE, seen TIMESTAMP,
                      seen_utc TIMESTAMP WITH TIME ZONE, spend DECIMAL(10,2), vip BOOLEAN)""");
            sql.execute("""
                    INSERT INTO customers VALUES
                      (1, 'a@example.org', DATE '1980-04-01', TIMESTAMP '2026-01-02 03:04:05',
                       TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+02:00', 12.50, TRUE),
                      (2, NULL, NULL, NULL, NULL, NULL, NULL)""");
            sql.execute("CREATE SCHEMA shop");
            sql.execute("CREATE TABLE shop.\"Order Lines\" (n INT)");
            sql.execute("INSERT INTO shop.\"Order Lines\" SELECT x FROM SYSTEM_RANGE(1, 2500)");
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        keepAlive.close();
    }

    private Source source(Map<String, String> options) {
        return new Source("crm_db", SourceKind.JDBC, url, options, Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static List<List<String>> readAll(RowStream stream) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row;
        while ((row = stream.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    @DisplayName("a table streams as text: dates ISO, zoned timestamps as UTC instants, decimals plain, nulls null")
    void tableAsText() throws IOException {
        try (RowStream rows = reader.open(source(Map.of("table", "customers", "user", "sa", "password", "secret")))) {
            assertThat(rows.columns()).containsExactly("ID", "EMAIL", "BORN", "SEEN", "SEEN_UTC", "SPEND", "VIP");
            assertThat(readAll(rows)).containsExactly(
                    List.of("1", "a@example.org", "1980-04-01", "2026-01-02T03:04:05", "2026-01-02T01:04:05Z",
                            "12.50", "true"),
                    Arrays.asList("2", null, null, null, null, null, null));
            assertThat(rows.done()).isEqualTo(2);
            assertThat(rows.total()).isEqualTo(-1);
        }
    }

    @Test
    @DisplayName("schema.table names with spaces are quoted and read, across many fetches")
    void quotedSchemaTable() throws IOException {
        Map<String, String> options = Map.of("table", "shop.Order Lines", "user", "sa", "password", "secret",
                "fetch_size", "100");
        try (RowStream rows = reader.open(source(options))) {
            assertThat(readAll(rows)).hasSize(2500);
        }
    }

    @Test
    @DisplayName("a query option runs the user's SELECT")
    void query() throws IOException {
        Map<String, String> options = Map.of("query", "SELECT email AS mail FROM customers WHERE id = 1;",
                "user", "sa", "password", "secret");
        try (RowStream rows = reader.open(source(options))) {
            assertThat(rows.columns()).containsExactly("MAIL");
            assertThat(readAll(rows)).containsExactly(List.of("a@example.org"));
        }
    }

    @Test
    @DisplayName("a table name carrying SQL is refused before it reaches the database")
    void injectionRefused() throws SQLException {
        Map<String, String> options = Map.of("table", "customers; DROP TABLE customers", "user", "sa",
                "password", "secret");

        assertThatThrownBy(() -> reader.open(source(options))).isInstanceOf(UserError.class)
                .hasMessageStartingWith("option table:");
        try (Statement sql = keepAlive.createStatement()) {
            assertThat(sql.executeQuery("SELECT COUNT(*) FROM customers").next()).isTrue();
        }
    }

    @Test
    @DisplayName("a table name with a quote cannot break out of its quotes")
    void quoteInTableNameRefused() {
        Map<String, String> options = Map.of("table", "customers\" UNION SELECT 1 --", "user", "sa",
                "password", "secret");

        assertThatThrownBy(() -> reader.open(source(options))).isInstanceOf(UserError.class);
    }

    @Test
    @DisplayName("neither or both of table and query, an unknown table, or a wrong password are user errors")
    void userErrors() {
        assertThatThrownBy(() -> reader.open(source(Map.of("user", "sa", "password", "secret"))))
                .isInstanceOf(UserError.class).hasMessageContaining("exactly one of the options table and query");
        assertThatThrownBy(() -> reader.open(source(Map.of("table", "nope", "user", "sa", "password", "secret"))))
                .isInstanceOf(UserError.class).hasMessageStartingWith("source crm_db: ");
        assertThatThrownBy(() -> reader.open(source(Map.of("table", "customers", "user", "sa", "password", "x"))))
                .isInstanceOf(UserError.class).hasMessageStartingWith("source crm_db: cannot connect:");
    }

    @Test
    @DisplayName("the composite reader hands a JDBC source to the JDBC reader")
    void compositeDispatch() throws IOException {
        try (RowStream rows = CompositeSourceReader.standard()
                .open(source(Map.of("query", "SELECT 42 AS answer", "user", "sa", "password", "secret")))) {
            assertThat(readAll(rows)).containsExactly(List.of("42"));
        }
    }
}
