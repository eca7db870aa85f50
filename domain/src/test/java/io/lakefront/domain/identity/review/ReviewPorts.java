package io.lakefront.domain.identity.review;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.SecretStore;
import io.lakefront.domain.identity.LinkConstraint;
import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.Waterfall;
import io.lakefront.domain.identity.WaterfallStep;
import io.lakefront.domain.identity.workspace.DecideLink;
import io.lakefront.domain.identity.workspace.LinkDecision;
import io.lakefront.domain.identity.workspace.LinkDecisionLog;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory ports around {@link ReviewWithModel}: a review band, records with waterfalls, decisions, audit. */
final class ReviewPorts {
    final Map<Long, OpenReviewItem> open = new LinkedHashMap<>();
    final Map<Long, String> settledBy = new HashMap<>();
    final Map<RecordKey, PersonRecord> records = new HashMap<>();
    final List<LinkDecision> decisions = new ArrayList<>();
    final List<AuditEntry> audit = new ArrayList<>();
    final Map<String, String> secrets = new HashMap<>();
    final Map<String, ModelVerdict> cache = new HashMap<>();
    final WorkspaceClock clock = WorkspaceClock.fixedAt(Instant.parse("2026-10-20T10:00:00Z"));
    ModelReviewSettings settings = ModelReviewSettings.none();

    /** Adds an open item for two records with these fields; the waterfall compares given and family name. */
    void item(long id, PersonRecord a, PersonRecord b) {
        records.put(a.key(), a);
        records.put(b.key(), b);
        open.put(id, new OpenReviewItem(id, a.key(), b.key(), 0.5, 0.6));
    }

    ReviewWithModel useCase(PairReviewer reviewer) {
        AuditLog auditLog = new AuditLog() {
            @Override public void append(AuditEntry entry) { audit.add(entry); }
            @Override public List<AuditEntry> recent(int limit) { return List.copyOf(audit); }
        };
        LinkDecisionLog log = new LinkDecisionLog() {
            @Override public void append(LinkDecision decision) { decisions.add(decision); }
            @Override public List<LinkDecision> history(int limit) { return List.copyOf(decisions); }
            @Override public List<LinkDecision> about(Collection<RecordKey> keys) { return List.of(); }
            @Override public List<LinkConstraint> inForce() { return List.of(); }
        };
        ModelReviewSettingsStore store = new ModelReviewSettingsStore() {
            @Override public ModelReviewSettings load() { return settings; }
            @Override public void save(ModelReviewSettings s) { settings = s; }
            @Override public String location() { return "llm.yaml"; }
        };
        ReviewBand band = new ReviewBand() {
            @Override public List<OpenReviewItem> open(int limit) { return open.values().stream().limit(limit).toList(); }
            @Override public boolean settle(long itemId, String decidedBy, Instant at) {
                settledBy.put(itemId, decidedBy);
                return open.remove(itemId) != null;
            }
        };
        ReviewEvidence evidence = (Actor actor, TaskContext context) -> (a, b) -> {
            PersonRecord x = records.get(a);
            PersonRecord y = records.get(b);
            if (x == null || y == null) {
                return Optional.empty();
            }
            return Optional.of(new ReviewEvidence.Pair(x, y, new Waterfall(a, b, List.of(
                    new WaterfallStep("given_name", "exact", x.field("given_name"), y.field("given_name"), 3.0, 0.5),
                    new WaterfallStep("family_name", "else", x.field("family_name"), y.field("family_name"), -2.0, 0)),
                    1.5, 0.6, MatchBand.REVIEW, null)));
        };
        VerdictCache verdicts = new VerdictCache() {
            @Override public Optional<ModelVerdict> cached(String fingerprint) { return Optional.ofNullable(cache.get(fingerprint)); }
            @Override public void remember(String fingerprint, ModelVerdict verdict) { cache.put(fingerprint, verdict); }
        };
        return new ReviewWithModel(store, secretStore(), (s, key) -> reviewer, band, evidence, verdicts,
                new DecideLink(log, auditLog, clock), auditLog, clock);
    }

    SecretStore secretStore() {
        return new SecretStore() {
            @Override public Optional<String> get(String name) { return Optional.ofNullable(secrets.get(name)); }
            @Override public void put(String name, String value) { secrets.put(name, value); }
            @Override public void remove(String name) { secrets.remove(name); }
        };
    }

    static PersonRecord person(String id, String given, String family, String birth, String email) {
        Map<String, String> fields = new HashMap<>();
        fields.put("given_name", given);
        fields.put("family_name", family);
        fields.put("birth_date", birth);
        fields.put("email", email);
        fields.put("street", "1 Secret Lane");
        return new PersonRecord("crm", id, fields);
    }
}
