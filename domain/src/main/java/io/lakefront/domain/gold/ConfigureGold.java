package io.lakefront.domain.gold;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.workspace.PreparedSources;
import io.lakefront.domain.identity.workspace.WorkspaceRecords;
import io.lakefront.domain.prep.PreparedColumn;
import io.lakefront.domain.time.WorkspaceClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Use case: see and change how the gold table is built — each field's survivorship rule, the user's
 * own fields, and where each person source's columns go. Anyone may look; changing it needs the right
 * to manage sources or resolve identities, and is audited. Changes apply at the next resolution.
 */
public final class ConfigureGold {
    private final GoldSpecStore specs;
    private final PreparedSources sources;
    private final AuditLog audit;
    private final WorkspaceClock clock;

    public ConfigureGold(GoldSpecStore specs, PreparedSources sources, AuditLog audit, WorkspaceClock clock) {
        this.specs = specs;
        this.sources = sources;
        this.audit = audit;
        this.clock = clock;
    }

    public GoldSetup show(Actor actor) {
        actor.require(Permission.VIEW_WORKSPACE);
        return setup(specs.load());
    }

    public GoldSetup save(Actor actor, GoldSpec spec) {
        if (!actor.may(Permission.MANAGE_SOURCES)) {
            actor.require(Permission.RESOLVE_IDENTITIES);
        }
        GoldSpec before = specs.load();
        specs.save(spec);
        audit.append(new AuditEntry(clock.now(), actor.name(), "gold.configured", specs.describe(),
                describeChange(before, spec)));
        return setup(spec);
    }

    private GoldSetup setup(GoldSpec spec) {
        Map<String, List<ColumnMapping>> mapped = new TreeMap<>();
        for (String source : sources.names()) {
            List<PreparedColumn> columns = sources.columns(source);
            if (WorkspaceRecords.isAboutPeople(columns)) {
                mapped.put(source, GoldColumns.of(source, columns, spec).mappings());
            }
        }
        return new GoldSetup(spec, mapped, specs.describe());
    }

    /** A short account of what changed, for the audit log. */
    static String describeChange(GoldSpec before, GoldSpec after) {
        List<String> changes = new ArrayList<>();
        for (GoldField field : GoldField.values()) {
            if (!before.rule(field).equals(after.rule(field))) {
                changes.add(field.columnName() + ": " + after.rule(field).describe());
            }
        }
        for (CustomGoldField field : after.customFields()) {
            if (!before.customFields().contains(field)) {
                changes.add("custom field " + field.name() + " (" + field.type().yamlName() + ", "
                        + field.rule().describe() + ")");
            }
        }
        for (CustomGoldField field : before.customFields()) {
            if (after.customField(field.name()).isEmpty()) {
                changes.add("custom field " + field.name() + " removed");
            }
        }
        if (!before.mappings().equals(after.mappings())) {
            changes.add("mappings of " + String.join(", ", new TreeMap<>(after.mappings()).keySet()));
        }
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }
}
