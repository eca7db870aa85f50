package io.lakefront.app;

import io.lakefront.app.cli.LakefrontCommand;
import io.lakefront.app.cli.WorkspaceOptions;
import java.nio.file.Path;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The plain {@code main} that starts Lakefront. It must not extend {@code Application}: a JavaFX
 * application class as the main class fails on the class path ("JavaFX runtime components are
 * missing"), so the desktop application is started from here.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // The log goes into the workspace: its folder must be known before the first logger exists.
        Workspace.prepareLogging(workspaceIn(args));
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(LakefrontCommand.run(args));
    }

    /** A first look at {@code --workspace}, before picocli parses everything. */
    static Path workspaceIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--workspace") && i + 1 < args.length) {
                return Path.of(args[i + 1]).toAbsolutePath().normalize();
            }
            if (args[i].startsWith("--workspace=")) {
                return Path.of(args[i].substring("--workspace=".length())).toAbsolutePath().normalize();
            }
        }
        return WorkspaceOptions.DEFAULT_WORKSPACE;
    }
}
