package io.lakefront.ui.sources;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.source.AddSource;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.ui.common.Formats;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Add source form. Validation is the use case's: its {@link UserError} message is shown as
 * it is, so the UI and the command line say the same thing.
 */
public final class AddSourceViewModel {
    private final AddSource addSource;
    private final Actor actor;
    private final TaskExecutor tasks;
    private final Consumer<Source> added;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<SourceKind> kind = new SimpleObjectProperty<>(this, "kind", SourceKind.FILE);
    private final StringProperty location = new SimpleStringProperty(this, "location", "");
    private final StringProperty tableOrQuery = new SimpleStringProperty(this, "tableOrQuery", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final StringBinding locationPrompt =
            Bindings.createStringBinding(() -> SourceKinds.locationPrompt(kind.get()), kind);
    private final BooleanBinding browsable = Bindings.createBooleanBinding(() -> kind.get() != SourceKind.JDBC, kind);
    private final BooleanBinding database = browsable.not();

    public AddSourceViewModel(AddSource addSource, Actor actor, TaskExecutor tasks, Consumer<Source> added) {
        this.addSource = addSource;
        this.actor = actor;
        this.tasks = tasks;
        this.added = added;
    }

    /**
     * Adds the source in the background. Completes with the source, or empty when the input was
     * refused; then {@link #errorProperty()} says why.
     */
    public CompletionStage<Optional<Source>> submit() {
        error.set("");
        busy.set(true);
        String sourceName = name.get() == null ? "" : name.get().trim();
        String sourceLocation = location.get() == null ? "" : location.get().trim();
        SourceKind sourceKind = kind.get();
        Map<String, String> options = sourceKind == SourceKind.JDBC ? databaseOptions() : Map.of();
        return tasks.submit("Adding source " + sourceName,
                        context -> addSource.add(actor, sourceName, sourceKind, sourceLocation, options))
                .result()
                .handle((source, failure) -> {
                    busy.set(false);
                    if (failure != null) {
                        error.set(Formats.problem(failure));
                        return Optional.<Source>empty();
                    }
                    added.accept(source);
                    return Optional.of(source);
                });
    }

    /** A table name, or a SELECT statement (told apart by its first word), and the user to connect as. */
    private Map<String, String> databaseOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        String what = tableOrQuery.get() == null ? "" : tableOrQuery.get().trim();
        if (!what.isEmpty()) {
            boolean query = what.regionMatches(true, 0, "select", 0, 6) || what.regionMatches(true, 0, "with", 0, 4);
            options.put(query ? AddSource.QUERY : AddSource.TABLE, what);
        }
        String who = user.get() == null ? "" : user.get().trim();
        if (!who.isEmpty()) {
            options.put("user", who);
        }
        return options;
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty tableOrQueryProperty() { return tableOrQuery; }
    public StringProperty userProperty() { return user; }
    /** Database sources ask for a table or query and a user; files do not. */
    public BooleanBinding databaseProperty() { return database; }
    public ObjectProperty<SourceKind> kindProperty() { return kind; }
    public StringProperty locationProperty() { return location; }
    /** Empty, or the one-line reason the source was refused. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public StringBinding locationPromptProperty() { return locationPrompt; }
    /** Files and folders have a chooser; JDBC URLs are typed. */
    public BooleanBinding browsableProperty() { return browsable; }
}
