package io.lakefront.domain.decision.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.AudienceQuery;
import io.lakefront.domain.audience.AudienceStore;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.GlossaryTerm;
import io.lakefront.domain.audience.SavedAudience;
import io.lakefront.domain.audience.SuppressionRule;
import io.lakefront.domain.campaign.brief.AudienceFacts;
import io.lakefront.domain.campaign.brief.BriefStore;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.decision.ContactLedger;
import io.lakefront.domain.decision.CustomerProfile;
import io.lakefront.domain.decision.DecisionEngine;
import io.lakefront.domain.decision.DecisionPolicy;
import io.lakefront.domain.decision.Outcome;
import io.lakefront.domain.decision.ProfileSource;
import io.lakefront.domain.demo.DemoCampaigns;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SimulateCampaignTest {
    private static final Actor ADA = Actor.of("ada", Role.DATA_STEWARD, Role.MARKETER);
    private static final Instant NOW = Instant.parse("2026-10-20T15:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 20);
    private static final SuppressionRule TICKETS = new SuppressionRule("open support ticket", "",
            Filter.compare("open_tickets", ">=", "1"), true);

    private final Map<Filter, List<String>> selected = new HashMap<>();
    private final Map<String, CampaignBrief> briefs = new LinkedHashMap<>();
    private final List<CampaignBrief> all = new ArrayList<>();

    SimulateCampaignTest() {
        AudienceFacts facts = new AudienceFacts(1_000, 2_000, Map.of(Channel.EMAIL, 900L, Channel.SMS, 500L,
                Channel.PUSH, 300L), 18, 40, 90, 25, 10, Map.of("first_name", 1.0));
        for (CampaignBrief brief : DemoCampaigns.briefs(TODAY, f -> facts)) {
            all.add(brief);
        }
        // The first two are live, the third stays a draft.
        for (int i = 0; i < all.size(); i++) {
            CampaignBrief brief = i < 2 ? all.get(i).approvedBy("ann", NOW) : all.get(i);
            briefs.put(brief.name(), brief);
        }
    }

    private SimulateCampaign simulate(int customers, List<String> suppressed) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            ids.add(String.format("C%05d", i));
        }
        List<CampaignBrief> list = List.copyOf(briefs.values());
        selected.put(list.get(0).audience().filter(), ids);
        selected.put(list.get(1).audience().filter(), ids.subList(0, customers / 2));
        selected.put(list.get(2).audience().filter(), ids.subList(0, 10));
        selected.put(TICKETS.filter(), suppressed);
        selected.put(Filter.compare("loyalty_tier", "=", "gold"), ids.subList(0, customers / 10));
        AudienceQuery query = new AudienceQuery() {
            @Override
            public long count(Filter filter, Instant now) {
                return ids(filter, now).size();
            }

            @Override
            public List<String> ids(Filter filter, Instant now) {
                return selected.getOrDefault(filter, List.of());
            }
        };
        ProfileSource profiles = (wanted, now) -> {
            Map<String, CustomerProfile> found = new HashMap<>();
            for (String id : wanted) {
                found.put(id, new CustomerProfile(id, "Ann", ZoneId.of("America/Chicago"), EnumSet.allOf(Channel.class),
                        EnumSet.allOf(Channel.class), 19, 12, Channel.EMAIL, 250, 0.3));
            }
            return found;
        };
        return new SimulateCampaign(new Briefs(), new Rules(), query, profiles, ContactLedger.empty(),
                new DecisionEngine(DecisionPolicy.defaults()), WorkspaceClock.fixedAt(NOW));
    }

    @Test
    void decides_for_the_sample_with_the_live_campaigns_competing_and_counts_the_funnel() {
        String name = all.get(0).name();
        SimulationResult result = simulate(400, List.of("C00001", "C00002")).simulate(ADA,
                new SimulationRequest(name, 100, 1), TaskContext.silent());

        assertThat(result.campaign()).isEqualTo(name);
        assertThat(result.draft()).isFalse();
        assertThat(result.competing()).containsExactly(all.get(1).name());
        assertThat(result.summary().qualified()).isEqualTo(400);
        assertThat(result.profiles()).hasSizeLessThanOrEqualTo(100).isNotEmpty();
        int total = 0;
        for (Outcome outcome : Outcome.values()) {
            total += result.summary().count(outcome);
        }
        assertThat(total).isEqualTo(result.profiles().size());
        long estimated = result.summary().estimated().values().stream().mapToLong(Long::longValue).sum();
        assertThat(estimated).isBetween(398L, 402L);
        // The two suppressed customers form a stratum of their own and are both in the sample.
        assertThat(result.profiles()).filteredOn(p -> p.stratum().endsWith("held back by a suppression rule"))
                .extracting(SimulatedProfile::customerId).containsExactlyInAnyOrder("C00001", "C00002");
        assertThat(result.profiles()).filteredOn(p -> p.customerId().equals("C00001"))
                .allSatisfy(p -> assertThat(p.decision().outcome()).isEqualTo(Outcome.SUPPRESS));
        assertThat(result.profiles()).allSatisfy(p -> assertThat(p.all().decisions()).hasSize(2));
        assertThat(result.summary().count(Outcome.SEND)).isPositive();
    }

    @Test
    void a_draft_is_simulated_as_if_approved_among_the_live_ones() {
        SimulationResult result = simulate(50, List.of()).simulate(ADA, new SimulationRequest(all.get(2).name(), 100, 1),
                TaskContext.silent());

        assertThat(result.draft()).isTrue();
        assertThat(result.competing()).hasSize(2);
        assertThat(result.profiles()).hasSize(10).allSatisfy(p -> assertThat(p.all().decisions()).hasSize(3));
    }

    @Test
    void reports_progress_stops_when_cancelled_and_names_an_unknown_campaign() {
        List<Long> done = new ArrayList<>();
        AtomicBoolean cancel = new AtomicBoolean();
        TaskContext task = new TaskContext() {
            @Override public void progress(long d, long total) {
                done.add(d);
                cancel.set(true);
            }
            @Override public void message(String text) { }
            @Override public boolean cancelled() { return cancel.get(); }
        };
        SimulateCampaign simulation = simulate(2_500, List.of());

        assertThatThrownBy(() -> simulation.simulate(ADA, new SimulationRequest(all.get(0).name(), 2_500, 1), task))
                .isInstanceOf(CancellationException.class);
        // Two chunks run at once, so at most two report before the cancel is seen; the last never runs.
        assertThat(done).isNotEmpty().hasSizeLessThanOrEqualTo(SimulateCampaign.PARALLEL).doesNotContain(2_500L);
        assertThatThrownBy(() -> simulation.simulate(ADA, SimulationRequest.of("Nope"), TaskContext.silent()))
                .isInstanceOf(UserError.class).hasMessageContaining("no campaign named 'Nope'")
                .hasMessageContaining(all.get(0).name());
    }

    @Test
    void a_marketer_sees_no_first_names_and_someone_without_a_role_cannot_simulate() {
        Actor marketer = Actor.of("mo", Role.MARKETER);
        SimulationResult result = simulate(20, List.of()).simulate(marketer, new SimulationRequest(all.get(0).name(), 20, 1),
                TaskContext.silent());

        assertThat(result.profiles()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.facts().profile().firstName()).isNull();
            assertThat(p.decision().reasons()).noneSatisfy(r -> assertThat(r.text()).contains("Ann"));
        });
        assertThat(simulate(20, List.of()).simulate(ADA, new SimulationRequest(all.get(0).name(), 20, 1), TaskContext.silent())
                .profiles()).anySatisfy(p -> assertThat(p.decision().reasons()).anySatisfy(r -> assertThat(r.text()).contains("Ann")));
        assertThatThrownBy(() -> simulate(20, List.of()).simulate(new Actor("nobody", java.util.Set.of()),
                SimulationRequest.of(all.get(0).name()), TaskContext.silent())).isInstanceOf(RuntimeException.class)
                .hasMessageContaining("nobody");
    }

    private final class Briefs implements BriefStore {
        @Override public List<CampaignBrief> list() { return List.copyOf(briefs.values()); }
        @Override public Optional<CampaignBrief> find(String name) { return Optional.ofNullable(briefs.get(name)); }
        @Override public void save(CampaignBrief brief) { throw new AssertionError("a simulation saves nothing"); }
        @Override public List<CampaignBrief> versions(String name) { return List.of(); }
    }

    private static final class Rules implements AudienceStore {
        @Override public List<SavedAudience> list() { return List.of(); }
        @Override public Optional<SavedAudience> find(String name) { return Optional.empty(); }
        @Override public void save(SavedAudience audience) { throw new AssertionError("a simulation saves nothing"); }
        @Override public boolean delete(String name) { throw new AssertionError("a simulation deletes nothing"); }
        @Override public List<SuppressionRule> suppressionRules() { return List.of(TICKETS); }
        @Override public void saveSuppressionRules(List<SuppressionRule> rules) { throw new AssertionError(); }
        @Override public List<GlossaryTerm> glossary() { return List.of(); }
        @Override public void saveGlossary(List<GlossaryTerm> terms) { throw new AssertionError(); }
    }
}
