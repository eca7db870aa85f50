package io.lakefront.ui.customers;

import io.lakefront.domain.gold.profile.CustomerProfile;
import io.lakefront.domain.gold.profile.CustomerSearch;
import io.lakefront.domain.gold.profile.SplitOutMember;
import io.lakefront.domain.identity.RecordKey;

/**
 * What the Customers screen needs from below, on behalf of the workspace's user: search, one
 * customer's profile, and splitting a member out. The app's composition root implements it over the
 * Customer 360 use cases (which mask personal data for roles without the permission); every method may
 * read the database, so none runs on the UI thread.
 */
public interface CustomerDesk {
    /** The best {@code limit} customers for the text; the first customers by id for a blank text. */
    CustomerSearch search(String text, int limit);

    CustomerProfile show(String customerId);

    /** Records the split (audited); the customer changes at the next resolution run. */
    SplitOutMember.Split split(String customerId, RecordKey record, String reason);

    /** True when the user's roles allow splitting members out. */
    boolean maySplit();
}
