package io.lakefront.app.audiences;

import io.lakefront.domain.audience.AudienceAnalytics;
import io.lakefront.domain.audience.AudienceInsights;
import io.lakefront.domain.audience.AudienceInterpreter;
import io.lakefront.domain.audience.AudienceStore;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.InterpretRequest;
import io.lakefront.domain.audience.Interpretation;
import io.lakefront.domain.audience.ManageAudiences;
import io.lakefront.domain.audience.SavedAudience;
import io.lakefront.domain.audience.Suppression;
import io.lakefront.domain.audience.SuppressionRule;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.audiences.AudienceComparison;
import io.lakefront.ui.audiences.AudienceCount;
import io.lakefront.ui.audiences.AudienceDesk;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Audiences screen's port over the audience ports, acting as the workspace's user: the suppression
 * rules are read afresh for every count (they are live conditions), time windows resolve against the
 * workspace clock, and changes go through {@link ManageAudiences} (permission-checked, audited).
 */
public final class WorkspaceAudienceDesk implements AudienceDesk {
    private final Supplier<Actor> actor;
    private final WorkspaceClock clock;
    private final AudienceStore store;
    private final AudienceInterpreter interpreter;
    private final AudienceInterpreter drafts;
    private final AudienceAnalytics analytics;
    private final ManageAudiences manage;

    public WorkspaceAudienceDesk(Supplier<Actor> actor, WorkspaceClock clock, AuditLog audit, AudienceStore store,
                                 AudienceInterpreter interpreter, AudienceAnalytics analytics) {
        this(actor, clock, audit, store, interpreter, interpreter, analytics);
    }

    /** {@code drafts} reads the words while they are typed (the offline interpreter); {@code interpreter} when applied. */
    public WorkspaceAudienceDesk(Supplier<Actor> actor, WorkspaceClock clock, AuditLog audit, AudienceStore store,
                                 AudienceInterpreter interpreter, AudienceInterpreter drafts, AudienceAnalytics analytics) {
        this.drafts = drafts;
        this.actor = actor;
        this.clock = clock;
        this.store = store;
        this.interpreter = interpreter;
        this.analytics = analytics;
        this.manage = new ManageAudiences(store, audit, clock);
    }

    @Override
    public long population() {
        actor.get().require(Permission.VIEW_WORKSPACE);
        return analytics.count(Filter.and(), clock.now());
    }

    @Override
    public Interpretation interpret(InterpretRequest request) {
        actor.get().require(Permission.VIEW_WORKSPACE);
        return interpreter.interpret(request);
    }

    @Override
    public Interpretation draft(InterpretRequest request) {
        actor.get().require(Permission.VIEW_WORKSPACE);
        return drafts.interpret(request);
    }

    @Override
    public AudienceCount count(Filter filter) {
        actor.get().require(Permission.VIEW_WORKSPACE);
        Instant now = clock.now();
        List<SuppressionRule> rules = store.suppressionRules();
        long size = analytics.count(Suppression.apply(filter, rules), now);
        long suppressed = Suppression.suppressed(filter, rules).map(f -> analytics.count(f, now)).orElse(0L);
        Map<String, Long> byRule = new LinkedHashMap<>();
        if (suppressed > 0) {
            for (SuppressionRule rule : rules) {
                if (rule.enabled()) {
                    byRule.put(rule.name(), analytics.count(Filter.and(filter, rule.filter()), now));
                }
            }
        }
        return new AudienceCount(size, suppressed, analytics.count(Filter.and(), now), byRule);
    }

    @Override
    public AudienceInsights insights(Filter filter) {
        actor.get().require(Permission.VIEW_WORKSPACE);
        return analytics.insights(Suppression.apply(filter, store.suppressionRules()), clock.now());
    }

    @Override
    public AudienceComparison compare(Filter a, Filter b) {
        actor.get().require(Permission.VIEW_WORKSPACE);
        Instant now = clock.now();
        List<SuppressionRule> rules = store.suppressionRules();
        Filter first = Suppression.apply(a, rules);
        Filter second = Suppression.apply(b, rules);
        return new AudienceComparison(analytics.count(Filter.and(first, second), now),
                analytics.insights(first, now), analytics.insights(second, now));
    }

    @Override
    public List<SavedAudience> saved() {
        return store.list();
    }

    @Override
    public SavedAudience save(SavedAudience audience) {
        return manage.save(actor.get(), audience);
    }

    @Override
    public SavedAudience duplicate(String name) {
        return manage.duplicate(actor.get(), name);
    }

    @Override
    public boolean delete(String name) {
        return manage.delete(actor.get(), name);
    }

    @Override
    public List<SuppressionRule> suppressionRules() {
        return store.suppressionRules();
    }

    @Override
    public List<SuppressionRule> enableRule(String name, boolean enabled) {
        return manage.enableRule(actor.get(), name, enabled);
    }

    @Override
    public boolean mayEdit() {
        return actor.get().may(Permission.EDIT_CAMPAIGNS);
    }
}
