package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.identity.Cluster;
import io.lakefront.domain.identity.IdentityEngine;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.LinkConstraint;
import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.PreviousClusters;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.Resolution;
import io.lakefront.domain.identity.ResolutionRequest;
import io.lakefront.domain.task.TaskContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a recommendation would change, measured by running the identity engine twice on the same
 * records — with the current rules and with the recommendation applied — and comparing the clusters:
 * pairs of records newly together or newly apart, clusters that grow large, and sample pairs.
 *
 * @param records        records resolved (every person source's)
 * @param pairsBefore    pairs of records in one cluster with the current rules
 * @param newPairs       pairs together with the recommendation that were apart
 * @param lostPairs      pairs apart with the recommendation that were together
 * @param newPairsWithSource of the new pairs, those with a record of the new source
 * @param clustersBefore people (clusters) with the current rules
 * @param clustersAfter  people with the recommendation
 * @param largestBefore  records in the largest cluster with the current rules
 * @param largestAfter   records in the largest cluster with the recommendation
 * @param grownLarge     clusters that would grow past {@link #LARGE_CLUSTER} records
 * @param matchBefore    scored pairs in the match band with the current rules (deterministic ones included)
 * @param matchAfter     the same with the recommendation
 * @param reviewBefore   scored pairs in the review band with the current rules
 * @param reviewAfter    the same with the recommendation
 * @param samples        records newly together, side by side (the new source's first)
 * @param splitSamples   records newly apart, side by side
 */
public record RuleImpact(RuleRecommendation recommendation, int records, long pairsBefore, long newPairs, long lostPairs,
                         long newPairsWithSource, int clustersBefore, int clustersAfter, int largestBefore,
                         int largestAfter, int grownLarge, long matchBefore, long matchAfter, long reviewBefore,
                         long reviewAfter, List<ProposeRules.SamplePair> samples,
                         List<ProposeRules.SamplePair> splitSamples) {
    /** A cluster past this many records is an over-merge risk worth a look. */
    public static final int LARGE_CLUSTER = 5;

    public RuleImpact {
        samples = List.copyOf(samples);
        splitSamples = List.copyOf(splitSamples);
    }

    /** True when the clusters and the bands come out the same with and without it. */
    public boolean unchanged() {
        return newPairs == 0 && lostPairs == 0 && matchBefore == matchAfter && reviewBefore == reviewAfter;
    }

    /** The over-merge warning, or {@code null}. */
    public String warning() {
        List<String> risks = new ArrayList<>();
        if (grownLarge > 0) {
            risks.add(grownLarge + (grownLarge == 1 ? " cluster grows" : " clusters grow") + " past " + LARGE_CLUSTER
                    + " records");
        }
        if (largestAfter > largestBefore) {
            risks.add("the largest cluster grows from " + largestBefore + " to " + largestAfter + " records");
        }
        return risks.isEmpty() ? null : "Over-merge risk: " + String.join("; ", risks) + ".";
    }

    /** One line: "+42 pairs matched (40 with support), −0 split; 1,603 → 1,570 people; largest 9 → 9". */
    public String summary() {
        return "+" + newPairs + " pairs together (" + newPairsWithSource + " with " + recommendation.source() + "), "
                + lostPairs + " apart; people " + clustersBefore + " → " + clustersAfter + "; largest cluster "
                + largestBefore + " → " + largestAfter + " records; match pairs " + matchBefore + " → " + matchAfter
                + ", review pairs " + reviewBefore + " → " + reviewAfter + " (engine run on " + records
                + " records, twice)";
    }

    /**
     * Runs the engine with {@code before} and {@code after} and compares.
     *
     * @param previous    the latest run's cluster ids (keeps the two runs' ids comparable)
     * @param constraints people's decisions in force, which hold in both runs
     * @param samples     most sample pairs of each kind
     */
    public static RuleImpact measure(RuleRecommendation recommendation, List<PersonRecord> records, IdentitySpec before,
                                     IdentitySpec after, PreviousClusters previous, List<LinkConstraint> constraints,
                                     IdentityEngine engine, int samples, TaskContext context) {
        context.message("Resolving with the current rules");
        Resolution was = engine.resolve(new ResolutionRequest(records, before, previous, constraints),
                new PhaseProgress(context, 0, PhaseProgress.WHOLE / 2));
        context.checkCancelled();
        context.message("Resolving with '" + recommendation.title() + "'");
        Resolution is = engine.resolve(new ResolutionRequest(records, after, previous, constraints),
                new PhaseProgress(context, PhaseProgress.WHOLE / 2, PhaseProgress.WHOLE));
        context.checkCancelled();
        Map<RecordKey, PersonRecord> byKey = new HashMap<>(records.size() * 2);
        records.forEach(r -> byKey.put(r.key(), r));
        Map<RecordKey, Long> wasOf = was.assignments();
        Map<RecordKey, Long> isOf = is.assignments();
        Diff joined = diff(is.clusters(), wasOf, recommendation.source(), byKey, samples);
        Diff split = diff(was.clusters(), isOf, recommendation.source(), byKey, samples);
        int grown = 0;
        Map<Long, Integer> sizeBefore = new HashMap<>();
        for (Cluster c : was.clusters()) {
            sizeBefore.put(c.id(), c.members().size());
        }
        for (Cluster c : is.clusters()) {
            int largestPart = 0;
            Map<Long, Integer> parts = new HashMap<>();
            for (RecordKey key : c.members()) {
                largestPart = Math.max(largestPart, parts.merge(wasOf.get(key), 1, Integer::sum));
            }
            if (c.members().size() > LARGE_CLUSTER && c.members().size() > largestPart) {
                grown++;
            }
        }
        context.progress(PhaseProgress.WHOLE, PhaseProgress.WHOLE);
        return new RuleImpact(recommendation, records.size(), pairsOf(was.clusters()), joined.pairs, split.pairs,
                joined.withSource, was.clusters().size(), is.clusters().size(), largest(was.clusters()),
                largest(is.clusters()), grown, was.pairs().count(MatchBand.MATCH), is.pairs().count(MatchBand.MATCH),
                was.pairs().count(MatchBand.REVIEW), is.pairs().count(MatchBand.REVIEW), joined.samples, split.samples);
    }

    private record Diff(long pairs, long withSource, List<ProposeRules.SamplePair> samples) {
    }

    /** Pairs together in {@code clusters} whose records {@code other} puts apart. */
    private static Diff diff(List<Cluster> clusters, Map<RecordKey, Long> other, String source,
                             Map<RecordKey, PersonRecord> byKey, int max) {
        long pairs = 0;
        long withSource = 0;
        List<ProposeRules.SamplePair> first = new ArrayList<>();
        List<ProposeRules.SamplePair> rest = new ArrayList<>();
        for (Cluster cluster : clusters) {
            List<RecordKey> members = cluster.members();
            if (members.size() < 2) {
                continue;
            }
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    RecordKey a = members.get(i);
                    RecordKey b = members.get(j);
                    if (other.get(a).equals(other.get(b))) {
                        continue;
                    }
                    pairs++;
                    boolean fromSource = a.source().equals(source) || b.source().equals(source);
                    if (fromSource) {
                        withSource++;
                    }
                    List<ProposeRules.SamplePair> list = fromSource ? first : rest;
                    if (list.size() < max) {
                        list.add(fromSource && !a.source().equals(source)
                                ? new ProposeRules.SamplePair(byKey.get(b), byKey.get(a))
                                : new ProposeRules.SamplePair(byKey.get(a), byKey.get(b)));
                    }
                }
            }
        }
        List<ProposeRules.SamplePair> samples = new ArrayList<>(first);
        for (ProposeRules.SamplePair pair : rest) {
            if (samples.size() < max) {
                samples.add(pair);
            }
        }
        return new Diff(pairs, withSource, samples);
    }

    private static long pairsOf(List<Cluster> clusters) {
        long pairs = 0;
        for (Cluster c : clusters) {
            long n = c.members().size();
            pairs += n * (n - 1) / 2;
        }
        return pairs;
    }

    private static int largest(List<Cluster> clusters) {
        return clusters.stream().mapToInt(c -> c.members().size()).max().orElse(0);
    }
}
