package io.lakefront.domain.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.PermissionDenied;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.task.TaskContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ListQuarantine} and {@link ExportQuarantine}: filters, counts, and a file complete or absent. */
class QuarantineViewerTest {
    private static final Actor STEWARD = Actor.of("sam", Role.DATA_STEWARD);
    private static final Instant AT = Instant.parse("2026-10-20T10:00:00Z");

    private final InMemoryPreparation stores = new InMemoryPreparation();
    private final Map<Path, List<List<String>>> files = new java.util.HashMap<>();
    private final QuarantineStore quarantine = new QuarantineStore() {
        @Override public long count(String sourceName) { return values(sourceName).size(); }
        @Override public Map<String, Long> countsByColumn(String sourceName) { throw new UnsupportedOperationException(); }
        @Override public void forEach(String sourceName, long limit, java.util.function.Consumer<QuarantinedValue> action) {
            values(sourceName).stream().limit(limit).forEach(action);
        }
        private List<QuarantinedValue> values(String sourceName) {
            return stores.quarantined.getOrDefault(sourceName, List.of());
        }
    };
    /** Rows are kept only on commit, as the real file appears only then. */
    private final CsvFiles csv = (file, header) -> new CsvFiles.Writer() {
        private final List<List<String>> rows = new ArrayList<>(List.of(header));
        @Override public void write(List<String> values) { rows.add(values); }
        @Override public void commit() { files.put(file, rows); }
        @Override public void close() { }
    };
    private final ListQuarantine list = new ListQuarantine(stores.sourceStore(), quarantine);
    private final ExportQuarantine export = new ExportQuarantine(stores.sourceStore(), quarantine, csv);

    @BeforeEach
    void aSourceWithQuarantinedValues() {
        stores.stage("crm", List.of("id", "Email", "Phone"), List.of());
        stores.quarantined.put("crm", List.of(
                value("C-1", "Email", "ann at example.com", "no @ in the address"),
                value("C-2", "Phone", "555", "too short for a phone number in US"),
                value("C-3", "Phone", "0171 2345678", "too long for a phone number in US"),
                value("C-4", "Email", "N/A", "no @ in the address"),
                value("C-5", "Phone", "12", "too short for a phone number in US"),
                value("C-6", "Phone", "7", "too short for a phone number in US")));
    }

    private static QuarantinedValue value(String id, String column, String raw, String reason) {
        return new QuarantinedValue("crm", id, column, raw, reason, AT);
    }

    @Test
    void listsTheFirstMatchesAndCountsAllOfThem() {
        QuarantinePage page = list.list(STEWARD, "crm", new QuarantineFilter("Phone", null, null), 2, TaskContext.silent());

        assertThat(page.values()).extracting(QuarantinedValue::recordId).containsExactly("C-2", "C-3");
        assertThat(page.matching()).isEqualTo(4);
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.columns()).containsExactly(Map.entry("Email", 2L), Map.entry("Phone", 4L));
        assertThat(page.reasons().keySet()).containsExactly("too short for a phone number in US", "no @ in the address",
                "too long for a phone number in US");
    }

    @Test
    void filtersByReasonAndByTextInTheValueRecordOrReasonIgnoringCase() {
        assertThat(list.list(STEWARD, "crm", new QuarantineFilter(null, "no @ in the address", null), 10, TaskContext.silent())
                .values()).extracting(QuarantinedValue::recordId).containsExactly("C-1", "C-4");
        assertThat(list.list(STEWARD, "crm", new QuarantineFilter(null, null, " n/a "), 10, TaskContext.silent())
                .values()).extracting(QuarantinedValue::recordId).containsExactly("C-4");
        assertThat(list.list(STEWARD, "crm", new QuarantineFilter("Phone", null, "TOO LONG"), 10, TaskContext.silent())
                .values()).extracting(QuarantinedValue::recordId).containsExactly("C-3");
        assertThat(list.list(STEWARD, "crm", new QuarantineFilter("Email", null, "c-5"), 10, TaskContext.silent()).matching())
                .isZero();
    }

    @Test
    void exportsTheMatchingValuesWithTheCommandLinesHeader() {
        Path file = Path.of("/exports/crm-phones.csv");

        long written = export.export(STEWARD, "crm", new QuarantineFilter("Phone", "too short for a phone number in US", null),
                Long.MAX_VALUE, file, TaskContext.silent());

        assertThat(written).isEqualTo(3);
        assertThat(files.get(file)).containsExactly(
                List.of("source", "record_id", "column", "value", "reason"),
                List.of("crm", "C-2", "Phone", "555", "too short for a phone number in US"),
                List.of("crm", "C-5", "Phone", "12", "too short for a phone number in US"),
                List.of("crm", "C-6", "Phone", "7", "too short for a phone number in US"));
    }

    @Test
    void aCancelledExportLeavesNoFile() {
        TaskContext cancelled = new TaskContext() {
            @Override public void progress(long done, long total) { }
            @Override public void message(String text) { }
            @Override public boolean cancelled() { return true; }
        };

        assertThatThrownBy(() -> export.export(STEWARD, "crm", QuarantineFilter.ALL, Long.MAX_VALUE, Path.of("/x.csv"), cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(files).isEmpty();
    }

    @Test
    void aFileThatCannotBeWrittenIsNamed() {
        ExportQuarantine broken = new ExportQuarantine(stores.sourceStore(), quarantine, (file, header) -> {
            throw new IOException("Permission denied");
        });

        assertThatThrownBy(() -> broken.export(STEWARD, "crm", QuarantineFilter.ALL, 10, Path.of("/root/q.csv"), TaskContext.silent()))
                .isInstanceOf(UserError.class).hasMessage(Path.of("/root/q.csv") + ": Permission denied");
    }

    @Test
    void quarantinedValuesAreForThoseWhoMaySeePersonalData() {
        Actor marketer = Actor.of("mia", Role.MARKETER);
        assertThatThrownBy(() -> list.list(marketer, "crm", QuarantineFilter.ALL, 10, TaskContext.silent()))
                .isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> export.export(marketer, "crm", QuarantineFilter.ALL, 10, Path.of("/q.csv"), TaskContext.silent()))
                .isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> list.list(STEWARD, "nope", QuarantineFilter.ALL, 10, TaskContext.silent()))
                .isInstanceOf(UserError.class).hasMessage("no source named 'nope'");
    }
}
