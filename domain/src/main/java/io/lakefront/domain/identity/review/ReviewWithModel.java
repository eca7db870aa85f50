package io.lakefront.domain.identity.review;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.governance.SecretStore;
import io.lakefront.domain.identity.WaterfallStep;
import io.lakefront.domain.identity.workspace.DecideLink;
import io.lakefront.domain.identity.workspace.LinkDecision;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The model stage of the review band: for the open items of the latest run, sends each pair — only
 * what the data policy lets leave the machine, plus the comparison evidence — to the configured
 * language model, records its verdict, and settles the pair (through {@link DecideLink}, decided by
 * {@code model:<name>}) when the verdict is same or different with at least the configured
 * confidence. Unsure, low-confidence and failed answers stay open for people. A run sends at most
 * the budget's number of pairs; a question asked before (same pair, same evidence, same model) is
 * answered from the cache without a call.
 */
public final class ReviewWithModel {
    /** What a model stage did; {@code leftForPeople} are the open items it did not settle. */
    public record Summary(String model, int open, int asked, int cached, int same, int different, int unsure,
                          int failed, int overBudget, int settled, int leftForPeople) {
        public String line() {
            return String.format(Locale.ROOT, "%d asked (%d from cache), %d same, %d different, %d unsure, %d failed, "
                            + "%d settled, %d left for people%s", asked, cached, same, different, unsure, failed, settled,
                    leftForPeople, overBudget > 0 ? " (" + overBudget + " over the budget)" : "");
        }
    }

    private final ModelReviewSettingsStore settings;
    private final SecretStore secrets;
    private final PairReviewers reviewers;
    private final ReviewBand band;
    private final ReviewEvidence evidence;
    private final VerdictCache cache;
    private final DecideLink decide;
    private final AuditLog audit;
    private final WorkspaceClock clock;

    public ReviewWithModel(ModelReviewSettingsStore settings, SecretStore secrets, PairReviewers reviewers,
                           ReviewBand band, ReviewEvidence evidence, VerdictCache cache,
                           DecideLink decide, AuditLog audit, WorkspaceClock clock) {
        this.settings = settings;
        this.secrets = secrets;
        this.reviewers = reviewers;
        this.band = band;
        this.evidence = evidence;
        this.cache = cache;
        this.decide = decide;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param limit the most open items to look at in this run
     * @throws UserError when no model is configured
     */
    public Summary review(Actor actor, int limit, TaskContext context) {
        actor.require(Permission.RESOLVE_IDENTITIES);
        if (limit < 1) {
            throw new UserError("--limit: must be 1 or more, got " + limit);
        }
        ModelReviewSettings config = settings.load();
        if (!config.configured()) {
            throw new UserError("no language model is configured (" + settings.location()
                    + "): the review band goes straight to people");
        }
        PairReviewer reviewer = reviewers.open(config, secrets.get(ModelReviewSettings.API_KEY_SECRET));
        String model = reviewer.model();
        List<OpenReviewItem> items = band.open(limit);
        Tally tally = new Tally(items.size());
        if (!items.isEmpty()) {
            context.message("Reading the evidence of the latest run");
            ReviewEvidence.Lookup lookup = evidence.load(actor, context);
            String salt = salt();
            Actor modelActor = new Actor(io.lakefront.domain.identity.workspace.LinkDecision.MODEL_PREFIX + model, actor.roles());
            int done = 0;
            for (OpenReviewItem item : items) {
                context.checkCancelled();
                context.message("Asking " + model + " about " + item.a() + " - " + item.b());
                reviewOne(item, lookup, config, reviewer, salt, modelActor, tally);
                context.progress(++done, items.size());
            }
        }
        Summary summary = tally.summary(model);
        audit.append(new AuditEntry(clock.now(), actor.name(), "identity.model_review", "review band",
                model + ": " + summary.line()));
        return summary;
    }

    private void reviewOne(OpenReviewItem item, ReviewEvidence.Lookup lookup, ModelReviewSettings config,
                           PairReviewer reviewer, String salt, Actor modelActor, Tally tally) {
        Optional<ReviewEvidence.Pair> found = lookup.of(item.a(), item.b());
        if (found.isEmpty()) {
            tally.failed++;
            return;
        }
        PairForReview pair = material(item, found.get(), config.policy(), salt);
        String fingerprint = pair.fingerprint(reviewer.model());
        ModelVerdict verdict;
        Optional<ModelVerdict> cached = cache.cached(fingerprint);
        if (cached.isPresent()) {
            verdict = cached.get();
            tally.cached++;
        } else if (tally.asked - tally.cached >= config.budget()) {
            tally.overBudget++;
            return;
        } else {
            try {
                ModelVerdict answer = reviewer.review(pair);
                verdict = new ModelVerdict(item.a(), item.b(), answer.verdict(), answer.confidence(), answer.rationale(),
                        reviewer.model(), clock.now());
            } catch (PairReviewer.ReviewFailed e) {
                tally.asked++;
                tally.failed++;
                return;
            }
            cache.remember(fingerprint, verdict);
        }
        tally.asked++;
        switch (verdict.verdict()) {
            case SAME -> tally.same++;
            case DIFFERENT -> tally.different++;
            case UNSURE -> tally.unsure++;
        }
        if (verdict.verdict() != Verdict.UNSURE && verdict.confidence() >= config.threshold()) {
            LinkDecision.Kind kind = verdict.verdict() == Verdict.SAME ? LinkDecision.Kind.MUST_LINK
                    : LinkDecision.Kind.CANNOT_LINK;
            String reason = String.format(Locale.ROOT, "%s, confidence %.2f: %s", verdict.verdict().name().toLowerCase(Locale.ROOT),
                    verdict.confidence(), verdict.rationale());
            decide.decide(modelActor, item.a(), item.b(), kind, reason, item.id());
            band.settle(item.id(), modelActor.name(), clock.now());
            tally.settled++;
        }
    }

    /** What the reviewer may see: the policy's view of both records and the waterfall without its values. */
    static PairForReview material(OpenReviewItem item, ReviewEvidence.Pair pair, DataPolicy policy, String salt) {
        List<PairForReview.Evidence> steps = new ArrayList<>();
        for (WaterfallStep step : pair.waterfall().steps()) {
            steps.add(new PairForReview.Evidence(step.comparison(), step.level(), step.total()));
        }
        return new PairForReview(item.a(), item.b(), policy.apply(pair.a().fields(), salt),
                policy.apply(pair.b().fields(), salt), steps, pair.waterfall().matchWeight(),
                pair.waterfall().matchProbability());
    }

    /** The workspace's hash salt, made once and kept as a secret so that hashes stay stable across runs. */
    private String salt() {
        return secrets.get(ModelReviewSettings.HASH_SALT_SECRET).orElseGet(() -> {
            byte[] bytes = new byte[16];
            new SecureRandom().nextBytes(bytes);
            String salt = HexFormat.of().formatHex(bytes);
            secrets.put(ModelReviewSettings.HASH_SALT_SECRET, salt);
            return salt;
        });
    }

    private static final class Tally {
        final int open;
        int asked;
        int cached;
        int same;
        int different;
        int unsure;
        int failed;
        int overBudget;
        int settled;

        Tally(int open) {
            this.open = open;
        }

        Summary summary(String model) {
            return new Summary(model, open, asked, cached, same, different, unsure, failed, overBudget, settled,
                    open - settled);
        }
    }
}
