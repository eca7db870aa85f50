package io.lakefront.ui.gold;

import io.lakefront.domain.gold.GoldSetup;
import io.lakefront.domain.gold.GoldSpec;

/**
 * What the Gold rules screen needs from below (the composition root implements it with
 * {@link io.lakefront.domain.gold.ConfigureGold} and the signed-in actor). Both calls read or write
 * files and the database: never on the UI thread.
 */
public interface GoldDesk {
    GoldSetup show() throws Exception;

    /** Saves gold.yaml (audited); refused with a UserError when the actor may not change it. */
    GoldSetup save(GoldSpec spec) throws Exception;

    /** Whether the actor may change the rules (else the screen is read-only and says why). */
    boolean canEdit();
}
