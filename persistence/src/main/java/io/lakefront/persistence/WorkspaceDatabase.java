package io.lakefront.persistence;

import io.lakefront.domain.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;

/**
 * The workspace's embedded H2 database, migrated to the current schema on open, with the
 * domain's repository ports on top. One instance per process and workspace; close it on exit.
 *
 * <p>The file database sits at {@code <workspace>/db/lakefront.mv.db} and is opened with
 * {@code AUTO_SERVER=TRUE}: the first process to open it serves it, and a second one (the desktop
 * app while a command-line job runs, or the other way round) connects to that process instead of
 * failing on the file lock.
 */
public final class WorkspaceDatabase implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 8;

    private final String description;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final JdbiSourceStore sources;
    private final JdbiSyncHistory syncHistory;
    private final JdbiStagingStore staging;
    private final JdbiAuditLog audit;
    private final JdbiWorkspaceStats stats;
    private final JdbiResolutionStore resolutions;
    private final JdbiLinkDecisionLog linkDecisions;
    private final JdbiReviewItems reviewItems;
    private final JdbiPreparedSources preparedSources;
    private final JdbiModelVerdicts modelVerdicts;
    private final JdbiReviewBand reviewBand;

    private WorkspaceDatabase(String description, String url) {
        this.description = description;
        this.pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        this.jdbi = Jdbi.create(pool).installPlugin(new UtcInstants());
        this.sources = new JdbiSourceStore(jdbi);
        this.syncHistory = new JdbiSyncHistory(jdbi);
        this.staging = new JdbiStagingStore(jdbi, pool);
        this.audit = new JdbiAuditLog(jdbi);
        this.stats = new JdbiWorkspaceStats(jdbi);
        this.resolutions = new JdbiResolutionStore(jdbi);
        this.linkDecisions = new JdbiLinkDecisionLog(jdbi);
        this.reviewItems = new JdbiReviewItems(jdbi);
        // Prepared rows are read for resolution only; stamping a preparation time is not this reader's job.
        this.preparedSources = new JdbiPreparedSources(jdbi, pool, new JdbiPreparedStore(jdbi, java.time.Instant::now));
        this.modelVerdicts = new JdbiModelVerdicts(jdbi);
        this.reviewBand = new JdbiReviewBand(jdbi);
    }

    /** Opens (creating on first use) the database of the workspace folder and migrates it. */
    public static WorkspaceDatabase open(Path workspaceDir) {
        Path folder = workspaceDir.toAbsolutePath().normalize().resolve("db");
        if (folder.toString().contains(";")) {
            // A ';' would end the path inside the JDBC URL and start a setting.
            throw new UserError("workspace " + workspaceDir + ": its path may not contain ';'");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserError("workspace " + workspaceDir + ": cannot create the database folder " + folder
                    + " (" + e.getMessage() + ")", e);
        }
        return new WorkspaceDatabase("workspace " + workspaceDir,
                "jdbc:h2:file:" + folder.resolve("lakefront") + ";AUTO_SERVER=TRUE");
    }

    /**
     * A private in-memory database for tests. It lives until the JVM exits (DB_CLOSE_DELAY=-1), so
     * use a fresh name per test.
     */
    public static WorkspaceDatabase inMemory(String name) {
        if (name == null || !name.matches("[A-Za-z0-9_-]{1,100}")) {
            throw new IllegalArgumentException("in-memory database name '" + name + "': use letters, digits, _ or -");
        }
        return new WorkspaceDatabase("in-memory database " + name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            // Typically a workspace written by a newer Lakefront, or one whose file is locked by a
            // process that did not open it with AUTO_SERVER.
            throw new UserError(description + ": the database cannot be opened or migrated: "
                    + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown reason";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }

    /** For adapters elsewhere (gold, identity, campaigns) that bring their own queries. */
    public Jdbi jdbi() {
        return jdbi;
    }

    public JdbiSourceStore sourceStore() {
        return sources;
    }

    public JdbiSyncHistory syncHistory() {
        return syncHistory;
    }

    public JdbiStagingStore stagingStore() {
        return staging;
    }

    public JdbiAuditLog auditLog() {
        return audit;
    }

    public JdbiWorkspaceStats workspaceStats() {
        return stats;
    }

    /** Resolution runs, each record's cluster and the latest run's scored pairs (migration V5). */
    public JdbiResolutionStore resolutionStore() {
        return resolutions;
    }

    /** People's must-link / cannot-link decisions, append-only. */
    public JdbiLinkDecisionLog linkDecisions() {
        return linkDecisions;
    }

    /** The review queue's items (migrations V2, V5, V6). */
    public JdbiReviewItems reviewItems() {
        return reviewItems;
    }

    /** The prepared tables read back row by row, for resolution and the gold build. */
    public JdbiPreparedSources preparedSources() {
        return preparedSources;
    }

    /** The language model's verdicts on review pairs, append-only, with the cache of questions asked (migration V7). */
    public JdbiModelVerdicts modelVerdicts() {
        return modelVerdicts;
    }

    /** The open review items of the latest run, as the model stage reads and settles them. */
    public JdbiReviewBand reviewBand() {
        return reviewBand;
    }

    /** Releases this process's connections; the database file closes when no process uses it. */
    @Override
    public void close() {
        pool.dispose();
    }

    @Override
    public String toString() {
        return description;
    }
}
