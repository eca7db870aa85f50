package io.lakefront.domain.gold.profile;

import io.lakefront.domain.UserError;
import io.lakefront.domain.gold.CustomerIds;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.governance.PermissionDenied;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.review.ReshapeClusters;
import io.lakefront.domain.identity.workspace.LinkDecision;
import java.util.List;

/**
 * Customer 360's "Split out": takes one member record out of a customer with a reason, through
 * {@link ReshapeClusters#split} (cannot-links to every other member, audited). Like every link
 * decision it changes the customer at the next resolution run, not before.
 */
public final class SplitOutMember {
    /** What a split did, and the sentence the screen shows. */
    public record Split(String customerId, RecordKey record, List<LinkDecision> decisions) {
        public Split {
            decisions = List.copyOf(decisions);
        }

        public String message() {
            return record + " will leave " + customerId + " at the next resolution run (" + decisions.size()
                    + (decisions.size() == 1 ? " cannot-link" : " cannot-links") + " recorded).";
        }
    }

    private final ReshapeClusters reshape;
    private final MemberRecords members;

    public SplitOutMember(ReshapeClusters reshape, MemberRecords members) {
        this.reshape = reshape;
        this.members = members;
    }

    public Split split(Actor actor, String customerId, RecordKey record, String reason) {
        if (!actor.may(Permission.RESOLVE_IDENTITIES) && !actor.may(Permission.REVIEW_MATCHES)) {
            throw new PermissionDenied(actor, Permission.REVIEW_MATCHES);
        }
        if (reason == null || reason.isBlank()) {
            throw new UserError("split " + record + " out of " + customerId + ": say why (the reason is kept in the history)");
        }
        long clusterId = CustomerIds.clusterOf(customerId);
        boolean member = members.of(clusterId).stream().anyMatch(m -> m.key().equals(record));
        if (!member) {
            throw new UserError("record " + record + " is not a member of customer " + customerId);
        }
        return new Split(customerId, record, reshape.split(actor, record, reason.strip()));
    }
}
