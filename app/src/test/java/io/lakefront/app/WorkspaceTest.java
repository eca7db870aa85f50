package io.lakefront.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.connectors.yaml.WorkspaceConfig;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path temp;

    @Test
    void aNewWorkspaceIsCreatedWithItsFoldersConfigurationAndDatabase() {
        Path folder = temp.resolve("ws");
        assertThat(Workspace.exists(folder)).isFalse();
        try (Workspace workspace = Workspace.open(folder, WorkspaceClock.system())) {
            assertThat(workspace.actor().may(Permission.ADMINISTER)).as("the local owner holds every role").isTrue();
        }
        assertThat(Workspace.exists(folder)).isTrue();
        assertThat(folder.resolve("campaigns")).isDirectory();
        assertThat(folder.resolve("logs")).isDirectory();
        assertThat(folder.resolve("db")).isDirectory();
    }

    @Test
    void theChosenThemeIsRememberedForTheNextStart() {
        Path folder = temp.resolve("ws");
        try (Workspace workspace = Workspace.open(folder, WorkspaceClock.system())) {
            assertThat(workspace.config().theme()).isEqualTo(WorkspaceConfig.Theme.LIGHT);
            workspace.saveTheme(WorkspaceConfig.Theme.DARK);
        }
        try (Workspace reopened = Workspace.open(folder, WorkspaceClock.system())) {
            assertThat(reopened.config().theme()).isEqualTo(WorkspaceConfig.Theme.DARK);
        }
    }
}
