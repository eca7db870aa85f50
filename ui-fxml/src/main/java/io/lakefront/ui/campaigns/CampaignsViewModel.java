package io.lakefront.ui.campaigns;

import io.lakefront.domain.campaign.ListCampaigns;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.ui.common.Formats;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The workspace's campaigns, loaded in the background; the selected one fills the detail card. */
public final class CampaignsViewModel {
    private final ListCampaigns campaigns;
    private final Actor actor;
    private final TaskExecutor tasks;

    private final ObservableList<CampaignRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CampaignRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public CampaignsViewModel(ListCampaigns campaigns, Actor actor, TaskExecutor tasks) {
        this.campaigns = campaigns;
        this.actor = actor;
        this.tasks = tasks;
    }

    public void refresh() {
        refresh(null);
    }

    /** Reloads the list and then selects the campaign called {@code name} (null: keep the selection). */
    public void refresh(String name) {
        busy.set(true);
        tasks.submit("Loading campaigns", context -> campaigns.list(actor).stream().map(CampaignRow::of).toList())
                .result()
                .whenComplete((fresh, error) -> {
                    busy.set(false);
                    if (error != null) {
                        problem.set("Could not load the campaigns: " + Formats.problem(error));
                        return;
                    }
                    problem.set("");
                    apply(fresh, name);
                });
    }

    private void apply(List<CampaignRow> fresh, String name) {
        String keep = name != null ? name : selected.get() == null ? null : selected.get().name();
        rows.setAll(fresh);
        empty.set(fresh.isEmpty());
        long active = fresh.stream().filter(r -> r.tone() == io.lakefront.ui.common.Tone.SUCCESS).count();
        summary.set(fresh.size() + (fresh.size() == 1 ? " campaign, " : " campaigns, ") + active + " active");
        selected.set(fresh.stream().filter(r -> r.name().equals(keep)).findFirst()
                .orElse(fresh.isEmpty() ? null : fresh.get(0)));
    }

    public ObservableList<CampaignRow> rows() { return rows; }
    public ObjectProperty<CampaignRow> selectedProperty() { return selected; }
    /** True once loaded with no campaigns. */
    public ReadOnlyBooleanProperty emptyProperty() { return empty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** "3 campaigns, 2 active". */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
}
