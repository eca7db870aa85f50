package io.lakefront.ui.fakes;

import io.lakefront.domain.source.RowChange;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.StagingCheckpoint;
import io.lakefront.domain.source.StagingStore;
import io.lakefront.domain.source.StagingUpserter;
import io.lakefront.domain.source.StagingWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Staging tables as lists; writers replace a table only on commit, like the real store. */
public final class InMemoryStaging implements StagingStore {
    private record Table(List<String> columns, List<List<String>> rows, StagingCheckpoint checkpoint) { }

    private final Map<String, Table> tables = new ConcurrentHashMap<>();

    @Override
    public StagingWriter open(String sourceName, List<String> columns) {
        List<List<String>> pending = new ArrayList<>();
        return new StagingWriter() {
            @Override public void append(List<String> row) { pending.add(Arrays.asList(row.toArray(new String[0]))); }
            @Override public void commit(StagingCheckpoint checkpoint) {
                tables.put(sourceName, new Table(List.copyOf(columns), List.copyOf(pending), checkpoint));
            }
            @Override public void close() { }
        };
    }

    @Override
    public StagingUpserter openUpserter(String sourceName, List<String> columns, int keyPosition) {
        List<List<String>> pending = new ArrayList<>();
        Table current = tables.get(sourceName);
        if (current != null) {
            for (List<String> row : current.rows()) {
                String[] widened = Arrays.copyOf(row.toArray(new String[0]), columns.size());
                pending.add(Arrays.asList(widened));
            }
        }
        return new StagingUpserter() {
            @Override public RowChange upsert(List<String> row) {
                String key = row.get(keyPosition);
                for (int i = 0; key != null && i < pending.size(); i++) {
                    if (key.equals(pending.get(i).get(keyPosition))) {
                        if (Objects.equals(pending.get(i), row)) {
                            return RowChange.UNCHANGED;
                        }
                        pending.set(i, Arrays.asList(row.toArray(new String[0])));
                        return RowChange.UPDATED;
                    }
                }
                pending.add(Arrays.asList(row.toArray(new String[0])));
                return RowChange.INSERTED;
            }
            @Override public long stagedRows() { return pending.size(); }
            @Override public void commit(StagingCheckpoint checkpoint) {
                tables.put(sourceName, new Table(List.copyOf(columns), List.copyOf(pending), checkpoint));
            }
            @Override public void close() { }
        };
    }

    @Override public long count(String sourceName) {
        Table t = tables.get(sourceName);
        return t == null ? 0 : t.rows().size();
    }

    @Override public List<String> columns(String sourceName) {
        Table t = tables.get(sourceName);
        return t == null ? List.of() : t.columns();
    }

    @Override public StagingCheckpoint checkpoint(String sourceName) {
        Table t = tables.get(sourceName);
        return t == null ? StagingCheckpoint.NONE : t.checkpoint();
    }

    @Override public List<List<String>> sample(String sourceName, int limit) {
        Table t = tables.get(sourceName);
        return t == null ? List.of() : t.rows().subList(0, Math.min(limit, t.rows().size()));
    }

    /** The staged rows read back in order, as {@code StagedRecords} gives them to preparation. */
    public RowStream rows(String sourceName) {
        List<String> columns = columns(sourceName);
        List<List<String>> rows = sample(sourceName, Integer.MAX_VALUE);
        return new RowStream() {
            private int next;
            @Override public List<String> columns() { return columns; }
            @Override public List<String> next() { return next < rows.size() ? rows.get(next++) : null; }
            @Override public long done() { return next; }
            @Override public long total() { return rows.size(); }
            @Override public void close() { }
        };
    }
}
