package io.lakefront.ui.customers;

import io.lakefront.ui.common.EmptyState;
import io.lakefront.ui.shell.Navigator;
import io.lakefront.ui.shell.ScreenController;
import javafx.fxml.FXML;

public final class CustomersView implements ScreenController {
    private final CustomersViewModel viewModel;
    private final Navigator navigator;

    @FXML private EmptyState emptyState;

    public CustomersView(CustomersViewModel viewModel, Navigator navigator) {
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
