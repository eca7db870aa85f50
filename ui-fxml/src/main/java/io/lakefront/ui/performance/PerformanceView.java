package io.lakefront.ui.performance;

import io.lakefront.ui.common.EmptyState;
import io.lakefront.ui.shell.Navigator;
import io.lakefront.ui.shell.ScreenController;
import javafx.fxml.FXML;

public final class PerformanceView implements ScreenController {
    private final PerformanceViewModel viewModel;
    private final Navigator navigator;

    @FXML private EmptyState emptyState;

    public PerformanceView(PerformanceViewModel viewModel, Navigator navigator) {
        this.viewModel = viewModel;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        emptyState.show(viewModel.emptyState(), navigator);
    }

    @Override
    public void shown() {
        // Nothing to load until the engine behind this screen exists.
    }
}
