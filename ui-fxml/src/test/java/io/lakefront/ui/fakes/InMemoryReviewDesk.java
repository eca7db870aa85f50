package io.lakefront.ui.fakes;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.identity.MatchModel;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.Thresholds;
import io.lakefront.domain.identity.Waterfall;
import io.lakefront.domain.identity.WaterfallStep;
import io.lakefront.domain.identity.review.ComparisonPattern;
import io.lakefront.domain.identity.review.DecideReview;
import io.lakefront.domain.identity.review.FieldEvidence;
import io.lakefront.domain.identity.review.FieldSimilarity;
import io.lakefront.domain.identity.review.FindSimilarPairs;
import io.lakefront.domain.identity.review.ModelVerdict;
import io.lakefront.domain.identity.review.QueueEntry;
import io.lakefront.domain.identity.review.QueuedPair;
import io.lakefront.domain.identity.review.ReviewAnswer;
import io.lakefront.domain.identity.review.ReviewItem;
import io.lakefront.domain.identity.review.ReviewItemDetail;
import io.lakefront.domain.identity.review.ReviewPage;
import io.lakefront.domain.identity.review.ReviewQuery;
import io.lakefront.domain.identity.review.ReviewSide;
import io.lakefront.domain.identity.review.ReviewStatus;
import io.lakefront.domain.identity.review.ReviewValue;
import io.lakefront.domain.identity.review.SourceImportance;
import io.lakefront.domain.identity.review.Verdict;
import io.lakefront.domain.identity.workspace.ClusterSummary;
import io.lakefront.domain.identity.workspace.ExplainPair;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.ui.review.ReviewDesk;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Review screen's port in memory: three open pairs (Maria's and Anna's with one comparison
 * pattern, James's with another and a model verdict), answered, undone and listed as the real use
 * cases do — one batch per call, undo takes the newest batch back.
 */
public final class InMemoryReviewDesk implements ReviewDesk {
    private static final Thresholds BAND = new Thresholds(6, 0);

    private record Pair(RecordKey a, RecordKey b, Map<String, String> valuesA, Map<String, String> valuesB,
                        List<WaterfallStep> steps, ModelVerdict verdict) {
        double weight() {
            return steps.stream().mapToDouble(WaterfallStep::total).sum();
        }
    }

    private final Instant now;
    private final String user;
    private final Map<Long, Pair> pairs = new LinkedHashMap<>();
    private final Map<Long, ReviewItem> items = new LinkedHashMap<>();
    private long batches;
    public int shows;

    public InMemoryReviewDesk(Instant now, String user) {
        this.now = now;
        this.user = user;
    }

    /** The three pairs. */
    public static InMemoryReviewDesk withPairs(Instant now, String user) {
        InMemoryReviewDesk desk = new InMemoryReviewDesk(now, user);
        desk.add(1, new RecordKey("crm", "C-1001"), new RecordKey("webshop", "w-7"),
                Map.of("First Name", "Maria", "Last Name", "Lopez", "E-mail", "maria.lopez@example.com"),
                Map.of("name", "Maria Lopes", "customer_email", "m.lopes@example.net"),
                List.of(step("prior", "", null, null, -5.0), step("given_name", "exact", "maria", "maria", 5.2),
                        step("family_name", "Jaro-Winkler >= 0.92", "lopez", "lopes", 4.1),
                        step("email", "else", "maria.lopez@example.com", "m.lopes@example.net", -1.2)), null);
        desk.add(2, new RecordKey("crm", "C-1002"), new RecordKey("webshop", "w-9"),
                Map.of("First Name", "James", "Last Name", "O'Neil"), Map.of("name", "Jim O'Neil"),
                List.of(step("prior", "", null, null, -5.0), step("given_name", "nickname", "james", "jim", 4.0),
                        step("family_name", "exact", "o'neil", "o'neil", 6.5), step("email", "missing", null, null, 0)),
                new ModelVerdict(new RecordKey("crm", "C-1002"), new RecordKey("webshop", "w-9"), Verdict.SAME, 0.82,
                        "Jim is a common short form of James and the family names agree.", "local-llm", now));
        desk.add(3, new RecordKey("crm", "C-1003"), new RecordKey("webshop", "w-3"),
                Map.of("First Name", "Anna", "Last Name", "Schmidt"), Map.of("name", "Anna Schmit"),
                List.of(step("prior", "", null, null, -5.0), step("given_name", "exact", "anna", "anna", 5.2),
                        step("family_name", "Jaro-Winkler >= 0.92", "schmidt", "schmit", 4.1),
                        step("email", "else", "anna.schmidt@example.de", "anna@example.de", -0.3)), null);
        return desk;
    }

    private static WaterfallStep step(String comparison, String level, String a, String b, double weight) {
        return new WaterfallStep(comparison, level, a, b, weight, 0);
    }

    private void add(long id, RecordKey a, RecordKey b, Map<String, String> valuesA, Map<String, String> valuesB,
                     List<WaterfallStep> steps, ModelVerdict verdict) {
        Pair pair = new Pair(a, b, valuesA, valuesB, steps, verdict);
        pairs.put(id, pair);
        items.put(id, new ReviewItem(id, a, b, pair.weight(), MatchModel.probability(pair.weight()), ReviewStatus.OPEN, now,
                1L, null, null, null, null));
    }

