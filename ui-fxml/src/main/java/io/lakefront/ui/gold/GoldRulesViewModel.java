package io.lakefront.ui.gold;

import io.lakefront.domain.gold.ColumnMapping;
import io.lakefront.domain.gold.CustomGoldField;
import io.lakefront.domain.gold.FieldRule;
import io.lakefront.domain.gold.GoldField;
import io.lakefront.domain.gold.GoldFieldType;
import io.lakefront.domain.gold.GoldSetup;
import io.lakefront.domain.gold.GoldSpec;
import io.lakefront.domain.gold.GoldTarget;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.ui.common.Formats;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Gold rules screen's state: each gold field's survivorship rule, the user's own fields, and the
 * selected source's columns with where each goes. Edits stay here until saved to gold.yaml; they
 * apply at the next resolution. Loading and saving run in the background.
 */
public final class GoldRulesViewModel {
    private static final List<String> FIXED_TARGETS = List.of("full_name", "street_number", "email_opt_in",
            "sms_opt_in", "push_opt_in", "created_at", "updated_at", "ignore");

    private final GoldDesk desk;
    private final TaskExecutor tasks;

    private final ObservableList<FieldRuleRow> fields = FXCollections.observableArrayList();
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedSource = new SimpleObjectProperty<>(this, "selectedSource");
    private final ObservableList<MappingRow> mappings = FXCollections.observableArrayList();
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper(this, "location", "gold.yaml");

    /** Every source's rows, kept across source switches so edits to several sources save together. */
    private final Map<String, List<MappingRow>> rowsBySource = new LinkedHashMap<>();

    public GoldRulesViewModel(GoldDesk desk, TaskExecutor tasks) {
        this.desk = desk;
        this.tasks = tasks;
        selectedSource.addListener((obs, old, source) ->
                mappings.setAll(source == null ? List.of() : rowsBySource.getOrDefault(source, List.of())));
    }

    public void load() {
        busy.set(true);
        tasks.submit("Loading the gold rules", context -> desk.show()).result().whenComplete((setup, error) -> {
            busy.set(false);
            if (error != null) {
                problem.set("Could not read the gold rules: " + Formats.problem(error));
                return;
            }
            problem.set("");
            apply(setup);
        });
    }

    private void apply(GoldSetup setup) {
        location.set(setup.location());
        List<FieldRuleRow> rows = new ArrayList<>();
        for (GoldField field : GoldField.values()) {
            rows.add(watched(new FieldRuleRow(field.columnName(), null, setup.spec().rule(field))));
        }
        for (CustomGoldField field : setup.spec().customFields()) {
            rows.add(watched(new FieldRuleRow(field.name(), field.type(), field.rule())));
        }
        fields.setAll(rows);
        rowsBySource.clear();
        for (Map.Entry<String, List<ColumnMapping>> source : setup.sources().entrySet()) {
            List<MappingRow> columns = new ArrayList<>();
            for (ColumnMapping mapping : source.getValue()) {
                MappingRow row = new MappingRow(mapping);
                row.targetProperty().addListener((obs, old, now) -> edited());
                columns.add(row);
            }
            rowsBySource.put(source.getKey(), columns);
        }
        refreshTargets();
        String keep = selectedSource.get();
        sources.setAll(rowsBySource.keySet());
        selectedSource.set(null);
        selectedSource.set(rowsBySource.containsKey(keep) ? keep : sources.isEmpty() ? null : sources.get(0));
        dirty.set(false);
    }

    private FieldRuleRow watched(FieldRuleRow row) {
        row.ruleProperty().addListener((obs, old, now) -> edited());
        row.listProperty().addListener((obs, old, now) -> edited());
        return row;
    }

    private void edited() {
        dirty.set(true);
        message.set("");
        problem.set("");
    }

