package io.lakefront.persistence;

import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.StagingCheckpoint;
import io.lakefront.domain.source.StagingStore;
import io.lakefront.domain.source.StagingUpserter;
import io.lakefront.domain.source.StagingWriter;
import io.lakefront.domain.source.ValueType;
import io.lakefront.domain.source.Watermark;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Each source's raw records as last synced, in a table {@code STG_<SOURCE>} with a {@code row_no}
 * (1-based data row) and positional columns {@code c1..cN}; the header names are in
 * {@code staging_tables} (with each column's value type), the committed row count in
 * {@code staged_sources}, the watermark in {@code staged_watermarks}. Full and incremental syncs both
 * write a side table and swap it in (see {@link StagingSwap}, {@link JdbiStagingUpserter}).
 */
public final class JdbiStagingStore implements StagingStore {
    private final Jdbi jdbi;
    private final DataSource dataSource;

    JdbiStagingStore(Jdbi jdbi, DataSource dataSource) {
        this.jdbi = jdbi;
        this.dataSource = dataSource;
    }

    /**
     * Starts a sync: rows go to a side table until {@link StagingWriter#commit()}. Throws
     * {@link io.lakefront.domain.UserError} when the name is not a valid source name or the source is
     * being synced already.
     */
    @Override
    public StagingWriter open(String sourceName, List<String> columns) {
        return JdbiStagingWriter.open(dataSource, new StagingTable(sourceName), columns);
    }

    /**
     * Starts an incremental sync: the committed rows are copied into a side table, upserted there by
     * the column at {@code keyPosition}, and swapped in on commit. Refused like {@link #open} when the
     * source is being synced already.
     */
    @Override
    public StagingUpserter openUpserter(String sourceName, List<String> columns, int keyPosition) {
        return JdbiStagingUpserter.open(dataSource, new StagingTable(sourceName), columns, keyPosition);
    }

    @Override
    public StagingCheckpoint checkpoint(String sourceName) {
        StagingTable table = new StagingTable(sourceName);
        return jdbi.withHandle(handle -> {
            List<ValueType> types = handle.createQuery(
                            "SELECT value_type FROM staging_tables WHERE source = :source ORDER BY column_position")
                    .bind("source", table.source())
                    .map((rs, ctx) -> rs.getString(1) == null ? ValueType.EMPTY : ValueType.valueOf(rs.getString(1)))
                    .list();
            Watermark watermark = handle.createQuery(
                            "SELECT column_name, watermark_value FROM staged_watermarks WHERE source = :source")
                    .bind("source", table.source())
                    .map((rs, ctx) -> new Watermark(rs.getString(1), rs.getString(2)))
                    .findOne()
                    .orElse(null);
            return new StagingCheckpoint(types, watermark);
        });
    }

    @Override
    public long count(String sourceName) {
        StagingTable table = new StagingTable(sourceName);
        return jdbi.withHandle(handle -> handle.createQuery("SELECT row_count FROM staged_sources WHERE source = :source")
                .bind("source", table.source())
                .mapTo(Long.class)
                .findOne()
                .orElse(0L));
    }

    @Override
    public List<String> columns(String sourceName) {
        StagingTable table = new StagingTable(sourceName);
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT column_name FROM staging_tables WHERE source = :source ORDER BY column_position")
                .bind("source", table.source())
                .mapTo(String.class)
                .list());
    }

    /** The first rows in file order, each with one value (or null) per column. */
    @Override
    public List<List<String>> sample(String sourceName, int limit) {
        Optional<String> name = tableName(sourceName);
        if (name.isEmpty()) {
            return List.of();
        }
        return SideTableSwap.sample(jdbi, name.get(), columns(sourceName).size(), limit);
    }

    /**
     * Streams the committed rows in file order with the original column names, for work that reads
     * every record (preparation), in pages of {@link StagedRows#PAGE_ROWS} rows by key. Memory stays
     * flat; close the stream to return its connection. An empty stream when the source was never synced.
     */
    public RowStream rows(String sourceName) throws IOException {
        Optional<String> name = tableName(sourceName);
        if (name.isEmpty()) {
            return StagedRows.empty();
        }
        return StagedRows.open(dataSource, name.get(), columns(sourceName), count(sourceName));
    }

    /**
     * The committed staging table's SQL name ({@code STG_CRM}) for queries elsewhere, or empty when
     * the source was never synced. Its columns are {@code row_no, c1..cN}, N = {@code columns(source).size()}.
     */
    public Optional<String> tableName(String sourceName) {
        StagingTable table = new StagingTable(sourceName);
        boolean staged = jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM staged_sources WHERE source = :source")
                .bind("source", table.source())
                .mapTo(Integer.class)
                .one()) > 0;
        return staged ? Optional.of(table.name()) : Optional.empty();
    }
}
