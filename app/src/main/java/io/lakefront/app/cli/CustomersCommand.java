package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.domain.UserError;
import io.lakefront.domain.gold.profile.CustomerProfile;
import io.lakefront.domain.gold.profile.CustomerSearch;
import io.lakefront.domain.gold.profile.HistoryEntry;
import io.lakefront.domain.gold.profile.ProfileField;
import io.lakefront.domain.gold.profile.ProfileMember;
import io.lakefront.domain.gold.profile.TimelineEvent;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code customers search TEXT | show ID}: Customer 360 without the desktop, with the same masking for
 * roles without personal-data access as the Customers screen.
 */
@Command(name = "customers", mixinStandardHelpOptions = true,
        description = "Customer 360: search the gold customers, show one with lineage, members, history and timeline.",
        subcommands = {CustomersCommand.SearchCommand.class, CustomersCommand.ShowCommand.class})
final class CustomersCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "customers: name a subcommand (search, show)");
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Prints the best matches for a name, email or phone (typos are fine), one a line: customer id, "
                    + "score, where it matched, name, email, phone, city.")
    static final class SearchCommand extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "TEXT", description = "A name, an email (with @) or a phone number.")
        String text;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N customers (default 10).")
        int limit;

        @Override
        protected int run(Workspace workspace) {
            if (limit < 1 || limit > 1000) {
                throw new UserError("customers search --limit " + limit + ": use 1..1000");
            }
            long started = System.nanoTime();
            CustomerSearch found = workspace.searchCustomers().search(workspace.actor(), text, limit);
            long millis = (System.nanoTime() - started) / 1_000_000;
            PrintWriter out = out();
            if (found.customers() == 0) {
                out.println("No customers yet: run resolution first (./lakefront resolve).");
                return LakefrontCommand.OK;
            }
            for (CustomerSearch.Result result : found.results()) {
                var c = result.customer();
                out.println(String.format(Locale.ROOT, "%s\t%.2f\t%s\t%s\t%s\t%s\t%s", c.customerId(), result.score(),
                        result.matchedOn().name().toLowerCase(Locale.ROOT), c.displayName(), orDash(c.email()),
                        orDash(c.phone()), orDash(c.city())));
            }
            out.println(found.results().size() + " of " + found.customers() + " customers" + (found.masked()
                    ? " (personal data masked for your role)" : "") + ", " + millis + " ms");
            return LakefrontCommand.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Prints one customer: each gold value with its source record and rule, the member records, "
                    + "the merge/split history and the newest timeline events.")
    static final class ShowCommand extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The customer id (C00000042).")
        String id;

        @Option(names = "--events", paramLabel = "N", defaultValue = "10", description = "Timeline events to print (default 10).")
        int events;

        @Override
        protected int run(Workspace workspace) {
            workspace.refreshCustomerMetrics().ensureCurrent(new ConsoleProgress());
            CustomerProfile profile = workspace.showCustomer().show(workspace.actor(), id);
            PrintWriter out = out();
            out.println(profile.customerId() + "  " + profile.displayName() + "  (" + profile.sourceRecordCount()
                    + " source records" + (profile.masked() ? ", personal data masked" : "") + ")");
            for (ProfileField field : profile.fields()) {
                String lineage = field.lineage().map(l -> l.record().isEmpty() ? l.rule() : l.record() + " by " + l.rule()
                        + (l.detail().isEmpty() ? "" : ": " + l.detail())).orElse("no lineage recorded");
                out.println(String.format(Locale.ROOT, "  %-16s %-32s %s", field.name(), field.value().isEmpty() ? "-"
                        : field.value(), lineage));
            }
            out.println("Members:");
            for (ProfileMember member : profile.members()) {
                StringBuilder values = new StringBuilder();
                for (ProfileMember.Value value : member.values()) {
                    if (value.value() != null && !value.value().isEmpty()) {
                        values.append(values.isEmpty() ? "" : ", ").append(value.column()).append("=").append(value.value());
                    }
                }
                out.println("  " + member.key() + (member.current() ? "  " + values : "  (prepared again since the run)"));
            }
            out.println("History:" + (profile.history().isEmpty() ? " none" : ""));
            for (HistoryEntry entry : profile.history()) {
                out.println("  " + entry.at() + "  " + entry.actor() + "  " + entry.what()
                        + (entry.reason().isEmpty() ? "" : "  (" + entry.reason() + ")"));
            }
            CustomerProfile.Counts counts = profile.counts();
            out.println("Timeline: " + counts.purchases() + " purchases, " + counts.tickets() + " tickets, "
                    + counts.engagementEvents() + " engagement events" + (profile.metrics().isPresent() ? ""
                    : "; metrics not computed yet"));
            profile.timeline().stream().limit(Math.max(0, events)).forEach((TimelineEvent e) -> out.println("  " + e.at()
                    + "  " + e.title() + (e.detail().isEmpty() ? "" : "  " + e.detail())
                    + (e.amount() == null ? "" : "  " + e.amount().toPlainString())));
            return LakefrontCommand.OK;
        }
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }
}
