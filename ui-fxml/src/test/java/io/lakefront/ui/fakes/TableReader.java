package io.lakefront.ui.fakes;

import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads tables handed to it by source name; a source without a table fails like a missing file. */
public final class TableReader implements SourceReader {
    private final Map<String, List<List<String>>> tables = new ConcurrentHashMap<>();

    /** The first row is the header. */
    public void put(String sourceName, List<List<String>> headerAndRows) {
        tables.put(sourceName, List.copyOf(headerAndRows));
    }

    @Override
    public RowStream open(Source source) throws IOException {
        List<List<String>> table = tables.get(source.name());
        if (table == null) {
            throw new IOException(source.location() + ": no such file");
        }
        List<List<String>> rows = new ArrayList<>(table.subList(1, table.size()));
        return new RowStream() {
            private int next;
            @Override public List<String> columns() { return table.get(0); }
            @Override public List<String> next() { return next < rows.size() ? rows.get(next++) : null; }
            @Override public long done() { return next; }
            @Override public long total() { return rows.size(); }
            @Override public void close() { }
        };
    }
}
