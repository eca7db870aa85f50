package io.lakefront.domain.campaign.brief;

/**
 * Drafts a brief from the conversation's answers and the chosen audience's facts. A port so that a
 * language model can draft within the same typed structure while the domain stays pure; the offline
 * drafter ({@link DraftBrief}'s templates) is the default and the fallback of every other drafter.
 */
@FunctionalInterface
public interface BriefDrafter {
    CampaignBrief draft(BriefAnswers answers, AudienceFacts facts);

    /** The deterministic template drafter, needing no model. */
    static BriefDrafter offline() {
        return DraftBrief::draft;
    }
}
