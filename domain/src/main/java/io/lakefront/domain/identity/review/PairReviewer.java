package io.lakefront.domain.identity.review;

/**
 * Port: a language model that assesses one pair of the review band. An adapter sends only what
 * {@link PairForReview} holds, parses the answer strictly into a {@link ModelVerdict} and validates
 * it; an answer it cannot parse is asked again (with backoff) and, when the attempts run out, ends in
 * {@link ReviewFailed} — the pair then stays with people.
 */
public interface PairReviewer {
    /** The model's name as decisions record it: {@code model:<name>}. */
    String model();

    ModelVerdict review(PairForReview pair);

    /** No usable verdict after every attempt: the pair is left for human review. */
    final class ReviewFailed extends RuntimeException {
        private final int attempts;

        public ReviewFailed(String message, int attempts, Throwable cause) {
            super(message, cause);
            this.attempts = attempts;
        }

        public int attempts() {
            return attempts;
        }
    }
}
