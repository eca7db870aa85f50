package io.lakefront.domain.prep;

import java.util.Map;

/**
 * One column's part in a preparation: its settings, the normalizer that applies them, and the counts
 * of what happened to its values. Phone numbers are read with the row's own country when the source
 * has a country column, else with the source's default region.
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
    long normalized;
    long kept;
    long quarantined;
    long missing;

    private ColumnPlan(int position, String column, ColumnTag tag, ColumnTag detected, double confidence, boolean edited,
                       Map<String, String> parameters, Normalizer normalizer, PhoneNormalizer phones,
                       String defaultRegion, boolean regionPerRow, boolean unsure) {
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
    }

    /** A column normalized by a rule, or kept as read when {@code normalizer} is {@code null}. */
    static ColumnPlan of(int position, String column, ColumnTag tag, ColumnTag detected, double confidence,
                         boolean edited, Map<String, String> parameters, Normalizer normalizer) {
        return new ColumnPlan(position, column, tag, detected, confidence, edited, parameters, normalizer, null, null, false, false);
    }

    /** A column whose tag is too unsure to act on: its values are kept as read. */
    static ColumnPlan unsure(int position, String column, ColumnTag tag, ColumnTag detected, double confidence) {
        return new ColumnPlan(position, column, tag, detected, confidence, false, Map.of(), null, null, null, false, true);
    }

    static ColumnPlan phones(int position, String column, ColumnTag detected, double confidence, boolean edited,
                             Map<String, String> parameters, PhoneNormalizer phones, String defaultRegion,
                             boolean regionPerRow) {
        return new ColumnPlan(position, column, ColumnTag.PHONE, detected, confidence, edited, parameters, null, phones,
                defaultRegion, regionPerRow, false);
    }

    /** Normalizes one value and counts the outcome; {@code rowRegion} is the row's country, or {@code null}. */
    Normalized apply(String raw, String rowRegion) {
        Normalized result;
        if (phones != null) {
            result = Normalizer.isMissing(raw) ? Normalized.missing()
                    : phones.toE164(raw, regionPerRow && rowRegion != null ? rowRegion : defaultRegion);
        } else if (normalizer != null) {
            result = normalizer.normalize(raw);
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
