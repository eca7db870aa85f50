package io.lakefront.app.desktop;

import io.lakefront.app.Workspace;
import io.lakefront.app.cli.WorkspaceOptions;
import io.lakefront.connectors.yaml.WorkspaceConfig;
import io.lakefront.ui.WorkbenchApplication;
import io.lakefront.ui.shell.ThemeMode;

/** Opens the desktop workbench on a workspace and keeps it open until the window closes. */
public final class Desktop {
    private Desktop() {
    }

    public static void open(WorkspaceOptions options) {
        try (Workspace workspace = Workspace.open(options.directory(), options.clock())) {
            ThemeMode theme = workspace.config().theme() == WorkspaceConfig.Theme.DARK ? ThemeMode.DARK : ThemeMode.LIGHT;
            WorkbenchApplication.launch(workspace::appServices, theme, chosen -> workspace.saveTheme(
                    chosen == ThemeMode.DARK ? WorkspaceConfig.Theme.DARK : WorkspaceConfig.Theme.LIGHT));
        }
    }
}