    private void refreshTargets() {
        List<String> names = new ArrayList<>();
        for (GoldField field : GoldField.values()) {
            names.add(field.columnName());
        }
        names.addAll(FIXED_TARGETS);
        fields.stream().filter(FieldRuleRow::custom).forEach(row -> names.add(names.size() - 1, row.field()));
        targets.setAll(names);
    }

    /**
     * Adds a field of the user's own (it is filled once a source column is mapped to it). A name that
     * is taken or not a field name is refused with the reason.
     */
    public boolean addField(String name, GoldFieldType type) {
        String n = name == null ? "" : name.strip();
        var problemWithName = GoldSpec.checkCustomName(n);
        if (problemWithName.isPresent()) {
            problem.set(problemWithName.get());
            return false;
        }
        if (fields.stream().anyMatch(row -> row.field().equals(n))) {
            problem.set("'" + n + "' is already a field");
            return false;
        }
        fields.add(watched(new FieldRuleRow(n, type, FieldRule.MOST_RECENT)));
        refreshTargets();
        edited();
        message.set("Added '" + n + "'. Map a source column to it below, then save.");
        return true;
    }

    /** Removes a user-added field; columns mapped to it go back to their proposal. */
    public void removeField(FieldRuleRow row) {
        if (!row.custom()) {
            return;
        }
        fields.remove(row);
        for (List<MappingRow> columns : rowsBySource.values()) {
            for (MappingRow column : columns) {
                if (column.targetProperty().get().equals(row.field())) {
                    column.targetProperty().set(column.proposed());
                }
            }
        }
        refreshTargets();
        edited();
    }

    /** The specification the screen shows now; an incomplete rule is an IllegalArgumentException saying what is missing. */
    GoldSpec spec() {
        Map<GoldField, FieldRule> rules = new EnumMap<>(GoldField.class);
        List<CustomGoldField> custom = new ArrayList<>();
        Set<String> customNames = new HashSet<>();
        for (FieldRuleRow row : fields) {
            if (row.custom()) {
                custom.add(new CustomGoldField(row.field(), row.type(), row.toRule()));
                customNames.add(row.field());
            } else {
                rules.put(GoldField.byColumnName(row.field()).orElseThrow(), row.toRule());
            }
        }
        Map<String, Map<String, GoldTarget>> chosen = new LinkedHashMap<>();
        rowsBySource.forEach((source, columns) -> {
            Map<String, GoldTarget> overrides = new LinkedHashMap<>();
            for (MappingRow column : columns) {
                if (column.overridden()) {
                    overrides.put(column.column(), GoldTarget.parse(column.targetProperty().get(), customNames)
                            .orElseThrow(() -> new IllegalArgumentException(source + "." + column.column() + ": '"
                                    + column.targetProperty().get() + "' is no longer a field")));
                }
            }
            if (!overrides.isEmpty()) {
                chosen.put(source, overrides);
            }
        });
        return new GoldSpec(rules, custom, chosen);
    }

    public void save() {
        GoldSpec spec;
        try {
            spec = spec();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        busy.set(true);
        tasks.submit("Saving the gold rules", context -> desk.save(spec)).result().whenComplete((setup, error) -> {
            busy.set(false);
            if (error != null) {
                problem.set("Not saved: " + Formats.problem(error));
                return;
            }
            apply(setup);
            message.set("Saved to " + setup.location() + ". The gold table follows these rules from the next "
                    + "resolution (Identity → Run resolution).");
        });
    }

    /** Throws away unsaved edits. */
    public void revert() {
        message.set("");
        load();
    }

    public boolean canEdit() {
        return desk.canEdit();
    }

    public ObservableList<FieldRuleRow> fields() { return fields; }
    public ObservableList<String> sources() { return sources; }
    public ObjectProperty<String> selectedSourceProperty() { return selectedSource; }
    public ObservableList<MappingRow> mappings() { return mappings; }
    /** The places a column can go, by their gold.yaml names. */
    public ObservableList<String> targets() { return targets; }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty locationProperty() { return location.getReadOnlyProperty(); }
}
