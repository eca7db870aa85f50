package io.lakefront.ui.sources;

import io.lakefront.domain.source.SyncRun;
import io.lakefront.ui.common.Tone;

/** A source's state as the table shows it, from its newest sync run. */
public enum SourceStatus {
    NEVER_SYNCED("Never synced", Tone.NEUTRAL),
    SYNCED("Synced", Tone.SUCCESS),
    FAILED("Last sync failed", Tone.DANGER),
    CANCELLED("Last sync cancelled", Tone.WARNING),
    SYNCING("Syncing…", Tone.ACCENT);

    private final String label;
    private final Tone tone;

    SourceStatus(String label, Tone tone) {
        this.label = label;
        this.tone = tone;
    }

    public String label() {
        return label;
    }

    public Tone tone() {
        return tone;
    }

    static SourceStatus of(SyncRun newest) {
        if (newest == null) {
            return NEVER_SYNCED;
        }
        return switch (newest.status()) {
            case SUCCEEDED -> SYNCED;
            case FAILED -> FAILED;
            case CANCELLED -> CANCELLED;
        };
    }
}
