package io.lakefront.domain.decision.loop;

import java.time.Instant;
import java.util.List;

/**
 * Port: signals from source syncs. Event rows (purchases, engagement events, support tickets) that
 * appeared since the last look become signals, recorded in the inbox in the same transaction that
 * moves the watermark on, so none is lost or taken twice.
 */
public interface EventSignals {
    /** Records the new event rows' signals in the inbox, received at {@code receivedAt}; the ones new to it. */
    List<Signal> poll(Instant receivedAt);

    /** No source events: for a loop fed by the listener only. */
    static EventSignals none() {
        return receivedAt -> List.of();
    }
}
