package io.lakefront.ui.fakes;

import io.lakefront.domain.gold.ConfigureGold;
import io.lakefront.domain.gold.GoldSetup;
import io.lakefront.domain.gold.GoldSpec;
import io.lakefront.domain.gold.GoldSpecStore;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.identity.workspace.PreparedSources;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.PreparedColumn;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.gold.GoldDesk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The Gold rules screen over the real {@link ConfigureGold}, with gold.yaml and the prepared columns in memory. */
public final class InMemoryGoldDesk implements GoldDesk {
    public final Map<String, List<PreparedColumn>> columns = new LinkedHashMap<>();
    public GoldSpec saved = GoldSpec.defaults();
    public int saves;
    private final ConfigureGold configure;
    private final Supplier<Actor> actor;

    public InMemoryGoldDesk(InMemoryAudit audit, WorkspaceClock clock, Supplier<Actor> actor) {
        this.actor = actor;
        GoldSpecStore store = new GoldSpecStore() {
            @Override public GoldSpec load() { return saved; }
            @Override public void save(GoldSpec spec) { saved = spec; saves++; }
            @Override public String describe() { return "gold.yaml"; }
        };
        PreparedSources sources = new PreparedSources() {
            @Override public List<String> names() { return List.copyOf(columns.keySet()); }
            @Override public List<PreparedColumn> columns(String source) { return columns.getOrDefault(source, List.of()); }
            @Override public long count(String source) { return 0; }
            @Override public RowStream rows(String source) { throw new UnsupportedOperationException("rows are not needed here"); }
            @Override public Optional<List<String>> row(String source, long rowNo) { return Optional.empty(); }
        };
        this.configure = new ConfigureGold(store, sources, audit, clock);
    }

    /** A CRM and a shop as the demo has them (a person source each), and an order export (not people). */
    public InMemoryGoldDesk withDemoSources() {
        columns.put("crm", List.of(new PreparedColumn("Contact ID", ColumnTag.RECORD_ID),
                new PreparedColumn("First Name", ColumnTag.GIVEN_NAME), new PreparedColumn("Last Name", ColumnTag.FAMILY_NAME),
                new PreparedColumn("Email", ColumnTag.EMAIL), new PreparedColumn("Loyalty Tier", ColumnTag.CATEGORY),
                new PreparedColumn("Email Opt In", ColumnTag.CONSENT), new PreparedColumn("Preferred Store", ColumnTag.TEXT)));
        columns.put("shop", List.of(new PreparedColumn("customer_id", ColumnTag.RECORD_ID),
                new PreparedColumn("full_name", ColumnTag.FULL_NAME), new PreparedColumn("mobile", ColumnTag.PHONE),
                new PreparedColumn("newsletter", ColumnTag.CONSENT)));
        columns.put("orders", List.of(new PreparedColumn("order_id", ColumnTag.RECORD_ID),
                new PreparedColumn("amount", ColumnTag.MONEY)));
        return this;
    }

    @Override public GoldSetup show() { return configure.show(actor.get()); }
    @Override public GoldSetup save(GoldSpec spec) { return configure.save(actor.get(), spec); }

    @Override
    public boolean canEdit() {
        return actor.get().may(io.lakefront.domain.governance.Permission.MANAGE_SOURCES)
                || actor.get().may(io.lakefront.domain.governance.Permission.RESOLVE_IDENTITIES);
    }
}
