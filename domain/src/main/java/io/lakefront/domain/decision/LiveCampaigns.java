package io.lakefront.domain.decision;

import io.lakefront.domain.campaign.CampaignStatus;
import io.lakefront.domain.campaign.brief.BriefStore;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The campaigns that compete for customers on a day: every brief approved or active (not a draft, not
 * paused, not ended) whose schedule includes that day, with the evidence each has gathered. A
 * simulation adds the campaign it simulates even while that one is still a draft.
 */
public final class LiveCampaigns {
    private final BriefStore briefs;
    private final ContactLedger ledger;

    public LiveCampaigns(BriefStore briefs, ContactLedger ledger) {
        this.briefs = briefs;
        this.ledger = ledger;
    }

    /** The live campaigns on {@code today}, by name. */
    public List<LiveCampaign> on(LocalDate today) {
        return with(today, Optional.empty());
    }

    /** The live campaigns on {@code today} and {@code extra} (replacing a live one of the same name). */
    public List<LiveCampaign> with(LocalDate today, Optional<CampaignBrief> extra) {
        Map<String, CampaignEvidence> evidence = ledger.evidence();
        List<LiveCampaign> live = new ArrayList<>();
        for (CampaignBrief brief : briefs.list()) {
            if (extra.isPresent() && extra.get().name().equals(brief.name())) {
                continue;
            }
            if (live(brief, today)) {
                live.add(new LiveCampaign(brief, evidence.get(brief.name())));
            }
        }
        extra.ifPresent(brief -> live.add(new LiveCampaign(brief, evidence.get(brief.name()))));
        return List.copyOf(live);
    }

    /** Approved or active, and running on {@code today}. */
    public static boolean live(CampaignBrief brief, LocalDate today) {
        boolean running = brief.status() == CampaignStatus.APPROVED || brief.status() == CampaignStatus.ACTIVE;
        return running && !today.isBefore(brief.schedule().start())
                && (brief.schedule().end() == null || !today.isAfter(brief.schedule().end()));
    }
}
