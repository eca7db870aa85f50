package io.lakefront.domain.identity.workspace;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A committed resolution run as the workspace remembers it: who ran it with which rules, what it
 * read, what it decided, what it kept of the previous run's ids, what it wrote, and the diagnostics
 * the Identity screen shows (candidate pairs per blocking rule, time per engine phase, a histogram
 * of the model's match weights for threshold sliders, notes).
 *
 * @param specOrigin      where the rules came from ({@code identity.yaml}, {@code built from the
 *                        sources' tags (written to identity.yaml)}, {@code --config rules.yaml})
 * @param specFingerprint SHA-256 (hex) of the rules in their canonical text form
 * @param largestCluster  records in the largest cluster
 * @param clustersKept    clusters that kept an id of the previous run
 * @param clustersNew     clusters that got a fresh id
 * @param clustersRetired ids of the previous run that no cluster carries any more (never handed out again)
 * @param pairsKept       scored pairs stored for the screen (every match and review pair and the
 *                        non-matches near the review threshold)
 * @param millisPerPhase  time per phase of the run: read, resolve, store, gold; the engine's own phases
 *                        follow resolve as {@code resolve/prepare}, {@code resolve/block}, {@code resolve/train}, ...
 * @param weightHistogram pairs the model scored (not settled by a deterministic rule) per 1-bit bin of
 *                        match weight: bin {@code w} counts weights in {@code [w, w + 1)}; the outer bins
 *                        also hold everything beyond them
 */
public record ResolutionRun(long id, Instant startedAt, Instant finishedAt, String actor, String specOrigin,
                            String specFingerprint, long records, long clusters, long largestCluster, long clustersKept, long clustersNew,
                            long clustersRetired, long candidatePairs, long matchPairs, long reviewPairs,
                            long nonMatchPairs, long deterministicPairs, long pairsKept, long edgesCut,
                            long reviewItemsAdded, long customers, long purchases, long supportTickets,
                            long engagementEvents, long eventsUnkeyed, long millis, List<SourceUse> sources,
                            Map<String, Long> pairsPerRule, Map<String, Long> millisPerPhase,
                            SortedMap<Integer, Long> weightHistogram, List<String> notes) {
    public ResolutionRun {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(specOrigin, "specOrigin");
        Objects.requireNonNull(specFingerprint, "specFingerprint");
        sources = List.copyOf(sources);
        pairsPerRule = Collections.unmodifiableMap(new LinkedHashMap<>(pairsPerRule));
        millisPerPhase = Collections.unmodifiableMap(new LinkedHashMap<>(millisPerPhase));
        weightHistogram = Collections.unmodifiableSortedMap(new TreeMap<>(weightHistogram));
        notes = List.copyOf(notes);
    }

    public Duration duration() {
        return Duration.ofMillis(millis);
    }

    /** The sources whose records were resolved as people. */
    public List<String> peopleSources() {
        return sources.stream().filter(SourceUse::people).map(SourceUse::source).toList();
    }

    /** The same run under the id the store gave it. */
    public ResolutionRun withId(long newId) {
        return new ResolutionRun(newId, startedAt, finishedAt, actor, specOrigin, specFingerprint, records, clusters, largestCluster,
                clustersKept, clustersNew, clustersRetired, candidatePairs, matchPairs, reviewPairs, nonMatchPairs,
                deterministicPairs, pairsKept, edgesCut, reviewItemsAdded, customers, purchases, supportTickets,
                engagementEvents, eventsUnkeyed, millis, sources, pairsPerRule, millisPerPhase, weightHistogram, notes);
    }
}
