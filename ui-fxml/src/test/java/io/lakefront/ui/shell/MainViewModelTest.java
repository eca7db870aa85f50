package io.lakefront.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MainViewModelTest {
    private final ThemeSettings theme = new ThemeSettings(ThemeMode.LIGHT);
    private final MainViewModel main = new MainViewModel(theme, Actor.of("sam", Role.DATA_STEWARD, Role.MARKETER),
            WorkspaceClock.parse("2026-10-20"), Path.of("/work/space"));

    @Test
    void the_workbench_opens_on_home_and_the_title_follows_navigation() {
        assertThat(main.current()).isEqualTo(Screen.HOME);
        assertThat(main.titleProperty().get()).isEqualTo("Home");

        main.navigate(Screen.REVIEW_QUEUE);

        assertThat(main.titleProperty().get()).isEqualTo("Review queue");
        assertThat(main.subtitleProperty().get()).isEqualTo(Screen.REVIEW_QUEUE.subtitle());
    }

    @Test
    void next_and_previous_walk_the_sidebar_and_stop_at_its_ends() {
        main.previous();
        assertThat(main.current()).isEqualTo(Screen.HOME);
        main.next();
        assertThat(main.current()).isEqualTo(Screen.SOURCES);
        main.navigate(Screen.SETTINGS);
        main.next();
        assertThat(main.current()).isEqualTo(Screen.SETTINGS);
    }

    @Test
    void the_theme_switch_flips_between_light_and_dark() {
        assertThat(main.darkProperty().get()).isFalse();
        main.toggleTheme();
        assertThat(main.darkProperty().get()).isTrue();
        assertThat(theme.mode()).isEqualTo(ThemeMode.DARK);
        main.toggleTheme();
        assertThat(theme.mode()).isEqualTo(ThemeMode.LIGHT);
    }

    @Test
    void a_fixed_clock_reads_as_of_its_date_and_the_user_is_shown_with_roles() {
        assertThat(main.clockText()).isEqualTo("as of 2026-10-20");
        assertThat(main.clockFixed()).isTrue();
        assertThat(main.userText()).isEqualTo("sam · Marketer, Data steward");
        assertThat(main.workspaceText()).isEqualTo(Path.of("/work/space").toString());
    }

    @Test
    void the_help_overlay_opens_and_closes() {
        main.showHelp();
        assertThat(main.helpShowingProperty().get()).isTrue();
        main.hideHelp();
        assertThat(main.helpShowingProperty().get()).isFalse();
    }

    @Test
    void every_shortcut_parses_and_no_two_share_a_key() {
        Set<String> keys = Arrays.stream(KeyboardShortcut.values())
                .map(s -> s.combination().getName()).collect(Collectors.toSet());
        assertThat(keys).hasSize(KeyboardShortcut.values().length);
        assertThat(Arrays.stream(Screen.values()).map(Screen::shortcut).distinct()).hasSize(Screen.values().length);
        assertThat(Screen.REVIEW_QUEUE.slug()).isEqualTo("review-queue");
    }
}
