package io.lakefront.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.shell.MainViewModel;
import io.lakefront.ui.shell.ThemeMode;
import io.lakefront.ui.shell.ThemeSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {
    private final ThemeSettings theme = new ThemeSettings(ThemeMode.LIGHT);
    private final Actor owner = Actor.workspaceOwner("alex");

    @Test
    void settings_show_the_fixed_clock_and_the_roles() {
        SettingsViewModel settings = new SettingsViewModel(Path.of("ws"), WorkspaceClock.parse("2026-10-20"), owner, theme);

        assertThat(settings.clockTitle()).isEqualTo("Fixed: as of 2026-10-20");
        assertThat(settings.clockExplanation()).contains("--as-of");
        assertThat(settings.roles()).containsExactly("Marketer", "Data steward", "Admin");
        assertThat(settings.workspaceFolder()).endsWith("ws");
    }

    @Test
    void the_system_clock_says_how_to_fix_it() {
        SettingsViewModel settings = new SettingsViewModel(Path.of("ws"), WorkspaceClock.system(), owner, theme);

        assertThat(settings.clockTitle()).isEqualTo("System clock");
        assertThat(settings.clockExplanation()).contains("Start with --as-of YYYY-MM-DD");
    }

    @Test
    void choosing_dark_in_settings_is_the_same_choice_as_the_header_switch() {
        SettingsViewModel settings = new SettingsViewModel(Path.of("ws"), WorkspaceClock.system(), owner, theme);
        MainViewModel main = new MainViewModel(theme, owner, WorkspaceClock.system(), Path.of("ws"));

        settings.themeProperty().set(ThemeMode.DARK);

        assertThat(main.darkProperty().get()).isTrue();
    }
}
