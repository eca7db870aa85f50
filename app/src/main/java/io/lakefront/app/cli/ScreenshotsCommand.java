package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.domain.UserError;
import io.lakefront.ui.ScreenshotRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Renders every screen of a workspace to PNG files with no display: JavaFX runs on Monocle's
 * headless platform with the software renderer.
 */
@Command(name = "screenshots", mixinStandardHelpOptions = true,
        description = "Renders every screen of the workspace to PNG files (no display needed); resolves identities first when the workspace has sources and no run yet.")
final class ScreenshotsCommand extends WorkspaceCommand {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the PNG files.")
    Path out;

    @Option(names = "--dark", description = "Use the dark theme.")
    boolean dark;

    @Override
    protected int run(Workspace workspace) throws Exception {
        useHeadlessToolkit();
        Files.createDirectories(out);
        resolveFirst(workspace);
        List<Path> files = ScreenshotRenderer.renderAll(workspace.appServices(), out, dark);
        files.forEach(f -> out().println(f));
        return LakefrontCommand.OK;
    }

    /**
     * The Identity screen shows what a run found: without a run yet, resolve the workspace first, so
     * that its pictures show real content. A workspace with nothing to resolve keeps the empty state.
     */
    private void resolveFirst(Workspace workspace) throws Exception {
        if (workspace.database().sourceStore().list().isEmpty() || workspace.identityWorkbench().latest().isPresent()) {
            return;
        }
        try {
            workspace.identityWorkbench().run(new ConsoleProgress());
        } catch (UserError | java.io.IOException notResolved) {
            // A source that cannot be read must not cost the other screens their pictures.
            System.err.println("screenshots: identity not resolved (" + notResolved.getMessage()
                    + "); the Identity screen shows its empty state");
        }
    }

    private static void useHeadlessToolkit() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }
}
