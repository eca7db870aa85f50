package io.lakefront.app.customers;

import io.lakefront.domain.gold.metrics.RefreshCustomerMetrics;
import io.lakefront.domain.gold.profile.CustomerProfile;
import io.lakefront.domain.gold.profile.CustomerSearch;
import io.lakefront.domain.gold.profile.SearchCustomers;
import io.lakefront.domain.gold.profile.ShowCustomer;
import io.lakefront.domain.gold.profile.SplitOutMember;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.ui.customers.CustomerDesk;
import java.util.function.Supplier;

/** The Customers screen's port over the Customer 360 use cases, acting as the workspace's user. */
public final class WorkspaceCustomerDesk implements CustomerDesk {
    private final Supplier<Actor> actor;
    private final SearchCustomers search;
    private final ShowCustomer show;
    private final SplitOutMember split;
    private final RefreshCustomerMetrics metrics;

    public WorkspaceCustomerDesk(Supplier<Actor> actor, SearchCustomers search, ShowCustomer show, SplitOutMember split,
                                 RefreshCustomerMetrics metrics) {
        this.actor = actor;
        this.search = search;
        this.show = show;
        this.split = split;
        this.metrics = metrics;
    }

    @Override
    public CustomerSearch search(String text, int limit) {
        return search.search(actor.get(), text, limit);
    }

    @Override
    public CustomerProfile show(String customerId) {
        // Metrics are as of the workspace clock: the first profile after the clock moved computes them again
        // (in the screen's background task, like the profile itself).
        metrics.ensureCurrent(TaskContext.silent());
        return show.show(actor.get(), customerId);
    }

    @Override
    public SplitOutMember.Split split(String customerId, RecordKey record, String reason) {
        return split.split(actor.get(), customerId, record, reason);
    }

    @Override
    public boolean maySplit() {
        Actor user = actor.get();
        return user.may(Permission.RESOLVE_IDENTITIES) || user.may(Permission.REVIEW_MATCHES);
    }
}
