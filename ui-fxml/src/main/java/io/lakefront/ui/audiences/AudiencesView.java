package io.lakefront.ui.audiences;

import io.lakefront.ui.common.EmptyState;
import io.lakefront.ui.shell.Navigator;
import io.lakefront.ui.shell.ScreenController;
import javafx.fxml.FXML;

public final class AudiencesView implements ScreenController {
    private final AudiencesViewModel viewModel;
    private final Navigator navigator;

    @FXML private EmptyState emptyState;

    public AudiencesView(AudiencesViewModel viewModel, Navigator navigator) {
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
