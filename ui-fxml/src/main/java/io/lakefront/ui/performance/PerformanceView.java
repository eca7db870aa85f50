package io.lakefront.ui.performance;

import io.lakefront.ui.common.EmptyStateScreen;
import io.lakefront.ui.shell.Navigator;

public final class PerformanceView extends EmptyStateScreen {
    public PerformanceView(PerformanceViewModel viewModel, Navigator navigator) {
        super(viewModel.emptyState(), navigator);
    }
}
