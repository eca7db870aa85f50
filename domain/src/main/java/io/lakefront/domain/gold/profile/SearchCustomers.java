package io.lakefront.domain.gold.profile;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Customer search by name, email or phone, typos included, fast enough to run on every keystroke: the
 * gold table is read once into a {@link CustomerIndex}, which is built again when a new resolution run
 * has replaced the table. Results list masked contact details unless the actor may view personal data.
 * One instance per workspace (it holds the index).
 */
public final class SearchCustomers {
    private final CustomerProfiles profiles;
    private CustomerIndex index;
    private OptionalLong indexedRun = OptionalLong.empty();
    private boolean built;

    public SearchCustomers(CustomerProfiles profiles) {
        this.profiles = profiles;
    }

    /**
     * The best {@code limit} customers for {@code text}, best first; a blank text lists the first
     * customers by id.
     */
    public CustomerSearch search(Actor actor, String text, int limit) {
        actor.require(Permission.VIEW_WORKSPACE);
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, got " + limit);
        }
        CustomerIndex current = index();
        boolean masked = !actor.may(Permission.VIEW_PERSONAL_DATA);
        String query = text == null ? "" : text;
        List<CustomerIndex.Hit> hits = query.isBlank()
                ? current.first(limit).stream().map(id -> new CustomerIndex.Hit(id, CustomerIndex.Field.ID, 0)).toList()
                : current.search(query, limit);
        Map<String, CustomerSummary> lines = profiles.summaries(hits.stream().map(CustomerIndex.Hit::customerId).toList())
                .stream().collect(Collectors.toMap(CustomerSummary::customerId, Function.identity(), (a, b) -> a));
        List<CustomerSearch.Result> results = new ArrayList<>();
        for (CustomerIndex.Hit hit : hits) {
            CustomerSummary line = lines.get(hit.customerId());
            if (line != null) {
                results.add(new CustomerSearch.Result(masked ? line.masked() : line, hit.matchedOn(), hit.score()));
            }
        }
        return new CustomerSearch(query, results, current.size(), masked);
    }

    /** The index of the latest run's gold table, built on first use and again after every run. */
    public synchronized CustomerIndex index() {
        OptionalLong run = profiles.latestRun();
        if (!built || !run.equals(indexedRun)) {
            CustomerIndex.Builder builder = CustomerIndex.builder();
            profiles.forEachSearchable(builder::add);
            index = builder.build();
            indexedRun = run;
            built = true;
        }
        return index;
    }
}
