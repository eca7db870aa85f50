package io.lakefront.domain.campaign.brief;

import io.lakefront.domain.UserError;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When the campaign runs and at which local hour its messages go out.
 *
 * @param end {@code null} for an always-on campaign
 */
public record Schedule(LocalDate start, LocalDate end, int sendHour) {
    public Schedule {
        Objects.requireNonNull(start, "start");
        Guardrails.requireHour(sendHour, "send hour");
        if (end != null && end.isBefore(start)) {
            throw new UserError("schedule: the end " + end + " is before the start " + start);
        }
    }

    public boolean alwaysOn() {
        return end == null;
    }
}
