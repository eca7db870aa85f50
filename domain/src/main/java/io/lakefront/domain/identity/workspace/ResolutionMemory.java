package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.Resolution;
import java.util.List;
import java.util.Optional;

/**
 * The engine's result of the latest run this process made or recomputed, kept in memory so that
 * explaining a pair (which needs the trained model) costs nothing after a run. One per open
 * workspace; the workspace's run id says whether it is still current.
 */
public final class ResolutionMemory {
    /** A remembered result: the run it belongs to, the rules it used (and their fingerprint) and the records it read. */
    record Remembered(long runId, String specFingerprint, Resolution resolution, IdentitySpec spec,
                      List<PersonRecord> records) {
    }

    private volatile Remembered remembered;

    void remember(long runId, String specFingerprint, Resolution resolution, IdentitySpec spec,
                  List<PersonRecord> records) {
        remembered = new Remembered(runId, specFingerprint, resolution, spec, records);
    }

    Optional<Remembered> recall() {
        return Optional.ofNullable(remembered);
    }

    /** Frees the memory (a large run holds every record and the model). */
    public void forget() {
        remembered = null;
    }
}
