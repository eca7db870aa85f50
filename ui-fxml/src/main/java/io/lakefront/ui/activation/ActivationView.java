package io.lakefront.ui.activation;

import io.lakefront.ui.common.EmptyStateScreen;
import io.lakefront.ui.shell.Navigator;

public final class ActivationView extends EmptyStateScreen {
    public ActivationView(ActivationViewModel viewModel, Navigator navigator) {
        super(viewModel.emptyState(), navigator);
    }
}
