package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.prep.NormalizationRules;
import io.lakefront.domain.task.TaskContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * After a source is added (synced and prepared), recommends edits of the identity rules it calls for,
 * each with one sentence of reasoning: the source's person fields are compared with the other sources'
 * records — the members of the gold table's customers — against {@code identity.yaml}. Statistics only;
 * nothing is saved ({@link AcceptRecommendation} does that, {@link PreviewRecommendation} measures first).
 */
public final class RecommendRulesForSource {
    private final PreparedSources sources;
    private final IdentityRules rules;
    private final ResolutionStore store;
    private final NormalizationRules normalization;

    public RecommendRulesForSource(PreparedSources sources, IdentityRules rules, ResolutionStore store,
                                   NormalizationRules normalization) {
        this.sources = sources;
        this.rules = rules;
        this.store = store;
        this.normalization = normalization;
    }

    public SourceRecommendations recommend(Actor actor, String source, TaskContext context) {
        actor.require(Permission.VIEW_PERSONAL_DATA);
        requirePrepared(sources, source);
        WorkspaceRecords.Loaded loaded = WorkspaceRecords.read(sources, normalization, context);
        IdentitySpec spec = currentRules(rules, loaded);
        if (!WorkspaceRecords.isAboutPeople(sources.columns(source))) {
            return new SourceRecommendations(source, 0, loaded.records().size(), false, spec, List.of(), List.of());
        }
        context.message("Comparing " + source + " with the other sources");
        Map<RecordKey, Long> clusterOf = new HashMap<>();
        for (RecordAssignment assignment : store.assignments()) {
            clusterOf.put(assignment.key(), assignment.clusterId());
        }
        return SourceRecommender.recommend(source, sources.columns(source), loaded.records(), clusterOf, spec);
    }

    /**
     * The prepared person sources to recommend for, the ones the latest run has not resolved yet (added
     * since) first.
     */
    public List<String> sources(Actor actor) {
        actor.require(Permission.VIEW_WORKSPACE);
        java.util.Set<String> resolved = new java.util.HashSet<>();
        for (RecordAssignment assignment : store.assignments()) {
            resolved.add(assignment.key().source());
        }
        List<String> people = sources.names().stream()
                .filter(name -> WorkspaceRecords.isAboutPeople(sources.columns(name))).toList();
        List<String> ordered = new java.util.ArrayList<>(people.stream().filter(n -> !resolved.contains(n)).toList());
        people.stream().filter(resolved::contains).forEach(ordered::add);
        return ordered;
    }

    /** The prepared person sources the latest run has not resolved yet: new to identity. */
    public List<String> newSources(Actor actor) {
        if (store.latestRun().isEmpty()) {
            return List.of();
        }
        java.util.Set<String> resolved = new java.util.HashSet<>();
        store.assignments().forEach(a -> resolved.add(a.key().source()));
        return sources(actor).stream().filter(n -> !resolved.contains(n)).toList();
    }

    static void requirePrepared(PreparedSources sources, String source) {
        if (source == null || source.isBlank()) {
            throw new UserError("name the source to recommend rules for (--source NAME)");
        }
        if (!sources.names().contains(source)) {
            throw new UserError("source '" + source + "' has no prepared data: add, sync and prepare it first"
                    + (sources.names().isEmpty() ? "" : " (prepared: " + String.join(", ", sources.names()) + ")"));
        }
    }

    /** identity.yaml, or the rules a first run would build for the fields present. */
    static IdentitySpec currentRules(IdentityRules rules, WorkspaceRecords.Loaded loaded) {
        return ChosenRules.choose(rules, null, null, loaded.fieldsPresent()).spec();
    }
}
