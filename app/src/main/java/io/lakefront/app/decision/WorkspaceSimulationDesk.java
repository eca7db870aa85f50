package io.lakefront.app.decision;

import io.lakefront.domain.campaign.brief.BriefStore;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.decision.LiveCampaigns;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.decision.simulation.SimulateCampaign;
import io.lakefront.domain.decision.simulation.SimulationRequest;
import io.lakefront.domain.decision.simulation.SimulationResult;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.simulation.SimulationCampaign;
import io.lakefront.ui.simulation.SimulationDesk;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The Simulation screen's port over the workspace: every brief (drafts too) as a campaign to simulate,
 * live when it competes today, and the simulation use case built afresh for each run so that it reads
 * the campaign files, suppression rules and decisioning settings as they are saved now.
 */
public final class WorkspaceSimulationDesk implements SimulationDesk {
    private final BriefStore briefs;
    private final Supplier<SimulateCampaign> simulation;
    private final WorkspaceClock clock;
    private final Supplier<Actor> actor;

    public WorkspaceSimulationDesk(BriefStore briefs, Supplier<SimulateCampaign> simulation, WorkspaceClock clock,
                                   Supplier<Actor> actor) {
        this.actor = actor;
        this.briefs = briefs;
        this.simulation = simulation;
        this.clock = clock;
    }

    @Override
    public List<SimulationCampaign> campaigns() {
        java.time.LocalDate today = clock.now().atZone(clock.zone()).toLocalDate();
        return briefs.list().stream().map(brief -> campaign(brief, today)).toList();
    }

    private static SimulationCampaign campaign(CampaignBrief brief, java.time.LocalDate today) {
        return new SimulationCampaign(brief.name(), brief.status().name().toLowerCase(Locale.ROOT),
                brief.audience().description(), LiveCampaigns.live(brief, today));
    }

    @Override
    public SimulationResult simulate(SimulationRequest request, TaskContext task) {
        return simulation.get().simulate(actor.get(), request, task);
    }
}
