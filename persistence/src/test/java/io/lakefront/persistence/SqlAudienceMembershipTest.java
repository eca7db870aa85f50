package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.audience.Filter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Membership for some customers against {@link JdbiAudienceQuery} over everyone: on random data and random
 * filters (the index property test's), the ids selected among a random subset are exactly the full
 * query's answer restricted to that subset, also when the subset spans several chunks.
 */
class SqlAudienceMembershipTest {
    private static final Instant NOW = Instant.parse("2026-10-20T23:59:59Z");

    private WorkspaceDatabase database;

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void selectsWhatTheFullQuerySelectsAmongTheGivenIds() {
        database = TestDatabases.fresh("membership");
        Random random = new Random(7);
        List<String> pool = ColumnarAudienceIndexPropertyTest.load(database, random, 60);
        JdbiAudienceQuery everyone = new JdbiAudienceQuery(database.jdbi());
        SqlAudienceMembership membership = new SqlAudienceMembership(database.jdbi());
        ColumnarAudienceIndexPropertyTest.Filters filters = new ColumnarAudienceIndexPropertyTest.Filters(random, pool);
        int selectingSome = 0;
        for (int i = 0; i < 150; i++) {
            Filter filter = filters.any(3);
            List<String> subset = new ArrayList<>();
            for (String id : pool) {
                if (random.nextBoolean()) {
                    subset.add(id);
                }
            }
            subset.add("not-a-customer");
            Set<String> expected = new HashSet<>(everyone.ids(filter, NOW));
            expected.retainAll(subset);
            Set<String> actual = membership.selected(filter, subset, NOW);
            assertThat(actual).as("filter %s", filter).isEqualTo(expected);
            selectingSome += expected.isEmpty() ? 0 : 1;
            // One customer at a time, as the loop asks.
            String one = pool.get(random.nextInt(pool.size()));
            assertThat(membership.selected(filter, List.of(one), NOW))
                    .isEqualTo(everyone.ids(filter, NOW).contains(one) ? Set.of(one) : Set.of());
        }
        assertThat(selectingSome).isGreaterThan(50);
    }

    @Test
    void chunksLargeIdListsAndIgnoresUnknownIds() {
        database = TestDatabases.fresh("membership-chunks");
        List<String> pool = ColumnarAudienceIndexPropertyTest.load(database, new Random(3), 40);
        List<String> ids = new ArrayList<>(pool);
        for (int i = 0; i < SqlAudienceMembership.IDS_PER_QUERY * 2; i++) {
            ids.add("ghost-" + i);
        }
        ids.add(pool.get(0));
        SqlAudienceMembership membership = new SqlAudienceMembership(database.jdbi());
        Filter everyone = Filter.and();
        assertThat(membership.selected(everyone, ids, NOW)).containsExactlyInAnyOrderElementsOf(pool);
        assertThat(membership.selected(everyone, List.of(), NOW)).isEmpty();
        assertThat(membership.selected(Filter.or(), pool, NOW)).isEmpty();
    }
}
