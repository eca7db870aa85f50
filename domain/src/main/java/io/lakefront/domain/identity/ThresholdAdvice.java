package io.lakefront.domain.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The feedback loop's threshold: the lowest auto-match weight at which the pairs people labelled
 * keep a target precision — with few labels the model's own threshold stands, with many the
 * threshold moves to where the labels say mistakes begin.
 *
 * @param autoMatch         the suggested auto-match threshold (never below the review threshold)
 * @param labelledPrecision the labelled pairs' precision at that threshold
 * @param labelledRecall    the share of labelled matches at or above it
 * @param labelled          how many labelled pairs of the run it was computed from
 */
public record ThresholdAdvice(double autoMatch, double labelledPrecision, double labelledRecall, int labelled) {
    /** Fewer labelled pairs than this say too little to move a threshold. */
    public static final int MIN_LABELS = 20;

    /**
     * @param labels people's decisions (must-link = match); pairs with a record outside the run are skipped
     * @return empty with too few labels, or when no threshold reaches the target
     */
    public static Optional<ThresholdAdvice> of(Resolution resolution, List<LinkConstraint> labels,
                                               double targetPrecision) {
        record Scored(double weight, boolean match, double labelWeight) {
        }
        List<Scored> scored = new ArrayList<>();
        for (LinkConstraint label : labels) {
            Waterfall explained;
            try {
                explained = resolution.explain(label.a(), label.b());
            } catch (io.lakefront.domain.UserError notInRun) {
                continue;
            }
            scored.add(new Scored(explained.matchWeight(), label.kind() == LinkConstraint.Kind.MUST_LINK,
                    label.labelWeight()));
        }
        if (scored.size() < MIN_LABELS || scored.stream().noneMatch(Scored::match)) {
            return Optional.empty();
        }
        scored.sort(Comparator.comparingDouble(Scored::weight).reversed());
        double allMatches = scored.stream().filter(Scored::match).mapToDouble(Scored::labelWeight).sum();
        double floor = resolution.spec().thresholds().review();
        double matches = 0;
        double total = 0;
        ThresholdAdvice best = null;
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            matches += s.match() ? s.labelWeight() : 0;
            total += s.labelWeight();
            boolean lastOfItsWeight = i + 1 == scored.size() || scored.get(i + 1).weight() < s.weight();
            if (!lastOfItsWeight || s.weight() < floor || total == 0) {
                continue;
            }
            double precision = matches / total;
            if (precision >= targetPrecision && s.match()) {
                best = new ThresholdAdvice(s.weight(), precision, matches / allMatches, scored.size());
            }
        }
        return Optional.ofNullable(best);
    }
}
