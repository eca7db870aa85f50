package io.lakefront.domain.identity.workspace;

/**
 * What a run did to the review queue: pairs newly queued, open items it found still in the review
 * band (kept, score refreshed), and open items whose pair left the band (closed as superseded).
 */
public record ReviewQueueChange(long added, long kept, long superseded) {
}
