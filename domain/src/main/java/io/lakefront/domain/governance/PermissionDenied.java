package io.lakefront.domain.governance;

import io.lakefront.domain.UserError;
import java.util.Locale;

/** An actor tried something their roles do not allow. */
public final class PermissionDenied extends UserError {
    public PermissionDenied(Actor actor, Permission permission) {
        super(actor.name() + " " + actor.roles() + " may not "
                + permission.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
}
