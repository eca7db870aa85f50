package io.lakefront.domain.source;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.time.WorkspaceClock;
import java.util.Map;

/** Registers a new source after checking its name; the first sync is a separate step. */
public final class AddSource {
    /** Options every JDBC source names one of: the table to read, or a SELECT to run. */
    public static final String TABLE = "table";
    public static final String QUERY = "query";

    private final SourceStore sources;
    private final AuditLog audit;
    private final WorkspaceClock clock;

    public AddSource(SourceStore sources, AuditLog audit, WorkspaceClock clock) {
        this.sources = sources;
        this.audit = audit;
        this.clock = clock;
    }

    public Source add(Actor actor, String name, SourceKind kind, String location, Map<String, String> options) {
        Source source = check(actor, name, kind, location, options);
        sources.add(source);
        audit.append(new AuditEntry(clock.now(), actor.name(), "source.added", "source " + name, kind + " " + location));
        return source;
    }

    /**
     * Checks a source as {@link #add} would, without adding it: the Add source wizard tests and previews
     * it first. Returns the source that {@code add} would register.
     */
    public Source check(Actor actor, String name, SourceKind kind, String location, Map<String, String> options) {
        actor.require(Permission.MANAGE_SOURCES);
        if (!Source.isValidName(name)) {
            throw new UserError("source name '" + name + "': use 1-40 lower-case letters, digits or _, starting with a letter");
        }
        if (location == null || location.isBlank()) {
            throw new UserError("source '" + name + "': a location (file, folder or JDBC URL) is required");
        }
        if (kind == SourceKind.JDBC && !options.containsKey(TABLE) && !options.containsKey(QUERY)) {
            throw new UserError("source '" + name + "': a database source needs a table or a query to read");
        }
        if (options.containsKey(SessionPasswords.OPTION)) {
            // Sources are stored in plain text; there is no secret store yet.
            throw new UserError("source '" + name + "': a password is never saved with a source; "
                    + "the workbench keeps one in memory for the session only");
        }
        if (sources.find(name).isPresent()) {
            throw new UserError("source '" + name + "' already exists");
        }
        return new Source(name, kind, location, options, clock.now());
    }
}
