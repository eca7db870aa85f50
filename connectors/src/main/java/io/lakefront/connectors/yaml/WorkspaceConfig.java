package io.lakefront.connectors.yaml;

import io.lakefront.domain.governance.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * A workspace's own settings ({@code <workspace>/workspace.yaml}).
 *
 * @param userName who works in this workspace; recorded in the audit log
 * @param roles    the roles of that user; a desktop workspace's owner holds all three
 * @param theme    the workbench's look
 */
public record WorkspaceConfig(String userName, List<Role> roles, Theme theme) {
    public enum Theme {
        LIGHT,
        DARK
    }

    public WorkspaceConfig {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(theme, "theme");
        if (userName.isBlank()) {
            throw new IllegalArgumentException("a workspace needs a user name");
        }
        roles = roles.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(roles));
    }

    /** The operating-system user, with every role, in the light theme. */
    public static WorkspaceConfig defaults() {
        String user = System.getProperty("user.name");
        return new WorkspaceConfig(user == null || user.isBlank() ? "owner" : user, List.of(Role.values()), Theme.LIGHT);
    }

    public WorkspaceConfig withTheme(Theme newTheme) {
        return new WorkspaceConfig(userName, roles, newTheme);
    }
}
