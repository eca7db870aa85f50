package io.lakefront.domain.governance;

import java.util.EnumSet;
import java.util.Set;

/** What an actor may do; each permission lists the roles that hold it. */
public enum Permission {
    VIEW_WORKSPACE(Role.MARKETER, Role.DATA_STEWARD, Role.ADMIN),
    MANAGE_SOURCES(Role.DATA_STEWARD, Role.ADMIN),
    RESOLVE_IDENTITIES(Role.DATA_STEWARD, Role.ADMIN),
    REVIEW_MATCHES(Role.DATA_STEWARD, Role.ADMIN),
    VIEW_PERSONAL_DATA(Role.DATA_STEWARD, Role.ADMIN),
    EDIT_CAMPAIGNS(Role.MARKETER, Role.ADMIN),
    APPROVE_CAMPAIGNS(Role.ADMIN),
    ACTIVATE(Role.MARKETER, Role.ADMIN),
    ADMINISTER(Role.ADMIN);

    private final Set<Role> roles;

    Permission(Role first, Role... rest) {
        this.roles = EnumSet.of(first, rest);
    }

    public boolean grantedTo(Set<Role> actorRoles) {
        for (Role role : actorRoles) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
