package io.lakefront.ui.customers;

import io.lakefront.ui.common.EmptyStateScreen;
import io.lakefront.ui.shell.Navigator;

public final class CustomersView extends EmptyStateScreen {
    public CustomersView(CustomersViewModel viewModel, Navigator navigator) {
        super(viewModel.emptyState(), navigator);
    }
}