    public ReviewItem item(long id) {
        return items.get(id);
    }

    private List<QueueEntry> ordered() {
        List<QueueEntry> entries = new ArrayList<>();
        for (ReviewItem item : items.values()) {
            if (item.open()) {
                QueuedPair queued = new QueuedPair(item, item.id() * 10, 1, item.id() * 10 + 1, 1);
                entries.add(new QueueEntry(queued, ReviewValue.of(queued, BAND, SourceImportance.equal())));
            }
        }
        entries.sort(Comparator.comparingDouble((QueueEntry e) -> e.value().value()).reversed()
                .thenComparingLong(e -> e.item().id()));
        return entries;
    }

    @Override
    public ReviewPage queue(ReviewQuery query) {
        List<QueueEntry> all = ordered();
        int from = Math.min(query.offset(), all.size());
        return new ReviewPage(all.subList(from, Math.min(all.size(), from + query.limit())), all.size());
    }

    @Override
    public ReviewItemDetail show(long itemId, TaskContext context) {
        shows++;
        Pair pair = pairs.get(itemId);
        if (pair == null) {
            throw new UserError("no review item " + itemId);
        }
        Waterfall waterfall = waterfall(pair);
        List<FieldEvidence> fields = new ArrayList<>();
        for (WaterfallStep step : pair.steps().subList(1, pair.steps().size())) {
            fields.add(new FieldEvidence(step.comparison(), step.level(), step.valueA(), step.valueB(), step.total(),
                    FieldSimilarity.ofLevel(step.level())));
        }
        return new ReviewItemDetail(items.get(itemId),
                new ReviewSide(pair.a(), pair.valuesA(), true, new ClusterSummary(itemId * 10, List.of(pair.a()))),
                new ReviewSide(pair.b(), pair.valuesB(), true, new ClusterSummary(itemId * 10 + 1, List.of(pair.b()))),
                fields, new ExplainPair.Explanation(waterfall, 1, false, List.of()), Optional.ofNullable(pair.verdict()),
                List.of());
    }

    private static Waterfall waterfall(Pair pair) {
        return new Waterfall(pair.a(), pair.b(), pair.steps(), pair.weight(), MatchModel.probability(pair.weight()),
                MatchBand.REVIEW, null);
    }

    @Override
    public DecideReview.Answered decide(long itemId, ReviewAnswer answer) {
        ReviewItem item = items.get(itemId);
        if (item == null || !item.open()) {
            throw new UserError("review item " + itemId + " is not open");
        }
        return answer(List.of(itemId), answer);
    }

    private DecideReview.Answered answer(List<Long> ids, ReviewAnswer answer) {
        long batch = ++batches;
        List<ReviewItem> closed = new ArrayList<>();
        for (long id : ids) {
            ReviewItem item = items.get(id);
            if (item == null || !item.open()) {
                continue;
            }
            ReviewItem now = new ReviewItem(id, item.a(), item.b(), item.matchWeight(), item.matchProbability(),
                    answer == ReviewAnswer.SKIP ? ReviewStatus.SKIPPED : ReviewStatus.DECIDED, item.createdAt(), item.runId(),
                    answer, user, this.now, batch);
            items.put(id, now);
            closed.add(now);
        }
        return new DecideReview.Answered(batch, answer, closed);
    }

    @Override
    public List<ReviewItem> undo() {
        long newest = items.values().stream().filter(i -> i.batch() != null).mapToLong(ReviewItem::batch).max().orElse(-1);
        if (newest < 0) {
            throw new UserError("nothing to undo: " + user + " has no answered review item");
        }
        List<ReviewItem> reopened = new ArrayList<>();
        for (ReviewItem item : List.copyOf(items.values())) {
            if (item.batch() != null && item.batch() == newest) {
                ReviewItem open = new ReviewItem(item.id(), item.a(), item.b(), item.matchWeight(), item.matchProbability(),
                        ReviewStatus.OPEN, item.createdAt(), item.runId(), null, null, null, null);
                items.put(item.id(), open);
                reopened.add(open);
            }
        }
        return reopened;
    }

    @Override
    public FindSimilarPairs.Preview similar(long itemId, TaskContext context) {
        ComparisonPattern pattern = ComparisonPattern.of(waterfall(pairs.get(itemId)));
        List<QueueEntry> similar = new ArrayList<>();
        List<QueueEntry> open = ordered();
        open.stream().filter(e -> e.item().id() == itemId).forEach(similar::add);
        for (QueueEntry entry : open) {
            if (entry.item().id() != itemId && ComparisonPattern.of(waterfall(pairs.get(entry.item().id()))).equals(pattern)) {
                similar.add(entry);
            }
        }
        return new FindSimilarPairs.Preview(items.get(itemId), pattern, similar);
    }

    @Override
    public DecideReview.Answered decideAll(List<Long> itemIds, ReviewAnswer answer, String reason) {
        return answer(itemIds, answer);
    }

    @Override
    public List<ReviewItem> history(int limit) {
        return items.values().stream().filter(i -> i.batch() != null)
                .sorted(Comparator.comparingLong(ReviewItem::batch).thenComparingLong(ReviewItem::id).reversed())
                .limit(limit).toList();
    }
}
