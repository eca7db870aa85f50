package io.lakefront.persistence;

import io.lakefront.domain.identity.workspace.PreparedSources;
import io.lakefront.domain.prep.PreparedColumn;
import io.lakefront.domain.source.RowStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The prepared tables ({@code PREP_<SOURCE>}) read back for resolution and the gold build: every
 * row in row order as a stream (memory stays flat), or one row by number for the cluster viewer.
 */
public final class JdbiPreparedSources implements PreparedSources {
    private final Jdbi jdbi;
    private final DataSource dataSource;
    private final JdbiPreparedStore prepared;

    JdbiPreparedSources(Jdbi jdbi, DataSource dataSource, JdbiPreparedStore prepared) {
        this.jdbi = jdbi;
        this.dataSource = dataSource;
        this.prepared = prepared;
    }

    @Override
    public List<String> names() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT source FROM prepared_sources ORDER BY source")
                .mapTo(String.class)
                .list());
    }

    @Override
    public List<PreparedColumn> columns(String source) {
        return prepared.columns(source);
    }

    @Override
    public long count(String source) {
        return prepared.count(source);
    }

    @Override
    public RowStream rows(String source) throws IOException {
        Optional<String> table = prepared.tableName(source);
        if (table.isEmpty()) {
            return StagedRows.empty();
        }
        List<String> names = columns(source).stream().map(PreparedColumn::name).toList();
        return StagedRows.open(dataSource, table.get(), names, count(source));
    }

    @Override
    public Optional<List<String>> row(String source, long rowNo) {
        Optional<String> table = prepared.tableName(source);
        int columns = columns(source).size();
        if (table.isEmpty() || columns == 0) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + StagingTable.valueColumns(columns) + " FROM "
                        + StagingTable.quoted(table.get()) + " WHERE row_no = :row")
                .bind("row", rowNo)
                .map((rs, ctx) -> {
                    List<String> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getString(i));
                    }
                    return row;
                })
                .findOne());
    }
}
