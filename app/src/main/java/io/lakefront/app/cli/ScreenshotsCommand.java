package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
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
        description = "Renders every screen of the workspace to PNG files (no display needed).")
final class ScreenshotsCommand extends WorkspaceCommand {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the PNG files.")
    Path out;

    @Option(names = "--dark", description = "Use the dark theme.")
    boolean dark;

    @Override
    protected int run(Workspace workspace) throws Exception {
        useHeadlessToolkit();
        Files.createDirectories(out);
        List<Path> files = ScreenshotRenderer.renderAll(workspace.appServices(), out, dark);
        files.forEach(f -> out().println(f));
        return LakefrontCommand.OK;
    }

    private static void useHeadlessToolkit() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }
}
