package io.lakefront.domain.decision.loop;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.PermissionDenied;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.time.WorkspaceClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReactToSignalPermissionTest {
    @Test
    void only_a_role_that_may_activate_campaigns_decides_on_signals() {
        WorkspaceClock clock = WorkspaceClock.fixedAt(Instant.parse("2026-10-20T12:00:00Z"));

        assertThatThrownBy(() -> new ReactToSignal(Actor.of("dee", Role.DATA_STEWARD), null, null, null, null, null, null,
                clock)).isInstanceOf(PermissionDenied.class).hasMessageContaining("dee");
        // A marketer may: nothing is checked beyond the role before the first signal.
        new ReactToSignal(Actor.of("mo", Role.MARKETER), null, null, null, null, null, null, clock);
    }
}
