package io.lakefront.domain.campaign.brief;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.time.WorkspaceClock;
import java.util.List;
import java.util.Optional;

/**
 * Use case: sign a brief off. Only a role allowed to approve campaigns may; a brief with validation
 * errors (checked against the audience's data now) cannot be approved; the approval is a new version
 * naming who approved and when, and a line in the audit log.
 */
public final class ApproveBrief {
    private final BriefStore briefs;
    private final MeasureAudience measure;
    private final AuditLog audit;
    private final WorkspaceClock clock;

    public ApproveBrief(BriefStore briefs, MeasureAudience measure, AuditLog audit, WorkspaceClock clock) {
        this.briefs = briefs;
        this.measure = measure;
        this.audit = audit;
        this.clock = clock;
    }

    public CampaignBrief approve(Actor actor, String name) {
        actor.require(Permission.APPROVE_CAMPAIGNS);
        CampaignBrief brief = briefs.find(name)
                .orElseThrow(() -> new UserError("no campaign brief named '" + name + "'"));
        if (brief.approved()) {
            throw new UserError("campaign '" + name + "' is already " + brief.status().name().toLowerCase(java.util.Locale.ROOT)
                    + " (version " + brief.version() + ", by " + brief.approvedBy() + ")");
        }
        List<BriefProblem> errors = BriefValidator.validate(brief, Optional.of(measure.measure(brief.audience().filter())))
                .stream().filter(BriefProblem::error).toList();
        if (!errors.isEmpty()) {
            throw new UserError("campaign '" + name + "' cannot be approved: "
                    + String.join("; ", errors.stream().map(p -> p.section() + ": " + p.message()).toList()));
        }
        CampaignBrief approved = brief.approvedBy(actor.name(), clock.now()).withVersion(brief.version() + 1);
        briefs.save(approved);
        audit.append(new AuditEntry(clock.now(), actor.name(), "campaign.approved", "campaign " + name,
                "version=" + approved.version()));
        return approved;
    }
}
