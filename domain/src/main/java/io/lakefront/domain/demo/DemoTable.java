package io.lakefront.domain.demo;

import io.lakefront.domain.UserError;
import java.io.IOException;
import java.util.List;

/**
 * One open output table. Every source record written through it also gets its ground-truth row
 * ({@code source,record_id,person_id}), so no record can lack one.
 */
final class DemoTable implements AutoCloseable {
    static final String TRUTH_FILE = "truth.csv";
    static final List<String> TRUTH_HEADER = List.of("source", "record_id", "person_id");

    private final String fileName;
    private final TableSink.RowWriter writer;
    private final DemoTable truth;
    private long rows;

    private DemoTable(String fileName, TableSink.RowWriter writer, DemoTable truth) {
        this.fileName = fileName;
        this.writer = writer;
        this.truth = truth;
    }

    static DemoTable openTruth(TableSink sink) {
        return new DemoTable(TRUTH_FILE, open(sink, TRUTH_FILE, TRUTH_HEADER), null);
    }

    static DemoTable openSource(TableSink sink, String fileName, List<String> header, DemoTable truth) {
        return new DemoTable(fileName, open(sink, fileName, header), truth);
    }

    private static TableSink.RowWriter open(TableSink sink, String fileName, List<String> header) {
        try {
            return sink.open(fileName, header);
        } catch (IOException e) {
            throw new UserError("cannot create demo table " + fileName + ": " + e.getMessage(), e);
        }
    }

    /** Writes a source record and its truth row. */
    void write(String personId, String recordId, List<String> values) {
        put(values);
        truth.put(List.of(fileName, recordId, personId));
    }

    private void put(List<String> values) {
        try {
            writer.write(values);
            rows++;
        } catch (IOException e) {
            throw new UserError("cannot write row " + (rows + 1) + " of demo table " + fileName + ": " + e.getMessage(), e);
        }
    }

    String fileName() {
        return fileName;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UserError("cannot finish demo table " + fileName + ": " + e.getMessage(), e);
        }
    }
}
