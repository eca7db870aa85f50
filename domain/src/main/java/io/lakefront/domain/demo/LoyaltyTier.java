package io.lakefront.domain.demo;

/** Loyalty tiers, earned by lifetime spend in the shop (in US dollars). */
enum LoyaltyTier {
    NONE("None", 0),
    BRONZE("Bronze", 150),
    SILVER("Silver", 500),
    GOLD("Gold", 1_500),
    PLATINUM("Platinum", 4_000);

    private final String label;
    private final double minimumSpendUsd;

    LoyaltyTier(String label, double minimumSpendUsd) {
        this.label = label;
        this.minimumSpendUsd = minimumSpendUsd;
    }

    String label() {
        return label;
    }

    static LoyaltyTier forSpend(double spendUsd) {
        LoyaltyTier tier = NONE;
        for (LoyaltyTier candidate : values()) {
            if (spendUsd >= candidate.minimumSpendUsd) {
                tier = candidate;
            }
        }
        return tier;
    }
}
