package io.lakefront.ui.identity;

/** The Identity screen's tabs, so that the view model can bring one to the front. */
public enum IdentityTab {
    OVERVIEW, PAIRS, CLUSTERS, RULES
}
