package io.lakefront.ui.identity;

import io.lakefront.domain.identity.BlockingKey;

/** The kinds of blocking key the rules form offers, named as the rules file writes them; each turns a field into a key. */
public enum KeyKind {
    EXACT("exact"),
    SOUNDEX("soundex"),
    METAPHONE("metaphone"),
    YEAR("year"),
    FIRST_1("first 1"),
    FIRST_2("first 2"),
    FIRST_3("first 3");

    private final String label;

    KeyKind(String label) {
        this.label = label;
    }

    public BlockingKey key(String field) {
        return switch (this) {
            case EXACT -> new BlockingKey.Exact(field);
            case SOUNDEX -> new BlockingKey.Soundex(field);
            case METAPHONE -> new BlockingKey.Metaphone(field);
            case YEAR -> new BlockingKey.BirthYear(field);
            case FIRST_1 -> new BlockingKey.FirstChars(field, 1);
            case FIRST_2 -> new BlockingKey.FirstChars(field, 2);
            case FIRST_3 -> new BlockingKey.FirstChars(field, 3);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
