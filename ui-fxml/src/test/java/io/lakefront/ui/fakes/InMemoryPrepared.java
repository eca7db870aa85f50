package io.lakefront.ui.fakes;

import io.lakefront.domain.prep.PreparedColumn;
import io.lakefront.domain.prep.PreparedStore;
import io.lakefront.domain.prep.PreparedWriter;
import io.lakefront.domain.prep.QuarantineStore;
import io.lakefront.domain.prep.QuarantinedValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Prepared tables and their quarantine as lists; a writer replaces both only on commit, like the real
 * stores. The quarantine is a second port over the same tables ({@link #quarantine()}).
 */
public final class InMemoryPrepared implements PreparedStore {
    private record Table(List<PreparedColumn> columns, List<List<String>> rows, List<QuarantinedValue> quarantined) { }

    private final Map<String, Table> tables = new ConcurrentHashMap<>();

    @Override
    public PreparedWriter open(String sourceName, List<PreparedColumn> columns) {
        List<List<String>> rows = new ArrayList<>();
        List<QuarantinedValue> refused = new ArrayList<>();
        return new PreparedWriter() {
            @Override public void append(long rowNo, List<String> values) { rows.add(new ArrayList<>(values)); }
            @Override public void quarantine(QuarantinedValue value) { refused.add(value); }
            @Override public void commit() {
                tables.put(sourceName, new Table(List.copyOf(columns), List.copyOf(rows), List.copyOf(refused)));
            }
            @Override public void close() { }
        };
    }

    @Override public long count(String sourceName) { return table(sourceName).rows().size(); }

    @Override public List<PreparedColumn> columns(String sourceName) { return table(sourceName).columns(); }

    @Override public List<List<String>> sample(String sourceName, int limit) {
        List<List<String>> rows = table(sourceName).rows();
        return rows.subList(0, Math.min(limit, rows.size()));
    }

    /** The values each source's last committed preparation refused. */
    public QuarantineStore quarantine() {
        return new QuarantineStore() {
            @Override public long count(String sourceName) { return table(sourceName).quarantined().size(); }

            @Override public Map<String, Long> countsByColumn(String sourceName) {
                Map<String, Long> counts = new LinkedHashMap<>();
                for (QuarantinedValue value : table(sourceName).quarantined()) {
                    counts.merge(value.column(), 1L, Long::sum);
                }
                return counts;
            }

            @Override public void forEach(String sourceName, long limit, Consumer<QuarantinedValue> action) {
                table(sourceName).quarantined().stream().limit(limit).forEach(action);
            }
        };
    }

    private Table table(String sourceName) {
        return tables.getOrDefault(sourceName, new Table(List.of(), List.of(), List.of()));
    }
}
