package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A headless command that runs against the workspace named by {@code --workspace}. */
abstract class WorkspaceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        WorkspaceOptions options = workspaceOptions();
        try (Workspace workspace = Workspace.open(options.directory(), options.clock())) {
            return run(workspace);
        }
    }

    protected abstract int run(Workspace workspace) throws Exception;

    protected WorkspaceOptions workspaceOptions() {
        return ((LakefrontCommand) spec.root().userObject()).workspace;
    }

    protected java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
