package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.identity.Resolution;
import java.util.Optional;

/**
 * The engine's result of the latest run this process made or recomputed, kept in memory so that
 * explaining a pair (which needs the trained model) costs nothing after a run. One per open
 * workspace; the workspace's run id says whether it is still current.
 */
public final class ResolutionMemory {
    /** A remembered result: the run it belongs to and the fingerprint of the rules it used. */
    record Remembered(long runId, String specFingerprint, Resolution resolution) {
    }

    private volatile Remembered remembered;

    void remember(long runId, String specFingerprint, Resolution resolution) {
        remembered = new Remembered(runId, specFingerprint, resolution);
    }

    Optional<Remembered> recall() {
        return Optional.ofNullable(remembered);
    }

    /** Frees the memory (a large run holds every record and the model). */
    public void forget() {
        remembered = null;
    }
}
