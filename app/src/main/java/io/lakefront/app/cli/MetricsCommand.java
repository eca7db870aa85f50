package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.domain.gold.metrics.ChurnModel;
import io.lakefront.domain.gold.metrics.CustomerMetrics;
import io.lakefront.domain.gold.metrics.MetricsRefresh;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;

/**
 * {@code metrics refresh}: recomputes {@code customer_metrics} as of the workspace clock and says
 * what changed. Resolution refreshes the metrics itself; this is for a moved clock ({@code --as-of})
 * or a scheduled job.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true, subcommands = MetricsCommand.Refresh.class,
        description = "Customer metrics (customer_metrics); see: metrics refresh --help")
final class MetricsCommand {

    @Command(name = "refresh", mixinStandardHelpOptions = true,
            description = {"Recomputes every customer's metrics as of the workspace clock (--as-of) and writes the "
                    + "rows that changed.",
                    "Prints the rows inserted, updated, deleted and unchanged, and how many rows each column changed in."})
    static final class Refresh extends WorkspaceCommand {
        @Override
        protected int run(Workspace workspace) {
            MetricsRefresh refresh = workspace.refreshCustomerMetrics().refresh(new ConsoleProgress());
            print(out(), refresh);
            out().flush();
            return LakefrontCommand.OK;
        }
    }

    /** One line about stored metrics: how many, as of when, churn risk and preferred channels. */
    static String summary(Collection<CustomerMetrics> rows) {
        if (rows.isEmpty()) {
            return "none yet";
        }
        double[] risks = rows.stream().mapToDouble(CustomerMetrics::churnRisk).sorted().toArray();
        long high = Arrays.stream(risks).filter(r -> r >= 0.5).count();
        Map<String, Long> channels = new TreeMap<>();
        rows.forEach(m -> channels.merge(m.preferredChannel() == null ? "none" : m.preferredChannel(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        channels.forEach((channel, n) -> parts.add(String.format(Locale.ROOT, "%s %.0f%%", channel, 100.0 * n / rows.size())));
        return String.format(Locale.ROOT, "%,d customers as of %s; churn risk median %.2f, %.0f%% at 0.5 or above; "
                        + "preferred channel %s", rows.size(), rows.iterator().next().asOf(), risks[risks.length / 2],
                100.0 * high / rows.size(), String.join(", ", parts));
    }

    static void print(PrintWriter out, MetricsRefresh r) {
        if (r.customers() == 0 && r.deleted() == 0) {
            out.println("No customers yet: the gold table is empty (run: resolve).");
            return;
        }
        out.printf(Locale.ROOT, "metrics as of %s%s%n", r.asOf(), r.previousAsOf() == null ? ""
                : r.recomputedAll() ? " (were as of " + r.previousAsOf() + ": every row recomputed)" : "");
        out.printf(Locale.ROOT, "customers %,d: %,d inserted, %,d updated, %,d deleted, %,d unchanged%n",
                r.customers(), r.inserted(), r.updated(), r.deleted(), r.unchanged());
        if (!r.changedColumns().isEmpty()) {
            List<String> parts = new ArrayList<>();
            r.changedColumns().forEach((column, rows) -> parts.add(String.format(Locale.ROOT, "%s %,d", column, rows)));
            out.println("changed   " + String.join(", ", parts));
        }
        ChurnModel model = r.model();
        out.printf(Locale.ROOT, "churn     model learnt from %,d customers as of %d days ago (%.1f%% bought nothing in "
                        + "the %d days since)%n", model.trainingRows(), ChurnModel.HORIZON_DAYS,
                model.trainingChurnRate() * 100, ChurnModel.HORIZON_DAYS);
    }
}
