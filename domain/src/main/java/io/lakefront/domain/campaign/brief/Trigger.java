package io.lakefront.domain.campaign.brief;

import io.lakefront.domain.UserError;
import java.util.Objects;

/** When a touchpoint goes out: {@code delayDays} after its trigger ({@code 0}: the same day). */
public record Trigger(TriggerKind kind, int delayDays) {
    public Trigger {
        Objects.requireNonNull(kind, "kind");
        if (delayDays < 0 || delayDays > 365) {
            throw new UserError("trigger delay: " + delayDays + " days is not between 0 and 365");
        }
    }

    public static Trigger onEntry() {
        return new Trigger(TriggerKind.ENTRY, 0);
    }

    public static Trigger after(int days) {
        return new Trigger(TriggerKind.AFTER_PREVIOUS, days);
    }

    /** "3 days after the previous message". */
    public String sentence() {
        String delay = delayDays == 0 ? "right away" : delayDays == 1 ? "1 day" : delayDays + " days";
        return delayDays == 0 && kind == TriggerKind.ENTRY ? "on entering the audience" : delay + " " + kind.words();
    }
}
