package io.lakefront.ui.identity;

import io.lakefront.ui.common.EmptyState;
import io.lakefront.ui.shell.Navigator;
import io.lakefront.ui.shell.ScreenController;
import javafx.fxml.FXML;

public final class IdentityView implements ScreenController {
    private final IdentityViewModel viewModel;
    private final Navigator navigator;

    @FXML private EmptyState emptyState;

    public IdentityView(IdentityViewModel viewModel, Navigator navigator) {
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
