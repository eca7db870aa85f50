package io.lakefront.domain.gold;

import io.lakefront.domain.identity.RecordKey;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One source record as survivorship sees it: its gold values (checked against the gold schema),
 * its consents, when its system says it was created, and its recency: the latest of its creation
 * and last-change times ({@code null} when its source keeps neither).
 */
public record MemberRecord(RecordKey key, Map<GoldField, String> values, Map<ConsentChannel, Boolean> consents,
                           Map<String, String> custom, Instant createdAt, Instant latestAt) {
    public MemberRecord {
        Objects.requireNonNull(key, "key");
        values = Map.copyOf(values);
        consents = Map.copyOf(consents);
        custom = Map.copyOf(custom);
    }

    public MemberRecord(RecordKey key, Map<GoldField, String> values, Map<ConsentChannel, Boolean> consents,
                        Instant createdAt, Instant latestAt) {
        this(key, values, consents, Map.of(), createdAt, latestAt);
    }

    /** How many gold values the record fills (fields, consents and user fields): its completeness. */
    public int filled() {
        return values.size() + consents.size() + custom.size();
    }
}
