package io.lakefront.ui.identity;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.Cluster;
import io.lakefront.domain.identity.ClusterEdge;
import io.lakefront.domain.identity.ClusterExplanation;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.StandardFields;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.ui.common.Formats;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The cluster viewer: the run's people, largest first, and for the one selected its records and the
 * edges that hold it together. Any edge's waterfall is one step away.
 */
public final class ClustersViewModel {
    /** Clusters listed at most. */
    static final int MAX_ROWS = 1000;
    private static final int NAMES_SHOWN = 3;

    private final TaskExecutor tasks;
    private final BiConsumer<RecordKey, RecordKey> explainPair;
    private IdentityRun run;
    private int loads;

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty includeSingles = new SimpleBooleanProperty(this, "includeSingles");
    private final ObservableList<ClusterRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper(this, "shown", "");
    private final ObjectProperty<ClusterRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private final ObservableList<EdgeRow> edges = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper clusterTitle = new ReadOnlyStringWrapper(this, "clusterTitle", "");
    private final ReadOnlyStringWrapper edgesSummary = new ReadOnlyStringWrapper(this, "edgesSummary", "");

    /** @param explainPair shows the waterfall of two records (the pairs view) */
    public ClustersViewModel(TaskExecutor tasks, BiConsumer<RecordKey, RecordKey> explainPair) {
        this.tasks = tasks;
        this.explainPair = explainPair;
        search.addListener((obs, old, now) -> reload());
        includeSingles.addListener((obs, old, now) -> reload());
        selected.addListener((obs, old, row) -> showCluster(row));
    }

    void show(IdentityRun newRun) {
        run = newRun;
        reload();
    }

    private void reload() {
        IdentityRun current = run;
        if (current == null) {
            return;
        }
        int load = ++loads;
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        boolean singles = includeSingles.get();
        tasks.submit("Listing clusters", context -> listClusters(current, text, singles))
                .result()
                .whenComplete((listed, error) -> {
                    if (load != loads) {
                        return;
                    }
                    if (error != null) {
                        shown.set("Could not list the clusters: " + Formats.problem(error));
                        return;
                    }
                    rows.setAll(listed.rows());
                    shown.set(describe(listed, text, singles));
                    selected.set(listed.rows().isEmpty() ? null : listed.rows().get(0));
                });
    }

    private record Listed(List<ClusterRow> rows, long matching) { }

    private static Listed listClusters(IdentityRun run, String text, boolean singles) {
        List<ClusterRow> rows = new ArrayList<>();
        long matching = 0;
        for (Cluster cluster : run.clustersBySize()) {
            if (!singles && cluster.members().size() < 2) {
                break; // largest first: the rest are single records too
            }
            if (!text.isEmpty() && !matches(run, cluster, text)) {
                continue;
            }
            matching++;
            if (rows.size() < MAX_ROWS) {
                rows.add(row(run, cluster));
            }
        }
        return new Listed(rows, matching);
    }

    private static boolean matches(IdentityRun run, Cluster cluster, String text) {
        if (String.valueOf(cluster.id()).equals(text)) {
            return true;
        }
        for (RecordKey key : cluster.members()) {
            if (RecordLabels.of(key, run.record(key)).toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static ClusterRow row(IdentityRun run, Cluster cluster) {
        Set<String> sources = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (RecordKey key : cluster.members()) {
            sources.add(key.source());
            run.record(key).map(RecordLabels::name).filter(n -> !n.isEmpty()).ifPresent(names::add);
        }
        String shownNames = names.stream().limit(NAMES_SHOWN).collect(Collectors.joining(", "))
                + (names.size() > NAMES_SHOWN ? ", …" : "");
        return new ClusterRow(cluster.id(), cluster.members().size(), String.join(", ", sources), shownNames);
    }

    private static String describe(Listed listed, String text, boolean singles) {
        String what = (singles ? "clusters" : "clusters of two or more records")
                + (text.isEmpty() ? "" : " matching '" + text + "'");
        if (listed.matching() == 0) {
            return "No " + what;
        }
        return listed.matching() <= MAX_ROWS ? Formats.count(listed.matching()) + " " + what + ", largest first"
                : "The largest " + Formats.count(MAX_ROWS) + " of " + Formats.count(listed.matching()) + " " + what;
    }

    private void showCluster(ClusterRow row) {
        IdentityRun current = run;
        if (row == null || current == null) {
            members.clear();
            edges.clear();
            clusterTitle.set("");
            edgesSummary.set("");
            return;
        }
        ClusterExplanation explanation;
        try {
            explanation = current.explainCluster(row.id());
        } catch (UserError gone) {
            clusterTitle.set(Formats.problem(gone));
            return;
        }
        members.setAll(explanation.members().stream().map(key -> member(key, current.record(key))).toList());
        edges.setAll(explanation.edges().stream().map(edge -> edge(current, edge)).toList());
        clusterTitle.set("Cluster " + row.id() + " · " + Formats.count(row.size())
                + (row.size() == 1 ? " record" : " records") + " from " + row.sources());
        edgesSummary.set(explanation.edges().isEmpty()
                ? (row.size() == 1 ? "A single record: nothing links it to another." : "")
                : Formats.count(explanation.edges().size()) + (explanation.edges().size() == 1 ? " link" : " links")
                        + " hold these records together, strongest first. Select one to see its waterfall.");
    }

    private static MemberRow member(RecordKey key, Optional<PersonRecord> record) {
        if (record.isEmpty()) {
            return new MemberRow(key.source(), key.recordId(), "", "", "", "", "");
        }
        PersonRecord r = record.get();
        String address = Stream.of(StandardFields.STREET, StandardFields.POSTCODE, StandardFields.CITY)
                .map(field -> RecordLabels.value(r, field)).filter(v -> !v.isEmpty()).collect(Collectors.joining(", "));
        return new MemberRow(key.source(), key.recordId(), RecordLabels.name(r), RecordLabels.value(r, StandardFields.EMAIL),
                RecordLabels.value(r, StandardFields.PHONE), RecordLabels.value(r, StandardFields.BIRTH_DATE), address);
    }

    private static EdgeRow edge(IdentityRun run, ClusterEdge edge) {
        String reason = switch (edge.reason()) {
            case ClusterEdge.MODEL -> "match weight";
            case ClusterEdge.MUST_LINK -> "a person's must-link";
            default -> "rule '" + edge.reason() + "'";
        };
        return new EdgeRow(edge.a(), edge.b(), RecordLabels.of(edge.a(), run.record(edge.a())),
                RecordLabels.of(edge.b(), run.record(edge.b())), Bands.weight(edge.matchWeight()), reason);
    }

    /** Opens the waterfall of an edge's two records. */
    public void explain(EdgeRow edge) {
        if (edge != null) {
            explainPair.accept(edge.a(), edge.b());
        }
    }

    /** A record key, name or cluster id to look for. */
    public StringProperty searchProperty() { return search; }
    /** List single-record clusters too (off: only clusters that merged records). */
    public BooleanProperty includeSinglesProperty() { return includeSingles; }
    public ObservableList<ClusterRow> rows() { return rows; }
    public ReadOnlyStringProperty shownProperty() { return shown.getReadOnlyProperty(); }
    public ObjectProperty<ClusterRow> selectedProperty() { return selected; }
    public ObservableList<MemberRow> members() { return members; }
    /** The links inside the selected cluster, strongest first. */
    public ObservableList<EdgeRow> edges() { return edges; }
    public ReadOnlyStringProperty clusterTitleProperty() { return clusterTitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty edgesSummaryProperty() { return edgesSummary.getReadOnlyProperty(); }
}
