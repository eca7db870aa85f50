package io.lakefront.connectors.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlWorkspaceConfigStoreTest {
    @TempDir
    Path workspace;

    @Test
    @DisplayName("without workspace.yaml the user is the system user with all three roles, in the light theme")
    void defaults() {
        WorkspaceConfig config = new YamlWorkspaceConfigStore(workspace).load();

        assertThat(config.userName()).isEqualTo(System.getProperty("user.name"));
        assertThat(config.roles()).containsExactly(Role.MARKETER, Role.DATA_STEWARD, Role.ADMIN);
        assertThat(config.theme()).isEqualTo(WorkspaceConfig.Theme.LIGHT);
    }

    @Test
    @DisplayName("a saved configuration is read back equal, written in lower-case words")
    void roundTrip() throws IOException {
        YamlWorkspaceConfigStore store = new YamlWorkspaceConfigStore(workspace);
        WorkspaceConfig config = new WorkspaceConfig("dana", List.of(Role.DATA_STEWARD), WorkspaceConfig.Theme.DARK);

        store.save(config);

        assertThat(store.load()).isEqualTo(config);
        assertThat(Files.readString(workspace.resolve("workspace.yaml")))
                .isEqualTo("user_name: dana\nroles:\n  - data_steward\ntheme: dark\n");
    }

    @Test
    @DisplayName("keys left out of workspace.yaml take their defaults")
    void partialFile() throws IOException {
        Files.writeString(workspace.resolve("workspace.yaml"), "theme: dark\n");

        WorkspaceConfig config = new YamlWorkspaceConfigStore(workspace).load();

        assertThat(config.theme()).isEqualTo(WorkspaceConfig.Theme.DARK);
        assertThat(config.roles()).hasSize(3);
    }

    @Test
    @DisplayName("a bad theme or role names file, line and column; a broken file is not overwritten")
    void errors() throws IOException {
        Path file = workspace.resolve("workspace.yaml");
        YamlWorkspaceConfigStore store = new YamlWorkspaceConfigStore(workspace);

        Files.writeString(file, "user_name: dana\ntheme: blue\n");
        assertThatThrownBy(store::load).isInstanceOf(UserError.class)
                .hasMessage(file + ":2:8: theme: 'blue' is not one of light, dark");

        Files.writeString(file, "roles:\n  - marketer\n  - boss\n");
        assertThatThrownBy(store::load).isInstanceOf(UserError.class)
                .hasMessage(file + ":3:5: roles: 'boss' is not one of marketer, data_steward, admin");

        Files.writeString(file, "theme: dark\n  roles: [admin\n");
        assertThatThrownBy(() -> store.save(WorkspaceConfig.defaults())).isInstanceOf(UserError.class)
                .hasMessageStartingWith(file + ":");
        assertThat(Files.readString(file)).isEqualTo("theme: dark\n  roles: [admin\n");
    }
}
