package io.lakefront.domain.audience.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.task.TaskContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The cache answers from an index of the tables as the caller's version key says they are now. */
class AudienceIndexCacheTest {
    private static final Instant NOW = Instant.parse("2026-10-20T23:59:59Z");
    private static final Filter TEXANS = Filter.compare("region", "=", "TX");

    private final List<String[]> table = new ArrayList<>();
    private final AtomicLong version = new AtomicLong(1);
    private final AudienceSnapshotSource source = (builder, context) -> {
        for (String[] row : table) {
            Map<AudienceField, Object> values = new EnumMap<>(AudienceField.class);
            values.put(AudienceField.CUSTOMER_ID, row[0]);
            values.put(AudienceField.REGION, row[1]);
            builder.customer(values::get);
        }
    };
    private final AudienceIndexCache cache = new AudienceIndexCache(source, ZoneOffset.UTC, version::get);

    @Test
    void rebuildsOnlyWhenTheVersionChanges() {
        table.add(new String[] {"A", "TX"});
        assertThat(cache.ifCurrent()).isEmpty();
        assertThat(cache.ids(TEXANS, NOW)).containsExactly("A");

        table.add(new String[] {"B", "TX"});
        // Same version: the tables are taken as unchanged, the index is reused.
        assertThat(cache.count(TEXANS, NOW)).isEqualTo(1);
        assertThat(cache.builds()).isEqualTo(1);

        version.incrementAndGet();
        assertThat(cache.ifCurrent()).isEmpty();
        assertThat(cache.insights(TEXANS, NOW).size()).isEqualTo(2);
        assertThat(cache.builds()).isEqualTo(2);
        assertThat(cache.ifCurrent()).containsSame(cache.current(TaskContext.silent()));
    }

    @Test
    void invalidateForcesARebuild() {
        table.add(new String[] {"A", "TX"});
        cache.count(TEXANS, NOW);
        table.clear();
        cache.invalidate();

        assertThat(cache.count(TEXANS, NOW)).isZero();
        assertThat(cache.builds()).isEqualTo(2);
    }
}
