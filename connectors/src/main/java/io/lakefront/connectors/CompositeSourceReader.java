package io.lakefront.connectors;

import io.lakefront.connectors.file.FileSourceReader;
import io.lakefront.connectors.jdbc.JdbcSourceReader;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.source.SourceReader;
import io.lakefront.domain.source.Watermark;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/** One {@link SourceReader} for every kind of source: hands each source to the reader of its kind. */
public final class CompositeSourceReader implements SourceReader {
    private final Map<SourceKind, SourceReader> readers;

    public CompositeSourceReader(Map<SourceKind, SourceReader> readers) {
        this.readers = new EnumMap<>(SourceKind.class);
        this.readers.putAll(readers);
    }

    /** Files and folders through {@link FileSourceReader}, databases through {@link JdbcSourceReader}. */
    public static CompositeSourceReader standard() {
        FileSourceReader files = new FileSourceReader();
        return new CompositeSourceReader(Map.of(
                SourceKind.FILE, files,
                SourceKind.FOLDER, files,
                SourceKind.JDBC, new JdbcSourceReader()));
    }

    @Override
    public RowStream open(Source source) throws IOException {
        return readerOf(source).open(source);
    }

    /** Passed on, so that a database reader can filter by the watermark where the data lives. */
    @Override
    public RowStream openNewerThan(Source source, Watermark watermark) throws IOException {
        return readerOf(source).openNewerThan(source, watermark);
    }

    private SourceReader readerOf(Source source) {
        SourceReader reader = readers.get(source.kind());
        if (reader == null) {
            throw new UnsupportedOperationException("no reader for " + source.kind() + " sources");
        }
        return reader;
    }
}
