package io.lakefront.domain.identity.review;

import io.lakefront.domain.identity.Thresholds;
import java.util.Locale;

/**
 * What answering a review item is worth, 0..100, and its three parts, each 0..1:
 * <ul>
 *   <li><b>uncertainty</b>: {@code 1 - |w - mid| / half}, where {@code w} is the pair's match weight,
 *       {@code mid} the middle of the review band (halfway between the review and the auto-match
 *       thresholds) and {@code half} half the band's width; 1 in the middle, 0 at either threshold
 *       (and beyond). The model is least sure in the middle, so a person's answer teaches most there.</li>
 *   <li><b>join</b>: how many records a "match" would bring together — both clusters' sizes added
 *       (one cluster's size when the pair is already together, where a "not a match" would split it),
 *       as {@code log2(records) / 6}, capped at 1: two single records give 0.17, 64 or more give 1.</li>
 *   <li><b>importance</b>: the mean of the two sources' {@link SourceImportance}.</li>
 * </ul>
 * {@code value = 100 × (0.6 × uncertainty + 0.25 × join + 0.15 × importance)}: uncertainty leads,
 * the size of what a decision moves breaks near-ties, importance nudges (see ADR 0009).
 */
public record ReviewValue(double value, double uncertainty, double join, double importance, long recordsJoined,
                          double bitsFromMiddle) {
    static final double UNCERTAINTY_SHARE = 0.6;
    static final double JOIN_SHARE = 0.25;
    static final double IMPORTANCE_SHARE = 0.15;
    private static final double JOIN_SATURATION_BITS = 6;

    public static ReviewValue of(QueuedPair pair, Thresholds thresholds, SourceImportance importance) {
        double weight = pair.item().matchWeight();
        double middle = (thresholds.review() + thresholds.autoMatch()) / 2;
        double half = (thresholds.autoMatch() - thresholds.review()) / 2;
        double distance = Math.abs(weight - middle);
        double uncertainty = half <= 0 ? (distance == 0 ? 1 : 0) : clamp(1 - distance / half);
        long joined = pair.sameCluster() ? Math.max(2, pair.sizeA())
                : Math.max(1, pair.sizeA()) + Math.max(1, pair.sizeB());
        double join = clamp(Math.log(joined) / Math.log(2) / JOIN_SATURATION_BITS);
        double sources = clamp((importance.of(pair.item().a().source()) + importance.of(pair.item().b().source())) / 2);
        double value = 100 * (UNCERTAINTY_SHARE * uncertainty + JOIN_SHARE * join + IMPORTANCE_SHARE * sources);
        return new ReviewValue(value, uncertainty, join, sources, joined, distance);
    }

    /** A short line on why the item sits where it does in the queue. */
    public String why(boolean sameCluster) {
        return String.format(Locale.ROOT, "%.1f bits from the band's middle; %s %d records%s", bitsFromMiddle,
                sameCluster ? "a non-match would split" : "a match would join", recordsJoined,
                importance < 1 ? String.format(Locale.ROOT, "; source importance %.2f", importance) : "");
    }

    private static double clamp(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    }
}
