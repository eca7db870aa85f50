package io.lakefront.ui.identity;

import io.lakefront.domain.identity.BlockingKey;

/** The kinds of blocking key the rules form offers; each turns a field into a key. */
public enum KeyKind {
    EXACT("value of"),
    SOUNDEX("Soundex of"),
    METAPHONE("metaphone of"),
    YEAR("year of"),
    FIRST_1("first letter of"),
    FIRST_2("first 2 letters of"),
    FIRST_3("first 3 letters of");

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
