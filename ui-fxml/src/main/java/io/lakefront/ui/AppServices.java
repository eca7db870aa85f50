package io.lakefront.ui;

import io.lakefront.domain.campaign.ListCampaigns;
import io.lakefront.domain.decision.loop.DecisionFeed;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.identity.review.ConfigureModelReview;
import io.lakefront.domain.prep.PrepareSource;
import io.lakefront.domain.prep.QuarantineStore;
import io.lakefront.domain.prep.SourcePreparationStore;
import io.lakefront.domain.source.AddSource;
import io.lakefront.domain.source.SourceStore;
import io.lakefront.domain.source.StagingStore;
import io.lakefront.domain.source.SyncHistory;
import io.lakefront.domain.source.SyncSource;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.domain.workspace.ShowWorkspaceOverview;
import io.lakefront.ui.sources.SourceTools;
import io.lakefront.ui.identity.IdentityWorkbench;
import io.lakefront.ui.review.ReviewDesk;
import io.lakefront.ui.gold.GoldDesk;
import io.lakefront.ui.customers.CustomerDesk;
import io.lakefront.ui.campaigns.BriefDesk;
import io.lakefront.ui.simulation.SimulationDesk;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything the workbench needs from below, built by the app's composition root. The UI sees
 * use cases and ports only, never persistence or connectors, so that it can be tested with
 * in-memory fakes.
 */
public record AppServices(Actor actor, WorkspaceClock clock, Path workspace, ShowWorkspaceOverview overview,
                          SourceStore sources, SyncHistory syncHistory, StagingStore staging, AddSource addSource,
                          SyncSource syncSource, ListCampaigns campaigns, PrepareSource prepareSource,
                          SourcePreparationStore preparations, QuarantineStore quarantine,
                          SourceTools sourceTools, IdentityWorkbench identity,
                          ConfigureModelReview modelReview, ReviewDesk review, GoldDesk gold,
                          CustomerDesk customers, io.lakefront.ui.audiences.AudienceDesk audiences, BriefDesk briefs,
                          SimulationDesk simulation, DecisionFeed decisionFeed) {
    public AppServices {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(overview, "overview");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(syncHistory, "syncHistory");
        Objects.requireNonNull(staging, "staging");
        Objects.requireNonNull(addSource, "addSource");
        Objects.requireNonNull(syncSource, "syncSource");
        Objects.requireNonNull(campaigns, "campaigns");
        Objects.requireNonNull(prepareSource, "prepareSource");
        Objects.requireNonNull(preparations, "preparations");
        Objects.requireNonNull(quarantine, "quarantine");
        Objects.requireNonNull(sourceTools, "sourceTools");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(modelReview, "modelReview");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(audiences, "audiences");
        Objects.requireNonNull(briefs, "briefs");
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(decisionFeed, "decisionFeed");
    }
}
