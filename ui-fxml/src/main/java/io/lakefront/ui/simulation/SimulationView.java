package io.lakefront.ui.simulation;

import io.lakefront.ui.common.EmptyStateScreen;
import io.lakefront.ui.shell.Navigator;

public final class SimulationView extends EmptyStateScreen {
    public SimulationView(SimulationViewModel viewModel, Navigator navigator) {
        super(viewModel.emptyState(), navigator);
    }
}
