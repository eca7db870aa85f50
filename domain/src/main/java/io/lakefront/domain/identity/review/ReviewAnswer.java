package io.lakefront.domain.identity.review;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.workspace.LinkDecision;
import java.util.Locale;
import java.util.Optional;

/**
 * A data steward's answer to a review item: the two records are one person (a must-link), they are
 * not (a cannot-link), or skip it for now (no constraint; the item leaves the queue until a later run
 * puts the pair there again or the skip is undone).
 */
public enum ReviewAnswer {
    MATCH("match"),
    NON_MATCH("non-match"),
    SKIP("skip");

    private final String word;

    ReviewAnswer(String word) {
        this.word = word;
    }

    /** How the command line and the history write it: {@code match}, {@code non-match}, {@code skip}. */
    public String word() {
        return word;
    }

    /** The link decision the answer records, or empty for a skip. */
    public Optional<LinkDecision.Kind> linkKind() {
        return switch (this) {
            case MATCH -> Optional.of(LinkDecision.Kind.MUST_LINK);
            case NON_MATCH -> Optional.of(LinkDecision.Kind.CANNOT_LINK);
            case SKIP -> Optional.empty();
        };
    }

    /** Reads {@code match}, {@code non-match} (or {@code non_match}, {@code nonmatch}) and {@code skip}. */
    public static ReviewAnswer parse(String text) {
        String plain = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ReviewAnswer answer : values()) {
            if (answer.word.equals(plain) || answer.word.replace("-", "").equals(plain)) {
                return answer;
            }
        }
        throw new UserError("review answer '" + text + "': use match, non-match or skip");
    }
}
