package io.lakefront.ui.settings;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.shell.MainViewModel;
import io.lakefront.ui.shell.ThemeMode;
import io.lakefront.ui.shell.ThemeSettings;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;

/** Settings: what this workbench runs on. Read-only except the theme; the language model has its own view model. */
public final class SettingsViewModel {
    private final Path workspace;
    private final WorkspaceClock clock;
    private final Actor actor;
    private final ThemeSettings theme;

    public SettingsViewModel(Path workspace, WorkspaceClock clock, Actor actor, ThemeSettings theme) {
        this.workspace = workspace;
        this.clock = clock;
        this.actor = actor;
        this.theme = theme;
    }

    public String workspaceFolder() {
        return workspace.toAbsolutePath().toString();
    }

    public String clockTitle() {
        return clock.fixed() ? "Fixed: as of " + clock.today() : "System clock";
    }

    public String clockExplanation() {
        return clock.fixed()
                ? "Everything relative to time — last 90 days, recency, churn risk, send times — is computed as of "
                        + clock.today() + ", so results are reproducible. Start without --as-of to use the system clock."
                : "Time windows, recency and send times follow the system clock (today is " + clock.today()
                        + "). Start with --as-of YYYY-MM-DD to fix \"now\" for reproducible results.";
    }

    public String userName() {
        return actor.name();
    }

    /** Role names in the user's words, sorted. */
    public List<String> roles() {
        return actor.roles().stream().sorted().map(MainViewModel::roleName).toList();
    }

    public ObjectProperty<ThemeMode> themeProperty() {
        return theme.modeProperty();
    }
}
