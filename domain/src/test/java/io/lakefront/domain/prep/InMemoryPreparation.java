package io.lakefront.domain.prep;

import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.source.SourceStore;
import io.lakefront.domain.source.StagingStore;
import io.lakefront.domain.source.StagingWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The ports of {@link PrepareSource} in memory, with the same all-or-nothing commit as the real stores. */
final class InMemoryPreparation {
    final Map<String, Source> sources = new LinkedHashMap<>();
    final Map<String, List<String>> stagedColumns = new HashMap<>();
    final Map<String, List<List<String>>> stagedRows = new HashMap<>();
    final Map<String, List<PreparedColumn>> preparedColumns = new HashMap<>();
    final Map<String, List<List<String>>> preparedRows = new HashMap<>();
    final Map<String, List<QuarantinedValue>> quarantined = new HashMap<>();
    final Map<String, SourcePreparation> settings = new HashMap<>();
    final List<AuditEntry> audit = new ArrayList<>();

    void stage(String name, List<String> columns, List<List<String>> rows) {
        sources.put(name, new Source(name, SourceKind.FILE, "/data/" + name + ".csv", Map.of(), Instant.EPOCH));
        stagedColumns.put(name, List.copyOf(columns));
        stagedRows.put(name, rows);
    }

    SourceStore sourceStore() {
        return new SourceStore() {
            @Override public void add(Source source) { sources.put(source.name(), source); }
            @Override public List<Source> list() { return List.copyOf(sources.values()); }
            @Override public Optional<Source> find(String name) { return Optional.ofNullable(sources.get(name)); }
        };
    }

    StagingStore stagingStore() {
        return new StagingStore() {
            @Override public StagingWriter open(String sourceName, List<String> columns) { throw new UnsupportedOperationException(); }
            @Override public io.lakefront.domain.source.StagingUpserter openUpserter(String sourceName, List<String> columns, int keyPosition) {
                throw new UnsupportedOperationException();
            }
            @Override public io.lakefront.domain.source.StagingCheckpoint checkpoint(String sourceName) {
                throw new UnsupportedOperationException();
            }
            @Override public long count(String sourceName) { return stagedRows.getOrDefault(sourceName, List.of()).size(); }
            @Override public List<String> columns(String sourceName) { return stagedColumns.getOrDefault(sourceName, List.of()); }
            @Override public List<List<String>> sample(String sourceName, int limit) {
                List<List<String>> rows = stagedRows.getOrDefault(sourceName, List.of());
                return rows.subList(0, Math.min(limit, rows.size()));
            }
        };
    }

    StagedRecords stagedRecords() {
        return sourceName -> {
            List<String> columns = stagedColumns.getOrDefault(sourceName, List.of());
            List<List<String>> rows = stagedRows.getOrDefault(sourceName, List.of());
            return new RowStream() {
                int next;
                @Override public List<String> columns() { return columns; }
                @Override public List<String> next() { return next < rows.size() ? rows.get(next++) : null; }
                @Override public long done() { return next; }
                @Override public long total() { return rows.size(); }
                @Override public void close() { }
            };
        };
    }

    PreparedStore preparedStore() {
        return new PreparedStore() {
            @Override
            public PreparedWriter open(String sourceName, List<PreparedColumn> columns) {
                List<List<String>> rows = new ArrayList<>();
                List<QuarantinedValue> refused = new ArrayList<>();
                return new PreparedWriter() {
                    @Override public void append(long rowNo, List<String> values) {
                        if (rowNo != rows.size() + 1 || values.size() != columns.size()) {
                            throw new IllegalArgumentException("row " + rowNo + " with " + values.size() + " values");
                        }
                        rows.add(new ArrayList<>(values));
                    }
                    @Override public void quarantine(QuarantinedValue value) { refused.add(value); }
                    @Override public void commit() {
                        preparedColumns.put(sourceName, List.copyOf(columns));
                        preparedRows.put(sourceName, rows);
                        quarantined.put(sourceName, refused);
                    }
                    @Override public void close() { }
                };
            }
            @Override public long count(String sourceName) { return preparedRows.getOrDefault(sourceName, List.of()).size(); }
            @Override public List<PreparedColumn> columns(String sourceName) { return preparedColumns.getOrDefault(sourceName, List.of()); }
            @Override public List<List<String>> sample(String sourceName, int limit) {
                List<List<String>> rows = preparedRows.getOrDefault(sourceName, List.of());
                return rows.subList(0, Math.min(limit, rows.size()));
            }
        };
    }

    SourcePreparationStore settingsStore() {
        return new SourcePreparationStore() {
            @Override public Optional<SourcePreparation> load(String sourceName) { return Optional.ofNullable(settings.get(sourceName)); }
            @Override public void save(SourcePreparation preparation) { settings.put(preparation.source(), preparation); }
            @Override public String describe(String sourceName) { return "sources/" + sourceName + ".yaml"; }
        };
    }

    AuditLog auditLog() {
        return new AuditLog() {
            @Override public void append(AuditEntry entry) { audit.add(entry); }
            @Override public List<AuditEntry> recent(int limit) { return List.copyOf(audit); }
        };
    }

    List<String> preparedColumn(String source, String column) {
        int index = preparedColumns.get(source).stream().map(PreparedColumn::name).toList().indexOf(column);
        return preparedRows.get(source).stream().map(row -> row.get(index)).toList();
    }
}
