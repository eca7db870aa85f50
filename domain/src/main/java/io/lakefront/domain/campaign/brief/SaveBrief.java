package io.lakefront.domain.campaign.brief;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.time.WorkspaceClock;
import java.util.Optional;

/**
 * Use case: keep an edited (or imported, or generated) brief as its campaign's next version. Saving
 * never approves: a changed plan is a draft again, whatever the brief said, so an approval always
 * covers exactly what was approved. Saving an unchanged plan keeps the current version.
 */
public final class SaveBrief {
    private final BriefStore briefs;
    private final AuditLog audit;
    private final WorkspaceClock clock;

    public SaveBrief(BriefStore briefs, AuditLog audit, WorkspaceClock clock) {
        this.briefs = briefs;
        this.audit = audit;
        this.clock = clock;
    }

    /** The brief as kept: its version, and its status (a draft unless the plan is unchanged). */
    public CampaignBrief save(Actor actor, CampaignBrief brief) {
        actor.require(Permission.EDIT_CAMPAIGNS);
        Optional<CampaignBrief> current = briefs.find(brief.name());
        if (current.isPresent() && current.get().samePlan(brief)) {
            return current.get();
        }
        int version = current.map(CampaignBrief::version).orElse(0) + 1;
        CampaignBrief kept = brief.asDraft().withVersion(version);
        briefs.save(kept);
        audit.append(new AuditEntry(clock.now(), actor.name(), "campaign.brief.saved", "campaign " + kept.name(),
                "version=" + version + " status=draft"));
        return kept;
    }
}
