package io.lakefront.app.desktop;

import io.lakefront.app.Workspace;
import io.lakefront.app.cli.WorkspaceOptions;
import io.lakefront.ui.WorkbenchApplication;

/** Opens the desktop workbench on a workspace and keeps it open until the window closes. */
public final class Desktop {
    private Desktop() {
    }

    public static void open(WorkspaceOptions options) {
        try (Workspace workspace = Workspace.open(options.directory(), options.clock())) {
            WorkbenchApplication.launch(workspace::appServices);
        }
    }
}
