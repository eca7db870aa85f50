package io.lakefront.domain.prep;

import java.util.Map;

/**
 * One column's part in a preparation: its settings, the normalizer that applies them, and the counts
 * of what happened to its values. Phone numbers are read with the row's own country when the source
 * has a country column, else with the source's default region.
 *
 * <p>A plan counts into its own fields and is used by one thread at a time. Parallel work gives each
 * thread a {@link #worker()} copy (same rule, own counts, own memo of repeated values) and adds the
 * copies' counts back with {@link #addCounts}.
 */
final class ColumnPlan {
    final int position;
    final String column;
    final ColumnTag tag;
    final ColumnTag detected;
    final double confidence;
    final boolean edited;
    final Map<String, String> parameters;
    private final Normalizer normalizer;
    private final PhoneNormalizer phones;
    private final String defaultRegion;
    private final boolean regionPerRow;
    private final boolean unsure;
    /** Outcomes of repeated values; {@code null} on the plan itself, one per {@link #worker()} copy. */
    private final ValueCache memo;
    long normalized;
    long kept;
    long quarantined;
    long missing;

    private ColumnPlan(int position, String column, ColumnTag tag, ColumnTag detected, double confidence, boolean edited,
                       Map<String, String> parameters, Normalizer normalizer, PhoneNormalizer phones,
                       String defaultRegion, boolean regionPerRow, boolean unsure,
                       ValueCache memo) {
        this.position = position;
        this.column = column;
        this.tag = tag;
        this.detected = detected;
        this.confidence = confidence;
        this.edited = edited;
        this.parameters = Map.copyOf(parameters);
        this.normalizer = normalizer;
        this.phones = phones;
        this.defaultRegion = defaultRegion;
        this.regionPerRow = regionPerRow;
        this.unsure = unsure;
        this.memo = memo;
    }

    /** A column normalized by a rule, or kept as read when {@code normalizer} is {@code null}. */
    static ColumnPlan of(int position, String column, ColumnTag tag, ColumnTag detected, double confidence,
                         boolean edited, Map<String, String> parameters, Normalizer normalizer) {
        return new ColumnPlan(position, column, tag, detected, confidence, edited, parameters, normalizer, null, null,
                false, false, null);
    }

    /** A column whose tag is too unsure to act on: its values are kept as read. */
    static ColumnPlan unsure(int position, String column, ColumnTag tag, ColumnTag detected, double confidence) {
        return new ColumnPlan(position, column, tag, detected, confidence, false, Map.of(), null, null, null, false,
                true, null);
    }

    static ColumnPlan phones(int position, String column, ColumnTag detected, double confidence, boolean edited,
                             Map<String, String> parameters, PhoneNormalizer phones, String defaultRegion,
                             boolean regionPerRow) {
        return new ColumnPlan(position, column, ColumnTag.PHONE, detected, confidence, edited, parameters, null, phones,
                defaultRegion, regionPerRow, false, null);
    }

    /**
     * A copy for one thread of a parallel preparation: the same rule, counts from zero, and a memo of
     * the values it has normalized. Normalizers must be safe to share between threads (they are pure).
     */
    ColumnPlan worker() {
        boolean normalizes = phones != null || normalizer != null;
        return new ColumnPlan(position, column, tag, detected, confidence, edited, parameters, normalizer, phones,
                defaultRegion, regionPerRow, unsure, normalizes ? new ValueCache() : null);
    }

    /** Adds the counts of a {@link #worker()} copy of this plan. */
    void addCounts(ColumnPlan worker) {
        normalized += worker.normalized;
        kept += worker.kept;
        quarantined += worker.quarantined;
        missing += worker.missing;
    }

    /** Normalizes one value and counts the outcome; {@code rowRegion} is the row's country, or {@code null}. */
    Normalized apply(String raw, String rowRegion) {
        Normalized result;
        if (phones != null) {
            result = Normalizer.isMissing(raw) ? Normalized.missing()
                    : remembered(raw, regionPerRow && rowRegion != null ? rowRegion : defaultRegion);
        } else if (normalizer != null) {
            result = raw == null ? normalizer.normalize(null) : remembered(raw, null);
        } else {
            result = Normalizer.isMissing(raw) ? Normalized.missing() : Normalized.valid(raw);
        }
        if (result instanceof Normalized.Invalid) {
            quarantined++;
        } else if (result instanceof Normalized.Missing) {
            missing++;
        } else if (normalizer == null && phones == null) {
            kept++;
        } else {
            normalized++;
        }
        return result;
    }

    /** The outcome from the memo, else from the normalizer (then remembered); {@code raw} is not null. */
    private Normalized remembered(String raw, String region) {
        if (memo == null || !memo.active()) {
            return normalize(raw, region);
        }
        // Phones read with each row's own country depend on it; every other outcome on the value alone.
        String key = regionPerRow ? region + '\n' + raw : raw;
        Normalized result = memo.get(key);
        if (result == null) {
            result = normalize(raw, region);
            memo.put(key, result);
        }
        return result;
    }

    private Normalized normalize(String raw, String region) {
        return phones != null ? phones.toE164(raw, region) : normalizer.normalize(raw);
    }

    String rule() {
        if (phones != null) {
            String otherwise = defaultRegion == null ? "a number without a country code is quarantined"
                    : "country code " + defaultRegion + " when none is written";
            return regionPerRow ? "E.164; country code from the row's country, else " + otherwise : "E.164; " + otherwise;
        }
        if (unsure) {
            return String.format(java.util.Locale.ROOT, "kept as read: tag too unsure (%.2f) to normalize by; "
                    + "confirm or correct it in the source's YAML file", confidence);
        }
        return normalizer == null ? "kept as read" : normalizer.rule();
    }

    ColumnPreparation settings() {
        return new ColumnPreparation(column, tag, confidence, edited, detected, rule(), parameters);
    }

    ColumnOutcome outcome() {
        return new ColumnOutcome(column, tag, confidence, edited, rule(), normalized, kept, quarantined, missing);
    }

    PreparedColumn preparedColumn() {
        return new PreparedColumn(column, tag);
    }
}
