package io.lakefront.connectors.file;

import io.lakefront.domain.source.RowStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Several files read one after another as one stream. The columns are the union of the files'
 * columns in first-seen order; each file's values are placed by column name, and a column a file
 * lacks is {@code null}. Only one file is open at a time.
 */
final class FolderRowStream implements RowStream {

    /** Opens one file of the folder. */
    interface Opener {
        RowStream open(Path file) throws IOException;
    }

    private final List<Path> files;
    private final Opener opener;
    private final List<String> columns;
    private final long total;
    private int index = -1;
    private RowStream current;
    private int[] positions;
    private long doneBefore;

    private FolderRowStream(List<Path> files, Opener opener, List<String> columns, long total) {
        this.files = files;
        this.opener = opener;
        this.columns = columns;
        this.total = total;
    }

    /** Reads each file's columns first (a header, a sample), so that the union is known before any row. */
    static FolderRowStream open(List<Path> files, Opener opener) throws IOException {
        Set<String> union = new LinkedHashSet<>();
        long total = 0;
        for (Path file : files) {
            try (RowStream stream = opener.open(file)) {
                union.addAll(stream.columns());
            }
            total += Files.size(file);
        }
        return new FolderRowStream(List.copyOf(files), opener, List.copyOf(union), total);
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public List<String> next() throws IOException {
        while (true) {
            if (current == null && !advance()) {
                return null;
            }
            List<String> row = current.next();
            if (row != null) {
                return place(row);
            }
            doneBefore += Files.size(files.get(index));
            current.close();
            current = null;
        }
    }

    private boolean advance() throws IOException {
        if (index + 1 >= files.size()) {
            return false;
        }
        index++;
        current = opener.open(files.get(index));
        List<String> own = current.columns();
        positions = new int[columns.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = own.indexOf(columns.get(i));
        }
        return true;
    }

    private List<String> place(List<String> row) {
        List<String> placed = new ArrayList<>(positions.length);
        for (int position : positions) {
            placed.add(position < 0 ? null : row.get(position));
        }
        return placed;
    }

    @Override
    public long done() {
        return doneBefore + (current == null ? 0 : current.done());
    }

    @Override
    public long total() {
        return total;
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
