package io.lakefront.ui.identity;

import io.lakefront.ui.common.EmptyStateScreen;
import io.lakefront.ui.shell.Navigator;

public final class IdentityView extends EmptyStateScreen {
    public IdentityView(IdentityViewModel viewModel, Navigator navigator) {
        super(viewModel.emptyState(), navigator);
    }
}
