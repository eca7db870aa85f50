package io.lakefront.domain.gold;

import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.EmailNormalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the resolved person an event row refers to: by a person source's record id (an order's
 * {@code customer_id} is the shop's customer record), or by an email address or phone number that
 * the person's records hold. An address or number that records of two different people share
 * refers to nobody.
 */
final class PersonIndex {
    private static final long SHARED = -1;
    private static final int MIN_PHONE_DIGITS = 7;

    private final Map<RecordKey, Long> clusterOf;
    private final Map<String, Long> byEmail = new HashMap<>();
    private final Map<String, Long> byPhone = new HashMap<>();
    private final EmailNormalizer emails = new EmailNormalizer();

    private PersonIndex(Map<RecordKey, Long> clusterOf) {
        this.clusterOf = clusterOf;
    }

    static PersonIndex of(List<SourceRows> people, Map<RecordKey, Long> clusterOf) {
        PersonIndex index = new PersonIndex(clusterOf);
        for (SourceRows source : people) {
            for (int c = 0; c < source.columns().size(); c++) {
                ColumnTag tag = source.columns().get(c).tag();
                if (tag != ColumnTag.EMAIL && tag != ColumnTag.PHONE) {
                    continue;
                }
                for (int r = 0; r < source.size(); r++) {
                    List<String> row = source.rows().get(r);
                    Long cluster = clusterOf.get(source.key(r));
                    String value = c < row.size() ? row.get(c) : null;
                    if (cluster == null || value == null || value.isBlank()) {
                        continue;
                    }
                    if (tag == ColumnTag.EMAIL) {
                        add(index.byEmail, index.emailKey(value), cluster);
                    } else {
                        add(index.byPhone, digits(value), cluster);
                    }
                }
            }
        }
        return index;
    }

    private static void add(Map<String, Long> index, String key, long cluster) {
        if (key != null) {
            index.merge(key, cluster, (old, added) -> old.equals(added) ? old : SHARED);
        }
    }

    /** The cluster whose record has this id in {@code source}, or -1. */
    long byRecordId(String source, String value) {
        Long cluster = value == null ? null : clusterOf.get(new RecordKey(source, value.strip()));
        return cluster == null ? -1 : cluster;
    }

    /** The cluster of the only person with this email address or phone number, or -1. */
    long byContact(String value) {
        if (value == null || value.isBlank()) {
            return -1;
        }
        Long cluster = value.indexOf('@') > 0 ? byEmail.get(emailKey(value)) : byPhone.get(digits(value));
        return cluster == null ? -1 : cluster;
    }

    private String emailKey(String value) {
        return emails.matchKey(value.strip().toLowerCase(Locale.ROOT));
    }

    private static String digits(String value) {
        StringBuilder digits = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.length() < MIN_PHONE_DIGITS ? null : digits.toString();
    }
}
