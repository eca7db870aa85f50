package io.lakefront.ui.audiences;

import io.lakefront.ui.common.EmptyStateScreen;
import io.lakefront.ui.shell.Navigator;

public final class AudiencesView extends EmptyStateScreen {
    public AudiencesView(AudiencesViewModel viewModel, Navigator navigator) {
        super(viewModel.emptyState(), navigator);
    }
}
