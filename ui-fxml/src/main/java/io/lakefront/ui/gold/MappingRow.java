package io.lakefront.ui.gold;

import io.lakefront.domain.gold.ColumnMapping;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One source column on the Gold rules screen: where it goes (editable) and where its tag proposes. */
public final class MappingRow {
    private final String column;
    private final String tag;
    private final String proposed;
    private final StringProperty target = new SimpleStringProperty(this, "target");

    MappingRow(ColumnMapping mapping) {
        this.column = mapping.column();
        this.tag = mapping.tag().code();
        this.proposed = mapping.proposed().yamlName();
        target.set(mapping.target().yamlName());
    }

    public String column() {
        return column;
    }

    public String tag() {
        return tag;
    }

    public String proposed() {
        return proposed;
    }

    /** The target's gold.yaml name ({@code email}, {@code sms_opt_in}, {@code ignore}, a custom field). */
    public StringProperty targetProperty() {
        return target;
    }

    /** Whether the user moved the column away from the proposal. */
    public boolean overridden() {
        return !proposed.equals(target.get());
    }
}
