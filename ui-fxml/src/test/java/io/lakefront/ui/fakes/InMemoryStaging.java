package io.lakefront.ui.fakes;

import io.lakefront.domain.source.StagingStore;
import io.lakefront.domain.source.StagingWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Staging tables as lists; a writer replaces a table only on commit, like the real store. */
public final class InMemoryStaging implements StagingStore {
    private record Table(List<String> columns, List<List<String>> rows) { }

    private final Map<String, Table> tables = new ConcurrentHashMap<>();

    @Override
    public StagingWriter open(String sourceName, List<String> columns) {
        List<List<String>> pending = new ArrayList<>();
        return new StagingWriter() {
            @Override public void append(List<String> row) { pending.add(List.copyOf(row)); }
            @Override public void commit() { tables.put(sourceName, new Table(List.copyOf(columns), List.copyOf(pending))); }
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

    @Override public List<List<String>> sample(String sourceName, int limit) {
        Table t = tables.get(sourceName);
        return t == null ? List.of() : t.rows().subList(0, Math.min(limit, t.rows().size()));
    }
}
