package io.lakefront.domain.gold;

import io.lakefront.domain.UserError;
import io.lakefront.domain.gold.metrics.RefreshCustomerMetrics;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.prep.CsvFiles;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Use case: {@code gold export} and {@code export TABLE} — a table as a CSV file in the contract's
 * format, written beside the target and put in place only when complete. The gold table carries the
 * user's own fields after the contract's columns; metrics are brought to the workspace clock first.
 * Personal data leaves only with the right to see it.
 */
public final class ExportTables {
    private static final int PROGRESS_EVERY = 10_000;

    private final GoldTables tables;
    private final GoldSpecStore specs;
    private final CsvFiles files;
    private final AuditLog audit;
    private final WorkspaceClock clock;
    private final RefreshCustomerMetrics metrics;

    public ExportTables(GoldTables tables, GoldSpecStore specs, CsvFiles files, AuditLog audit, WorkspaceClock clock,
                        RefreshCustomerMetrics metrics) {
        this.tables = tables;
        this.specs = specs;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Writes the table to {@code out}; returns the number of rows. */
    public long export(Actor actor, GoldTable table, Path out, TaskContext context) {
        actor.require(table == GoldTable.GOLD_CUSTOMER ? Permission.VIEW_PERSONAL_DATA : Permission.VIEW_WORKSPACE);
        if (table == GoldTable.CUSTOMER_METRICS) {
            // Metrics are as of the workspace clock: computed again first when stored as of another moment.
            metrics.ensureCurrent(context);
        }
        List<String> custom = table == GoldTable.GOLD_CUSTOMER
                ? specs.load().customFields().stream().map(CustomGoldField::name).toList() : List.of();
        List<String> header = new ArrayList<>(table.columns());
        header.addAll(custom);
        long total = tables.count(table);
        long rows;
        try (CsvFiles.Writer writer = files.create(out, header)) {
            long[] done = {0};
            rows = tables.read(table, custom, values -> {
                writer.write(values);
                if (++done[0] % PROGRESS_EVERY == 0) {
                    context.checkCancelled();
                    context.progress(done[0], total);
                }
            });
            writer.commit();
        } catch (IOException e) {
            throw new UserError(out + ": cannot write the export (" + e.getMessage() + ")", e);
        }
        context.progress(total, total);
        audit.append(new AuditEntry(clock.now(), actor.name(), "gold.exported", table.sqlName(),
                rows + " rows to " + out.getFileName()));
        return rows;
    }
}
