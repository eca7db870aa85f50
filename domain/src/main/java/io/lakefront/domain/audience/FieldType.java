package io.lakefront.domain.audience;

/** The kind of value an audience field holds; it decides which conditions and values a field accepts. */
public enum FieldType {
    TEXT("text"), NUMBER("a number"), DATE("a date"), INSTANT("a date and time"), BOOLEAN("yes or no");

    private final String label;

    FieldType(String label) {
        this.label = label;
    }

    /** The type in words, for error messages ("'abc' is not a number for ..."). */
    public String label() {
        return label;
    }

    /** True for the types that have an order (numbers and time). */
    public boolean ordered() {
        return this == NUMBER || this == DATE || this == INSTANT;
    }

    /** True for the types a time window applies to. */
    public boolean temporal() {
        return this == DATE || this == INSTANT;
    }
}
