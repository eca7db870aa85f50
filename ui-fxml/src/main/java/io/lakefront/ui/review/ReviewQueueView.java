package io.lakefront.ui.review;

import io.lakefront.ui.common.EmptyStateScreen;
import io.lakefront.ui.shell.Navigator;

public final class ReviewQueueView extends EmptyStateScreen {
    public ReviewQueueView(ReviewQueueViewModel viewModel, Navigator navigator) {
        super(viewModel.emptyState(), navigator);
    }
}
