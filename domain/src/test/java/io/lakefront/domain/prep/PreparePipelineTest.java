package io.lakefront.domain.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The parallel write loop gives exactly what one thread normalizing row after row gives: the same rows
 * in the same order, the same quarantine in the same order, the same counts; and it stops cleanly on a
 * cancel or a read failure, leaving the previous preparation as it was.
 */
class PreparePipelineTest {
    private static final WorkspaceClock AS_OF = WorkspaceClock.parse("2026-10-20");
    private static final Actor STEWARD = Actor.of("sam", Role.DATA_STEWARD);
    private static final List<String> HEADER = List.of("id", "first_name", "email", "phone", "birth_date", "country");
    private static final String[] NAMES = {"anna", "JOHN", "Lena", "mary3", "  Jürgen ", "Emily", "", "Robert"};
    private static final String[] COUNTRIES = {"DE", "USA", "Deutschland", "US", null, "Germany", "Narnia"};
    private static final String[] PHONES = {"030 12345678", "(415) 555-2671", "0171 2345678", "1234", "089 7654321",
            "+1 312 555 0147", null, "617 555 0123"};

    private final InMemoryPreparation stores = new InMemoryPreparation();

    /** Rows with repeats (the memo's case) and a unique value per row (the case it turns itself off for). */
    private static List<List<String>> rows(int count) {
        List<List<String>> rows = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            List<String> row = new ArrayList<>();
            row.add(i % 97 == 0 ? null : "K-" + i);
            row.add(NAMES[i % NAMES.length]);
            row.add(i % 11 == 0 ? "user" + i + "(at)example.com" : "user" + i + "@example.com");
            row.add(PHONES[(i / 3) % PHONES.length]);
            row.add(String.format("%02d.%02d.%d", 1 + i % 31, 1 + i % 12, 1930 + i % 100));
            row.add(COUNTRIES[i % COUNTRIES.length]);
            rows.add(row);
        }
        return rows;
    }

    private PrepareSource prepareSource() {
        return new PrepareSource(stores.sourceStore(), stores.stagingStore(), stores.stagedRecords(),
                stores.preparedStore(), stores.settingsStore(), TagColumns.withBuiltInDictionary(AS_OF),
                PrepareSourceTest.PHONES, stores.auditLog(), AS_OF);
    }

    @Test
    void manyChunksOnManyThreadsGiveWhatOneThreadRowAfterRowGives() {
        int count = 7 * PreparePipeline.CHUNK_ROWS + 123;
        List<List<String>> staged = rows(count);
        stores.stage("crm", HEADER, staged);

        Preparation result = prepareSource().prepare(STEWARD, "crm", TaskContext.silent());

        // The same plans, applied by one thread in row order.
        List<ColumnPlan> plans = plansFor(staged);
        RowNormalizer oneThread = new RowNormalizer("crm", plans, Instant.EPOCH);
        RowNormalizer.Chunk expected = oneThread.normalize(1, staged);
        oneThread.addCountsTo(plans);

        assertThat(result.rows()).isEqualTo(count);
        assertThat(stores.preparedRows.get("crm")).containsExactlyElementsOf(expected.rows());
        assertThat(stores.quarantined.get("crm")).extracting(QuarantinedValue::recordId, QuarantinedValue::column,
                        QuarantinedValue::rawValue, QuarantinedValue::reason)
                .containsExactlyElementsOf(expected.quarantined().stream()
                        .map(q -> org.assertj.core.groups.Tuple.tuple(q.recordId(), q.column(), q.rawValue(), q.reason()))
                        .toList());
        assertThat(result.columns()).extracting(ColumnOutcome::normalized, ColumnOutcome::kept,
                        ColumnOutcome::quarantined, ColumnOutcome::missing)
                .containsExactlyElementsOf(plans.stream().map(ColumnPlan::outcome)
                        .map(o -> org.assertj.core.groups.Tuple.tuple(o.normalized(), o.kept(), o.quarantined(), o.missing()))
                        .toList());
        assertThat(result.quarantined()).isGreaterThan(count / 11);
    }

    @Test
    void onThreadsOfItsOwnAPipelineWritesEveryRowInOrderWithOneThreadOrSeveral() throws IOException {
        List<List<String>> staged = rows(3 * PreparePipeline.CHUNK_ROWS + 1);
        for (int threads : new int[] {1, 3}) {
            List<ColumnPlan> plans = plansFor(staged);
            List<Long> rowNumbers = new ArrayList<>();
            PreparedWriter writer = new RecordingWriter(rowNumbers);

            long written = new PreparePipeline("crm", plans, Instant.EPOCH, threads)
                    .run(stream(staged, -1), writer, TaskContext.silent(), staged.size());

            assertThat(written).isEqualTo(staged.size());
            assertThat(rowNumbers).hasSize(staged.size()).isSorted().startsWith(1L).endsWith((long) staged.size());
            assertThat(plans.stream().mapToLong(p -> p.normalized + p.kept + p.quarantined + p.missing).sum())
                    .isEqualTo((long) staged.size() * HEADER.size());
        }
    }

    @Test
    void aCancelPartWayThroughStopsEveryThreadAndKeepsThePreviousPreparation() {
        stores.stage("crm", HEADER, rows(20));
        PrepareSource prepare = prepareSource();
        prepare.prepare(STEWARD, "crm", TaskContext.silent());
        List<List<String>> before = stores.preparedRows.get("crm");
        stores.stagedRows.put("crm", rows(12 * PreparePipeline.CHUNK_ROWS));
        AtomicInteger reports = new AtomicInteger();
        TaskContext cancelAfterFirstProgress = new TaskContext() {
            @Override public void progress(long done, long total) { reports.incrementAndGet(); }
            @Override public void message(String text) { }
            @Override public boolean cancelled() { return reports.get() > 0; }
        };

        assertThatThrownBy(() -> prepare.prepare(STEWARD, "crm", cancelAfterFirstProgress))
                .isInstanceOf(CancellationException.class);

        assertThat(stores.preparedRows.get("crm")).isSameAs(before);
        assertThat(reports.get()).isEqualTo(1);
    }

    @Test
    void aStagedRowThatCannotBeReadFailsTheRunAndKeepsThePreviousPreparation() throws IOException {
        List<List<String>> staged = rows(4 * PreparePipeline.CHUNK_ROWS);
        List<ColumnPlan> plans = plansFor(staged);
        List<Long> rowNumbers = new ArrayList<>();

        assertThatThrownBy(() -> new PreparePipeline("crm", plans, Instant.EPOCH, 2)
                .run(stream(staged, 2_500), new RecordingWriter(rowNumbers), TaskContext.silent(), staged.size()))
                .isInstanceOf(IOException.class).hasMessage("staging row 2500: disk gone");
        assertThat(rowNumbers).hasSizeLessThan(2_500);
    }

    @Test
    void theSamePhoneNumberIsReadWithEachRowsOwnCountry() {
        stores.stage("mixed", List.of("id", "phone", "country"), List.of(
                List.of("1", "0301234567", "DE"), List.of("2", "0301234567", "US"), List.of("3", "0301234567", "DE"),
                List.of("4", "4155552671", "US"), List.of("5", "4155552671", "DE")));

        prepareSource().prepare(STEWARD, "mixed", TaskContext.silent());

        assertThat(stores.preparedColumn("mixed", "phone"))
                .containsExactly("+49301234567", "+10301234567", "+49301234567", "+14155552671", null);
    }

    private List<ColumnPlan> plansFor(List<List<String>> staged) {
        ColumnPlans columnPlans = new ColumnPlans(new NormalizationRules(PrepareSourceTest.PHONES, AS_OF),
                PrepareSourceTest.PHONES, AS_OF);
        List<ColumnSample> samples = new ArrayList<>();
        for (int i = 0; i < HEADER.size(); i++) {
            List<String> values = new ArrayList<>();
            for (List<String> row : staged.subList(0, Math.min(PrepareSource.SAMPLE_ROWS, staged.size()))) {
                values.add(row.get(i));
            }
            samples.add(new ColumnSample(HEADER.get(i), values));
        }
        return columnPlans.plan(samples, TagColumns.withBuiltInDictionary(AS_OF).tag(samples), Optional.empty(), "x.yaml");
    }

    /** The rows as a stream that fails reading row {@code failAt} (none when negative). */
    private static RowStream stream(List<List<String>> rows, int failAt) {
        return new RowStream() {
            int next;
            @Override public List<String> columns() { return HEADER; }
            @Override public List<String> next() throws IOException {
                if (next + 1 == failAt) {
                    throw new IOException("staging row " + failAt + ": disk gone");
                }
                return next < rows.size() ? rows.get(next++) : null;
            }
            @Override public long done() { return next; }
            @Override public long total() { return rows.size(); }
            @Override public void close() { }
        };
    }

    /** A writer that keeps the row numbers it was given and checks they come in order. */
    private record RecordingWriter(List<Long> rowNumbers) implements PreparedWriter {
        @Override public void append(long rowNo, List<String> values) {
            if (rowNo != rowNumbers.size() + 1) {
                throw new IllegalArgumentException("row " + rowNo + " out of order");
            }
            rowNumbers.add(rowNo);
        }
        @Override public void quarantine(QuarantinedValue value) { }
        @Override public void commit() { }
        @Override public void close() { }
    }
}
