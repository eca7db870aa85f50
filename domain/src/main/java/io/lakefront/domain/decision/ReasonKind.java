package io.lakefront.domain.decision;

/** The part of the Reasoning panel a reason belongs to, in the order the engine applies them. */
public enum ReasonKind {
    /** Consent, opt-out, suppression, reachability: the hard gates. */
    GATE("Rules checked"),
    /** Whether the audience selects the customer and where they are in the sequence. */
    ELIGIBILITY("Eligibility"),
    /** Propensity × value × weight, exploration, and the campaigns that competed. */
    PRIORITY("Why this campaign"),
    /** Frequency caps and who took the slot. */
    CAPACITY("Capacity"),
    /** Which touchpoint, which channel, which variant. */
    MESSAGE("Why this message"),
    /** Preferred hour, quiet hours, the customer's clock. */
    TIME("Why this time");

    private final String heading;

    ReasonKind(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }
}
