package io.lakefront.persistence;

import io.lakefront.domain.gold.GoldTable;
import io.lakefront.domain.gold.GoldTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The gold and event tables streamed for export, each value in the contract's text form. User-added
 * gold fields come from gold_lineage, one left join per field with the field's name as a bind
 * parameter; table and column names are the {@link GoldTable} constants, never input.
 */
public final class JdbiGoldTables implements GoldTables {
    private static final int FETCH = 2_000;

    private final Jdbi jdbi;

    public JdbiGoldTables(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long read(GoldTable table, List<String> customFields, Rows rows) throws IOException {
        StringBuilder sql = new StringBuilder("SELECT ");
        List<String> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("t.").append(columns.get(i));
        }
        List<String> custom = table == GoldTable.GOLD_CUSTOMER ? customFields : List.of();
        for (int i = 0; i < custom.size(); i++) {
            sql.append(", l").append(i).append(".field_value");
        }
        sql.append(" FROM ").append(table.sqlName()).append(" t");
        for (int i = 0; i < custom.size(); i++) {
            sql.append(" LEFT JOIN gold_lineage l").append(i).append(" ON l").append(i)
                    .append(".customer_id = t.customer_id AND l").append(i).append(".field = ?");
        }
        sql.append(" ORDER BY t.").append(columns.get(0));
        try {
            return jdbi.withHandle(handle -> {
                Connection connection = handle.getConnection();
                try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                    for (int i = 0; i < custom.size(); i++) {
                        statement.setString(i + 1, custom.get(i));
                    }
                    statement.setFetchSize(FETCH);
                    long count = 0;
                    try (ResultSet rs = statement.executeQuery()) {
                        int width = columns.size() + custom.size();
                        while (rs.next()) {
                            List<String> values = new ArrayList<>(width);
                            for (int c = 1; c <= width; c++) {
                                values.add(text(rs.getObject(c)));
                            }
                            rows.row(values);
                            count++;
                        }
                    }
                    return count;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (SQLException e) {
                    throw new IllegalStateException("reading " + table.sqlName() + ": " + e.getMessage(), e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public long count(GoldTable table) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table.sqlName())
                .mapTo(Long.class).one());
    }

    /** A value in the contract's text form (CONTRACTS.md §2); {@code null} stays missing. */
    static String text(Object value) throws SQLException {
        // gold_customer keeps an empty gender as '' (the contract's empty value); either way an empty field.
        if (value == null || value instanceof String text && text.isEmpty()) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
