package io.lakefront.app.cli;

import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --workspace} and {@code --as-of}, accepted before or after the command name
 * (CONTRACTS.md §1): inherited options write to the same field wherever they appear.
 */
public final class WorkspaceOptions {
    public static final Path DEFAULT_WORKSPACE = Path.of(System.getProperty("user.home"), ".lakefront", "workspace");

    private Path directory = DEFAULT_WORKSPACE;
    private String asOf;

    @Option(names = "--workspace", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The workspace folder (default: ~/.lakefront/workspace). Created on first use.")
    public void setDirectory(Path directory) {
        this.directory = directory;
    }

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD|INSTANT", scope = ScopeType.INHERIT,
            description = "Fixes \"now\" for everything relative to time, so results are reproducible.")
    public void setAsOf(String asOf) {
        this.asOf = asOf;
    }

    public Path directory() {
        return directory.toAbsolutePath().normalize();
    }

    public WorkspaceClock clock() {
        return asOf == null ? WorkspaceClock.system() : WorkspaceClock.parse(asOf);
    }
}
