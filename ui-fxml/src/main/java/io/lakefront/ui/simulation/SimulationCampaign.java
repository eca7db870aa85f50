package io.lakefront.ui.simulation;

import java.util.Objects;

/**
 * A campaign the Simulation screen offers: its name, its status as a word ({@code draft}, {@code active}),
 * its audience in words, and whether it is live (approved or active, so that it competes for customers).
 */
public record SimulationCampaign(String name, String status, String audience, boolean live) {
    public SimulationCampaign {
        Objects.requireNonNull(name, "name");
        status = status == null ? "" : status;
        audience = audience == null ? "" : audience;
    }
}
