package io.lakefront.domain.identity.review;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.workspace.ClusterSummary;
import io.lakefront.domain.identity.workspace.DecideLink;
import io.lakefront.domain.identity.workspace.LinkDecision;
import io.lakefront.domain.identity.workspace.RecordAssignment;
import io.lakefront.domain.identity.workspace.ResolutionStore;
import io.lakefront.domain.time.WorkspaceClock;
import java.util.ArrayList;
import java.util.List;

/**
 * A steward's hand on whole clusters: split a record out of its cluster (a cannot-link to every other
 * member) or merge two clusters (a must-link between one record of each). Both are link decisions
 * through {@link DecideLink} — audited, and respected by every later run until a person withdraws
 * them; nothing automatic undoes them. The clusters change at the next resolution run.
 */
public final class ReshapeClusters {
    private final ResolutionStore store;
    private final DecideLink decideLink;
    private final AuditLog audit;
    private final WorkspaceClock clock;

    public ReshapeClusters(ResolutionStore store, DecideLink decideLink, AuditLog audit, WorkspaceClock clock) {
        this.store = store;
        this.decideLink = decideLink;
        this.audit = audit;
        this.clock = clock;
    }

    /** Cannot-links between the record and each other member of its current cluster. */
    public List<LinkDecision> split(Actor actor, RecordKey record, String reason) {
        actor.require(Permission.REVIEW_MATCHES);
        RecordAssignment assignment = store.assignment(record)
                .orElseThrow(() -> new UserError("record " + record + " is in no cluster of the latest resolution run"));
        ClusterSummary cluster = store.cluster(assignment.clusterId()).orElseThrow(
                () -> new UserError("cluster " + assignment.clusterId() + " of record " + record + " is gone"));
        if (cluster.members().size() < 2) {
            throw new UserError("record " + record + " is alone in cluster " + cluster.clusterId() + ": nothing to split");
        }
        List<LinkDecision> decisions = new ArrayList<>();
        for (RecordKey other : cluster.members()) {
            if (!other.equals(record)) {
                decisions.add(decideLink.decide(actor, record, other, LinkDecision.Kind.CANNOT_LINK,
                        reason(reason, "split out of cluster " + cluster.clusterId()), null));
            }
        }
        audit.append(new AuditEntry(clock.now(), actor.name(), "identity.cluster_split", "cluster " + cluster.clusterId(),
                record + " split out (" + decisions.size() + " cannot-links)"));
        return decisions;
    }

    /** A must-link between the first member of each cluster. */
    public LinkDecision merge(Actor actor, long clusterX, long clusterY, String reason) {
        actor.require(Permission.REVIEW_MATCHES);
        if (clusterX == clusterY) {
            throw new UserError("merge: cluster " + clusterX + " twice; pick two different clusters");
        }
        RecordKey x = first(clusterX);
        RecordKey y = first(clusterY);
        LinkDecision decision = decideLink.decide(actor, x, y, LinkDecision.Kind.MUST_LINK,
                reason(reason, "merge of clusters " + clusterX + " and " + clusterY), null);
        audit.append(new AuditEntry(clock.now(), actor.name(), "identity.clusters_merged",
                "clusters " + clusterX + " and " + clusterY, "must-link " + x + " - " + y));
        return decision;
    }

    private RecordKey first(long clusterId) {
        ClusterSummary cluster = store.cluster(clusterId)
                .orElseThrow(() -> new UserError("no cluster " + clusterId + " in the latest resolution run"));
        return cluster.members().get(0);
    }

    private static String reason(String given, String otherwise) {
        return given == null || given.isBlank() ? otherwise : given.strip();
    }
}
