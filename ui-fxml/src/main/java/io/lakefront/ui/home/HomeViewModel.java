package io.lakefront.ui.home;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.domain.workspace.ShowWorkspaceOverview;
import io.lakefront.domain.workspace.WorkspaceOverview;
import io.lakefront.ui.common.Formats;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The workspace at a glance, loaded in the background from {@link ShowWorkspaceOverview}. */
public final class HomeViewModel {
    private final ShowWorkspaceOverview overview;
    private final Actor actor;
    private final TaskExecutor tasks;
    private final WorkspaceClock clock;

    private final ReadOnlyStringWrapper sources = new ReadOnlyStringWrapper(Formats.NONE);
    private final ReadOnlyStringWrapper stagedRecords = new ReadOnlyStringWrapper(Formats.NONE);
    private final ReadOnlyStringWrapper profiles = new ReadOnlyStringWrapper(Formats.NONE);
    private final ReadOnlyStringWrapper matchRate = new ReadOnlyStringWrapper(Formats.NONE);
    private final ReadOnlyStringWrapper openReviewItems = new ReadOnlyStringWrapper(Formats.NONE);
    private final ReadOnlyStringWrapper activeCampaigns = new ReadOnlyStringWrapper(Formats.NONE);
    private final ReadOnlyStringWrapper campaignsHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper(Formats.NONE);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public HomeViewModel(ShowWorkspaceOverview overview, Actor actor, TaskExecutor tasks, WorkspaceClock clock) {
        this.overview = overview;
        this.actor = actor;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Reloads the numbers in the background; the properties change when they arrive. */
    public void refresh() {
        busy.set(true);
        tasks.submit("Loading the workspace overview", context -> overview.show(actor))
                .result()
                .whenComplete((loaded, error) -> {
                    busy.set(false);
                    if (error != null) {
                        problem.set("Could not load the workspace overview: " + Formats.problem(error));
                    } else {
                        problem.set("");
                        apply(loaded);
                    }
                });
    }

    private void apply(WorkspaceOverview o) {
        sources.set(Formats.count(o.sources()));
        stagedRecords.set(Formats.count(o.stagedRecords()));
        profiles.set(o.profiles() == 0 && o.matchRate().isEmpty() ? Formats.NONE : Formats.count(o.profiles()));
        matchRate.set(Formats.percent(o.matchRate()));
        openReviewItems.set(Formats.count(o.openReviewItems()));
        activeCampaigns.set(Formats.count(o.activeCampaigns()));
        campaignsHint.set(o.campaigns() == 0 ? "No campaigns yet"
                : o.activeCampaigns() + " of " + o.campaigns() + " campaigns running");
        lastSync.set(o.lastSync().map(at -> Formats.time(at, clock.zone())).orElse("never"));
        empty.set(o.empty());
    }

    public ReadOnlyStringProperty sourcesProperty() { return sources.getReadOnlyProperty(); }
    public ReadOnlyStringProperty stagedRecordsProperty() { return stagedRecords.getReadOnlyProperty(); }
    public ReadOnlyStringProperty profilesProperty() { return profiles.getReadOnlyProperty(); }
    /** A percentage, or "—" before the first identity run. */
    public ReadOnlyStringProperty matchRateProperty() { return matchRate.getReadOnlyProperty(); }
    public ReadOnlyStringProperty openReviewItemsProperty() { return openReviewItems.getReadOnlyProperty(); }
    public ReadOnlyStringProperty activeCampaignsProperty() { return activeCampaigns.getReadOnlyProperty(); }
    public ReadOnlyStringProperty campaignsHintProperty() { return campaignsHint.getReadOnlyProperty(); }
    public ReadOnlyStringProperty lastSyncProperty() { return lastSync.getReadOnlyProperty(); }
    /** True when the workspace has no sources and no campaigns: Home shows how to begin. */
    public ReadOnlyBooleanProperty emptyProperty() { return empty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** Empty, or why loading failed. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
}
