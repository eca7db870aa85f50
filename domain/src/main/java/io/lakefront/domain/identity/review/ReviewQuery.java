package io.lakefront.domain.identity.review;

/**
 * Which part of the open queue to list, in value order: items with a record from {@code source}
 * (all when {@code null} or blank) whose record keys contain {@code text} (all when blank), one page.
 */
public record ReviewQuery(String source, String text, int offset, int limit) {
    public static final int MAX_LIMIT = 10_000;

    public ReviewQuery {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("review query: offset >= 0 and limit 1.." + MAX_LIMIT
                    + " (got " + offset + ", " + limit + ")");
        }
        source = source == null || source.isBlank() ? null : source.strip();
        text = text == null ? "" : text.strip();
    }

    public static ReviewQuery first(int limit) {
        return new ReviewQuery(null, "", 0, limit);
    }
}
