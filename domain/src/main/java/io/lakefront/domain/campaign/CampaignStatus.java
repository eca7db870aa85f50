package io.lakefront.domain.campaign;

public enum CampaignStatus {
    DRAFT,
    APPROVED,
    ACTIVE,
    PAUSED,
    ENDED
}
