package io.lakefront.domain.gold;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where one source column goes in the gold table: a gold field, a consent channel, the record's
 * creation or last-change time (recency for survivorship), a user-added field, or nowhere. Written in
 * gold.yaml's {@code mappings} by the gold column's name ({@code email}, {@code sms_opt_in},
 * {@code created_at}, {@code favourite_store}, {@code ignore}).
 */
public record GoldTarget(Kind kind, GoldField field, ConsentChannel channel, String custom) {
    public enum Kind { FIELD, FULL_NAME, STREET_NUMBER, CONSENT, CREATED, UPDATED, CUSTOM, IGNORE }

    public static final GoldTarget IGNORE = new GoldTarget(Kind.IGNORE, null, null, null);
    public static final GoldTarget CREATED = new GoldTarget(Kind.CREATED, null, null, null);
    public static final GoldTarget UPDATED = new GoldTarget(Kind.UPDATED, null, null, null);
    public static final GoldTarget FULL_NAME = new GoldTarget(Kind.FULL_NAME, null, null, null);
    public static final GoldTarget STREET_NUMBER = new GoldTarget(Kind.STREET_NUMBER, null, null, null);

    public static GoldTarget field(GoldField field) {
        return new GoldTarget(Kind.FIELD, field, null, null);
    }

    public static GoldTarget consent(ConsentChannel channel) {
        return new GoldTarget(Kind.CONSENT, null, channel, null);
    }

    public static GoldTarget custom(String name) {
        return new GoldTarget(Kind.CUSTOM, null, null, name);
    }

    /** The name gold.yaml writes for this target. */
    public String yamlName() {
        return switch (kind) {
            case FIELD -> field.columnName();
            case CONSENT -> channel.name().toLowerCase(Locale.ROOT) + "_opt_in";
            case CREATED -> "created_at";
            case UPDATED -> "updated_at";
            case FULL_NAME -> "full_name";
            case STREET_NUMBER -> "street_number";
            case CUSTOM -> custom;
            case IGNORE -> "ignore";
        };
    }

    /**
     * Reads a target's gold.yaml name; empty when it names nothing known. {@code full_name} splits into
     * first and last name, {@code street_number} is put in front of the street.
     */
    public static Optional<GoldTarget> parse(String name, Set<String> customFields) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        Optional<GoldField> field = GoldField.byColumnName(n);
        if (field.isPresent()) {
            return Optional.of(field(field.get()));
        }
        return switch (n) {
            case "email_opt_in" -> Optional.of(consent(ConsentChannel.EMAIL));
            case "sms_opt_in" -> Optional.of(consent(ConsentChannel.SMS));
            case "push_opt_in" -> Optional.of(consent(ConsentChannel.PUSH));
            case "created_at" -> Optional.of(CREATED);
            case "updated_at" -> Optional.of(UPDATED);
            case "full_name" -> Optional.of(FULL_NAME);
            case "street_number" -> Optional.of(STREET_NUMBER);
            case "ignore", "none", "" -> Optional.of(IGNORE);
            default -> customFields.contains(n) ? Optional.of(custom(n)) : Optional.empty();
        };
    }
}
