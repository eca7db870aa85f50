package io.lakefront.ui.shell;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** State of the main window: which screen shows, the header's clock, the user, theme and help overlay. */
public final class MainViewModel implements Navigator {
    private final ObjectProperty<Screen> current = new SimpleObjectProperty<>(this, "current", Screen.HOME);
    private final BooleanProperty helpShowing = new SimpleBooleanProperty(this, "helpShowing");
    private final ThemeSettings theme;
    private final Actor actor;
    private final WorkspaceClock clock;
    private final Path workspace;
    private final StringBinding title = Bindings.createStringBinding(() -> current.get().title(), current);
    private final StringBinding subtitle = Bindings.createStringBinding(() -> current.get().subtitle(), current);
    private final BooleanBinding dark;

    public MainViewModel(ThemeSettings theme, Actor actor, WorkspaceClock clock, Path workspace) {
        this.theme = theme;
        this.actor = actor;
        this.clock = clock;
        this.workspace = workspace;
        this.dark = Bindings.createBooleanBinding(() -> theme.mode() == ThemeMode.DARK, theme.modeProperty());
    }

    @Override
    public void navigate(Screen screen) {
        if (screen != null) {
            current.set(screen);
        }
    }

    /** Moves one screen down the sidebar, stopping at the last. */
    public void next() {
        Screen[] all = Screen.values();
        navigate(all[Math.min(all.length - 1, current.get().ordinal() + 1)]);
    }

    /** Moves one screen up the sidebar, stopping at the first. */
    public void previous() {
        navigate(Screen.values()[Math.max(0, current.get().ordinal() - 1)]);
    }

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current;
    }

    public Screen current() {
        return current.get();
    }

    public StringBinding titleProperty() {
        return title;
    }

    public StringBinding subtitleProperty() {
        return subtitle;
    }

    /** "as of 2026-10-20" when {@code --as-of} fixed the clock, else today's date. */
    public String clockText() {
        return clock.fixed() ? "as of " + clock.today() : "today " + clock.today();
    }

    public boolean clockFixed() {
        return clock.fixed();
    }

    /** "alex · Admin, Data steward" for the status bar. */
    public String userText() {
        return actor.name() + " · " + rolesText(actor);
    }

    public static String rolesText(Actor actor) {
        if (actor.roles().isEmpty()) {
            return "no role";
        }
        return actor.roles().stream().sorted().map(MainViewModel::roleName).collect(Collectors.joining(", "));
    }

    public static String roleName(Role role) {
        String words = role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String workspaceText() {
        return workspace.toString();
    }

    public BooleanBinding darkProperty() {
        return dark;
    }

    public void toggleTheme() {
        theme.toggle();
    }

    public ThemeSettings theme() {
        return theme;
    }

    public BooleanProperty helpShowingProperty() {
        return helpShowing;
    }

    public void showHelp() {
        helpShowing.set(true);
    }

    public void hideHelp() {
        helpShowing.set(false);
    }
}
