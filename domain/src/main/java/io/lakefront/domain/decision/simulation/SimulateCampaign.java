package io.lakefront.domain.decision.simulation;

import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.AudienceQuery;
import io.lakefront.domain.audience.AudienceStore;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.SuppressionRule;
import io.lakefront.domain.campaign.brief.BriefStore;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.decision.CampaignDecision;
import io.lakefront.domain.decision.ContactLedger;
import io.lakefront.domain.decision.CustomerDecision;
import io.lakefront.domain.decision.CustomerProfile;
import io.lakefront.domain.decision.CustomerFacts;
import io.lakefront.domain.decision.DecisionEngine;
import io.lakefront.domain.decision.GatherFacts;
import io.lakefront.domain.decision.LiveCampaign;
import io.lakefront.domain.decision.LiveCampaigns;
import io.lakefront.domain.decision.ProfileSource;
import io.lakefront.domain.decision.QueryMembership;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Use case: the pre-launch simulation. Runs one campaign (a draft too, as if approved) together with every
 * live campaign over a stratified sample of the customers its audience selects now, through the same
 * engine and the same gathered facts as live decisioning — with no sends and no state changes: it only
 * reads. The strata are the loyalty tier crossed with what matters to a decision (held back by a
 * suppression rule, also in other live campaigns' audiences, or only in this one), so a small segment
 * shows up in the sample.
 */
public final class SimulateCampaign {
    /** Facts are gathered and decided in chunks of this many customers (progress and cancel between). */
    static final int CHUNK = 1_000;
    /** Chunks decided at once. */
    static final int PARALLEL = 2;
    private static final List<String> TIERS = List.of("none", "bronze", "silver", "gold", "platinum");

    private final BriefStore briefs;
    private final AudienceStore audiences;
    private final AudienceQuery query;
    private final ProfileSource profiles;
    private final ContactLedger ledger;
    private final DecisionEngine engine;
    private final WorkspaceClock clock;

    public SimulateCampaign(BriefStore briefs, AudienceStore audiences, AudienceQuery query, ProfileSource profiles,
                            ContactLedger ledger, DecisionEngine engine, WorkspaceClock clock) {
        this.briefs = briefs;
        this.audiences = audiences;
        this.query = query;
        this.profiles = profiles;
        this.ledger = ledger;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Simulates for {@code actor}, who needs to see the workspace; without the right to see personal data
     * the profiles' first names are left out (sentences say "this customer"), as Customer 360 masks them.
     */
    public SimulationResult simulate(Actor actor, SimulationRequest request, TaskContext task) {
        actor.require(Permission.VIEW_WORKSPACE);
        boolean masked = !actor.may(Permission.VIEW_PERSONAL_DATA);
        CampaignBrief brief = briefs.find(request.campaign()).orElseThrow(() -> new UserError(
                "no campaign named '" + request.campaign() + "' (campaigns: "
                        + briefs.list().stream().map(CampaignBrief::name).collect(Collectors.joining(", ")) + ")"));
        Instant now = clock.now();
        LocalDate today = now.atZone(clock.zone()).toLocalDate();
        List<LiveCampaign> campaigns = new LiveCampaigns(briefs, ledger).with(today, Optional.of(brief));
        List<SuppressionRule> rules = audiences.suppressionRules().stream().filter(SuppressionRule::enabled).toList();
        QueryMembership membership = new QueryMembership(query);

        task.message("Finding who '" + brief.name() + "' selects");
        Set<String> qualified = membership.all(brief.audience().filter(), now);
        List<StratifiedSample.Pick> picks = StratifiedSample.draw(strata(qualified, brief, campaigns, rules, membership, now),
                request.sampleSize(), request.seed());
        task.checkCancelled();

        // Chunks are gathered and decided two at a time: reading profiles waits on the database more than on
        // the CPU, and the engine holds no state, so the machine's cores overlap the two.
        ProfileSource visible = masked ? (ids, at) -> anonymous(profiles.profiles(ids, at)) : profiles;
        GatherFacts gather = new GatherFacts(visible, membership, ledger);
        task.message("Deciding for " + picks.size() + " sampled customers");
        int chunks = (picks.size() + CHUNK - 1) / CHUNK;
        List<List<SimulatedProfile>> decided = new ArrayList<>(java.util.Collections.nCopies(chunks, List.of()));
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(PARALLEL, chunks)), runnable -> {
                    Thread thread = new Thread(runnable, "simulation");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<java.util.concurrent.Future<?>> work = new ArrayList<>();
            for (int c = 0; c < chunks; c++) {
                int chunkIndex = c;
                work.add(pool.submit(() -> {
                    task.checkCancelled();
                    List<StratifiedSample.Pick> chunk = picks.subList(chunkIndex * CHUNK,
                            Math.min(picks.size(), (chunkIndex + 1) * CHUNK));
                    decided.set(chunkIndex, decide(gather, chunk, campaigns, rules, brief.name(), now));
                    task.progress(done.addAndGet(chunk.size()), picks.size());
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> chunk : work) {
                await(chunk);
            }
        } finally {
            pool.shutdownNow();
        }
        List<SimulatedProfile> simulated = new ArrayList<>(picks.size());
        decided.forEach(simulated::addAll);
        List<String> competing = campaigns.stream().map(LiveCampaign::name).filter(n -> !n.equals(brief.name())).toList();
        return new SimulationResult(brief.name(), now, !brief.approved(), competing, simulated,
                SimulationSummaries.of(qualified.size(), simulated));
    }

    private List<SimulatedProfile> decide(GatherFacts gather, List<StratifiedSample.Pick> chunk, List<LiveCampaign> campaigns,
                                          List<SuppressionRule> rules, String campaign, Instant now) {
        Map<String, CustomerFacts> facts = gather.gather(chunk.stream().map(StratifiedSample.Pick::customerId).toList(),
                campaigns, rules, now);
        List<SimulatedProfile> simulated = new ArrayList<>(chunk.size());
        for (StratifiedSample.Pick pick : chunk) {
            CustomerFacts customer = facts.get(pick.customerId());
            if (customer == null) {
                continue; // selected by the index but gone from the gold table since: nothing to decide
            }
            CustomerDecision all = engine.decide(customer, campaigns, now);
            CampaignDecision decision = all.decisionFor(campaign).orElseThrow();
            simulated.add(new SimulatedProfile(customer, pick.stratum(), pick.weight(), decision, all));
        }
        return simulated;
    }

    /** The profiles without their first names. */
    private static Map<String, CustomerProfile> anonymous(Map<String, CustomerProfile> profiles) {
        Map<String, CustomerProfile> masked = new HashMap<>(profiles.size() * 2);
        profiles.forEach((id, p) -> masked.put(id, new CustomerProfile(p.customerId(), null, p.zone(), p.consent(),
                p.reachable(), p.preferredHour(), p.interactions(), p.preferredChannel(), p.lifetimeSpend(), p.churnRisk())));
        return masked;
    }

    /** Waits for one chunk; its failure (a cancellation too) becomes the simulation's. */
    private static void await(java.util.concurrent.Future<?> chunk) {
        try {
            chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Qualified customers by stratum: tier × (suppressed | also in other campaigns | only this one). */
    private static Map<String, List<String>> strata(Set<String> qualified, CampaignBrief brief, List<LiveCampaign> campaigns,
                                                    List<SuppressionRule> rules, QueryMembership membership, Instant now) {
        Map<String, String> tierOf = new HashMap<>();
        for (String tier : TIERS) {
            for (String id : membership.selected(Filter.compare("loyalty_tier", "=", tier), qualified, now)) {
                tierOf.put(id, tier);
            }
        }
        Set<String> suppressed = new java.util.HashSet<>();
        for (SuppressionRule rule : rules) {
            suppressed.addAll(membership.selected(rule.filter(), qualified, now));
        }
        Map<String, Set<String>> others = new LinkedHashMap<>();
        for (LiveCampaign campaign : campaigns) {
            if (!campaign.name().equals(brief.name())) {
                others.put(campaign.name(), membership.selected(campaign.brief().audience().filter(), qualified, now));
            }
        }
        Map<String, List<String>> strata = new HashMap<>();
        for (String id : qualified) {
            String situation;
            if (suppressed.contains(id)) {
                situation = "held back by a suppression rule";
            } else {
                List<String> also = new ArrayList<>();
                others.forEach((name, members) -> {
                    if (members.contains(id)) {
                        also.add(name);
                    }
                });
                situation = also.isEmpty() ? "only this campaign" : "also in " + String.join(", ", also);
            }
            String stratum = tierOf.getOrDefault(id, "no tier") + " · " + situation;
            strata.computeIfAbsent(stratum, k -> new ArrayList<>()).add(id);
        }
        return strata;
    }
}
