package io.lakefront.domain.governance;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The person (or job) on whose behalf a use case runs. Every use case receives one. */
public record Actor(String name, Set<Role> roles) {
    public Actor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(String name, Role... roles) {
        return new Actor(name, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    /** The local user of a desktop workspace, who owns it and so holds every role. */
    public static Actor workspaceOwner(String name) {
        return new Actor(name, EnumSet.allOf(Role.class));
    }

    public boolean may(Permission permission) {
        return permission.grantedTo(roles);
    }

    /** Throws {@link PermissionDenied} unless this actor holds the permission. */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new PermissionDenied(this, permission);
        }
    }
}
