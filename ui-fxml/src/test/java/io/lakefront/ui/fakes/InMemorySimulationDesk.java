package io.lakefront.ui.fakes;

import io.lakefront.domain.UserError;
import io.lakefront.domain.campaign.Campaign;
import io.lakefront.domain.campaign.CampaignStatus;
import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.decision.CampaignDecision;
import io.lakefront.domain.decision.Competitor;
import io.lakefront.domain.decision.ContactHistory;
import io.lakefront.domain.decision.CustomerDecision;
import io.lakefront.domain.decision.CustomerFacts;
import io.lakefront.domain.decision.CustomerProfile;
import io.lakefront.domain.decision.Outcome;
import io.lakefront.domain.decision.Priority;
import io.lakefront.domain.decision.Reason;
import io.lakefront.domain.decision.ReasonCode;
import io.lakefront.domain.decision.simulation.SimulatedProfile;
import io.lakefront.domain.decision.simulation.SimulationRequest;
import io.lakefront.domain.decision.simulation.SimulationResult;
import io.lakefront.domain.decision.simulation.SimulationSummary;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.ui.simulation.SimulationCampaign;
import io.lakefront.ui.simulation.SimulationDesk;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The Simulation screen's port over the in-memory campaigns: eight customers, each in a situation the
 * engine meets (a send, a send moved out of quiet hours, a deferral for a higher-priority campaign, one
 * for a frequency cap, a global opt-out, a suppression rule, a conversion), decided with structured
 * reasons and competitors; the summary is computed from those decisions as the real use case does.
 * Each profile stands for {@link #WEIGHT} qualified customers.
 */
public final class InMemorySimulationDesk implements SimulationDesk {
    public static final double WEIGHT = 150;

    private final Supplier<List<Campaign>> campaigns;
    private final Instant at;
    private boolean nobody;
    private String failure;
    private boolean holding;
    /** How many simulations ran to the end. */
    public int runs;

    public InMemorySimulationDesk(Supplier<List<Campaign>> campaigns, Instant at) {
        this.campaigns = campaigns;
        this.at = at;
    }

    /** From now on every campaign's audience selects nobody. */
    public InMemorySimulationDesk selectingNobody() {
        this.nobody = true;
        return this;
    }

    /** From now on a simulation reports that it has decided 3 of 8 profiles, then waits until it is cancelled. */
    public InMemorySimulationDesk holdingUntilCancelled() {
        this.holding = true;
        return this;
    }

    /** From now on a simulation fails with this user error. */
    public InMemorySimulationDesk failingWith(String message) {
        this.failure = message;
        return this;
    }

    @Override
    public List<SimulationCampaign> campaigns() {
        return campaigns.get().stream().sorted(java.util.Comparator.comparing(Campaign::name))
                .map(c -> new SimulationCampaign(c.name(), c.status().name().toLowerCase(Locale.ROOT), c.audience(),
                        c.status() == CampaignStatus.ACTIVE || c.status() == CampaignStatus.APPROVED))
                .toList();
    }

    @Override
    public SimulationResult simulate(SimulationRequest request, TaskContext task) {
        Campaign simulated = campaigns.get().stream().filter(c -> c.name().equals(request.campaign())).findFirst()
                .orElseThrow(() -> new UserError("no campaign named '" + request.campaign() + "'"));
        if (failure != null) {
            throw new UserError(failure);
        }
        if (holding) {
            task.progress(3, ROSTER.size());
            while (!task.cancelled()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.util.concurrent.CancellationException("interrupted");
                }
            }
            task.checkCancelled();
        }
        List<String> competing = campaigns.get().stream().filter(Campaign::active)
                .map(Campaign::name).filter(n -> !n.equals(simulated.name())).sorted().toList();
        String rival = competing.isEmpty() ? "Welcome series" : competing.get(0);
        List<Customer> roster = nobody ? List.of() : ROSTER;
        int n = Math.min(request.sampleSize(), roster.size());
        List<SimulatedProfile> profiles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            task.checkCancelled();
            Customer customer = roster.get(i);
            CampaignDecision decision = customer.decide(simulated.name(), rival);
            List<CampaignDecision> all = new ArrayList<>();
            all.add(decision);
            for (String other : competing) {
                all.add(new CampaignDecision(other, Outcome.SKIP, -1, "", null, null, null, null, null,
                        List.of(Reason.of(ReasonCode.NOT_IN_AUDIENCE, "name", customer.profile.displayName(),
                                "campaign", other)), List.of()));
            }
            CustomerFacts facts = new CustomerFacts(customer.profile, Set.of(simulated.name()),
                    customer.suppressedBy, ContactHistory.empty());
            profiles.add(new SimulatedProfile(facts, customer.stratum, WEIGHT, decision,
                    new CustomerDecision(customer.profile.customerId(), at, all)));
            task.progress(i + 1, n);
        }
        runs++;
        return new SimulationResult(simulated.name(), at, simulated.status() == CampaignStatus.DRAFT, competing, profiles,
                summarise(profiles, nobody ? 0 : Math.round(ROSTER.size() * WEIGHT)));
    }

    /** The summary of the profiles, as the simulation use case computes it. */
    static SimulationSummary summarise(List<SimulatedProfile> profiles, long qualified) {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Map<Outcome, Long> estimated = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            outcomes.put(o, 0);
            estimated.put(o, 0L);
        }
        Map<String, Integer> byMessage = new LinkedHashMap<>();
        Map<String, Integer> byChannel = new LinkedHashMap<>();
        Map<Integer, Integer> byHour = new TreeMap<>();
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (SimulatedProfile p : profiles) {
            CampaignDecision d = p.decision();
            outcomes.merge(d.outcome(), 1, Integer::sum);
            estimated.merge(d.outcome(), Math.round(p.weight()), Long::sum);
            if (d.outcome() == Outcome.SEND) {
                byMessage.merge(d.message(), 1, Integer::sum);
                byChannel.merge(d.channel().code(), 1, Integer::sum);
                byHour.merge(d.sendAt().getHour(), 1, Integer::sum);
            } else if (!d.reasons().isEmpty()) {
                reasons.merge(d.reasons().get(0).code().name(), 1, Integer::sum);
            }
        }
        return new SimulationSummary(qualified, profiles.size(), outcomes, estimated, largestFirst(byMessage),
                largestFirst(byChannel), byHour, largestFirst(reasons));
    }

    private static Map<String, Integer> largestFirst(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private enum Situation { SEND, SEND_QUIET, PREEMPTED, CAPPED, OPTED_OUT, SUPPRESSED, CONVERTED }

    private record Customer(CustomerProfile profile, String stratum, List<String> suppressedBy, Situation situation) {
        CampaignDecision decide(String campaign, String rival) {
            String name = profile.displayName();
            Reason audience = Reason.of(ReasonCode.IN_AUDIENCE, "name", name, "campaign", campaign,
                    "audience", "gold or platinum members who bought in the last 90 days");
            Priority priority = new Priority(0.12, 1.4, 1.0, 0.168, false, 0.168);
            List<Competitor> competitors = List.of(new Competitor(rival, 0.094));
            Reason ranked = Reason.of(ReasonCode.PRIORITY, "priority", "0.17", "propensity", "0.12", "value", "1.40",
                    "weight", "1.0");
            Reason competed = Reason.of(ReasonCode.COMPETED, "campaign", rival, "priority", "0.09");
            Channel channel = profile.consent().contains(Channel.EMAIL) ? Channel.EMAIL : Channel.PUSH;
            Reason consent = Reason.of(ReasonCode.CONSENT, "name", name, "channel", channel.code());
            Reason clean = Reason.of(ReasonCode.NOT_SUPPRESSED, "name", name);
            LocalDate thursday = LocalDate.of(2026, 10, 22);
            switch (situation) {
                case SEND, SEND_QUIET -> {
                    int hour = situation == Situation.SEND_QUIET ? 9 : profile.preferredHour();
                    ZonedDateTime at = ZonedDateTime.of(thursday, LocalTime.of(hour, 0), profile.zone());
                    List<Reason> reasons = new ArrayList<>(List.of(
                            Reason.of(ReasonCode.TOUCHPOINT, "step", "1", "count", "2", "theme", "Early access opens",
                                    "trigger", "on launch day"),
                            consent, clean, audience, ranked, competed,
                            Reason.of(ReasonCode.WITHIN_CAPS, "name", name, "count", "0", "cap", "2", "days", "7"),
                            Reason.of(ReasonCode.VARIANT, "variant", "B", "weight", "50"),
                            Reason.of(ReasonCode.PREFERRED_HOUR, "hour", String.valueOf(profile.preferredHour()),
                                    "name", name, "basis", profile.interactions() + " opens and clicks")));
                    if (situation == Situation.SEND_QUIET) {
                        reasons.add(Reason.of(ReasonCode.QUIET_HOURS, "start", "21", "end", "8", "hour", "9"));
                    }
                    reasons.add(Reason.of(ReasonCode.LOCAL_TIME, "name", name, "zone", profile.zone().getId(),
                            "local", "Tue 20 Oct 18:59"));
                    return new CampaignDecision(campaign, Outcome.SEND, 0, "Early access opens", channel, "B", at,
                            priority, null, reasons, competitors);
                }
                case PREEMPTED -> {
                    ZonedDateTime next = ZonedDateTime.of(thursday.plusDays(7), LocalTime.of(18, 0), profile.zone());
                    return new CampaignDecision(campaign, Outcome.DEFER, 0, "Early access opens", channel, null, next,
                            new Priority(0.05, 0.8, 1.0, 0.04, false, 0.04), rival, List.of(
                            Reason.of(ReasonCode.PREEMPTED, "when", "Thursday 29 October", "winner", rival, "cap", "2"),
                            consent, clean, audience,
                            Reason.of(ReasonCode.PRIORITY, "priority", "0.04", "propensity", "0.05", "value", "0.80",
                                    "weight", "1.0"),
                            Reason.of(ReasonCode.COMPETED, "campaign", rival, "priority", "0.31")),
                            List.of(new Competitor(rival, 0.31)));
                }
                case CAPPED -> {
                    ZonedDateTime next = ZonedDateTime.of(thursday.plusDays(3), LocalTime.of(10, 0), profile.zone());
                    return new CampaignDecision(campaign, Outcome.DEFER, 0, "Early access opens", channel, null, next,
                            priority, null, List.of(
                            Reason.of(ReasonCode.FREQUENCY_CAP, "count", "2", "days", "7", "cap", "2"),
                            consent, clean, audience, ranked), competitors);
                }
                case OPTED_OUT -> {
                    return new CampaignDecision(campaign, Outcome.SUPPRESS, -1, "", null, null, null, null, null,
                            List.of(Reason.of(ReasonCode.GLOBAL_OPT_OUT, "name", name)), List.of());
                }
                case SUPPRESSED -> {
                    return new CampaignDecision(campaign, Outcome.SUPPRESS, -1, "", null, null, null, null, null,
                            List.of(Reason.of(ReasonCode.SUPPRESSED, "rule", suppressedBy.get(0)), consent), List.of());
                }
                case CONVERTED -> {
                    return new CampaignDecision(campaign, Outcome.SKIP, -1, "", null, null, null, null, null,
                            List.of(Reason.of(ReasonCode.CONVERTED, "name", name, "date", "2026-10-12",
                                    "campaign", campaign)), List.of());
                }
                default -> throw new IllegalStateException(situation.name());
            }
        }
    }

    private static Customer customer(String id, String first, String zone, Set<Channel> consent, Integer hour,
                                     int interactions, String stratum, Situation situation, String... suppressedBy) {
        Set<Channel> reachable = EnumSet.of(Channel.EMAIL, Channel.SMS, Channel.PUSH);
        return new Customer(new CustomerProfile(id, first, ZoneId.of(zone), consent, reachable, hour, interactions,
                null, 1200, 0.2), stratum, List.of(suppressedBy), situation);
    }

    private static final List<Customer> ROSTER = List.of(
            customer("C-1001", "Maria", "America/Chicago", EnumSet.of(Channel.EMAIL, Channel.SMS), 18, 12,
                    "gold · email", Situation.SEND),
            customer("C-1002", "James", "America/New_York", EnumSet.of(Channel.EMAIL), 18, 3, "gold · email",
                    Situation.PREEMPTED),
            customer("C-1003", "Anna", "Europe/Berlin", EnumSet.noneOf(Channel.class), null, 0, "platinum · none",
                    Situation.OPTED_OUT),
            customer("C-1004", "Luis", "America/Los_Angeles", EnumSet.of(Channel.EMAIL), 20, 5, "gold · email",
                    Situation.SUPPRESSED, "open support ticket"),
            customer("C-1005", "Priya", "Asia/Kolkata", EnumSet.of(Channel.PUSH), 7, 9, "platinum · push",
                    Situation.SEND_QUIET),
            customer("C-1006", null, "Europe/London", EnumSet.of(Channel.EMAIL), null, 0, "gold · email",
                    Situation.CONVERTED),
            customer("C-1007", "Chen", "America/Chicago", EnumSet.of(Channel.EMAIL, Channel.PUSH), 19, 20,
                    "platinum · email", Situation.SEND),
            customer("C-1008", "Sofia", "Europe/Madrid", EnumSet.of(Channel.EMAIL), 10, 4, "gold · email",
                    Situation.CAPPED));
}
