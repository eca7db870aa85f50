package io.lakefront.ui.simulation;

import io.lakefront.domain.decision.simulation.SimulationRequest;
import io.lakefront.domain.decision.simulation.SimulationResult;
import io.lakefront.domain.task.TaskContext;
import java.util.List;

/**
 * What the Simulation screen needs: the campaigns one can simulate and the simulation itself. The app
 * implements it over the workspace (the engine, the live campaigns, the gold table); tests use a fake.
 */
public interface SimulationDesk {
    /** Every campaign with a brief, drafts too (a draft is simulated as if it were approved). */
    List<SimulationCampaign> campaigns();

    /**
     * Decides for a sample of the campaign's qualified customers, considering every live campaign, and
     * changes nothing. Long: the screen runs it off the JavaFX thread; it reports progress to
     * {@code task} and stops when the task is cancelled.
     */
    SimulationResult simulate(SimulationRequest request, TaskContext task);
}
