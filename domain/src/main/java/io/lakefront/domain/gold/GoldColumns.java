package io.lakefront.domain.gold;

import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.FullNameSplitter;
import io.lakefront.domain.prep.HeaderWords;
import io.lakefront.domain.prep.PreparedColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which prepared column of a person source feeds which {@code gold_customer} column, decided from the
 * column tags and, where a tag does not say enough, the header's words: a consent column's channel
 * ({@code SMS Opt In} → sms, {@code push_enabled} → push, {@code newsletter} → email), a category
 * column named like a loyalty tier, a timestamp named like a creation date ({@code Created Date},
 * {@code signup_at}). Values that do not fit the gold schema (a gender other than female, male or
 * other; a country that is not a two-letter code) are left out rather than stored wrong.
 */
final class GoldColumns {
    static final Set<String> LOYALTY_TIERS = Set.of("none", "bronze", "silver", "gold", "platinum");
    private static final Set<String> GENDERS = Set.of("female", "male", "other");
    private static final Set<String> SMS_WORDS = Set.of("sms", "text", "texts", "mobile");
    private static final Set<String> PUSH_WORDS = Set.of("push", "app", "notification", "notifications");
    private static final Set<String> EMAIL_WORDS = Set.of("email", "mail", "newsletter", "newsletters", "marketing");
    private static final Set<String> TIER_WORDS = Set.of("loyalty", "tier", "membership");
    private static final Set<String> CREATED_WORDS = Set.of("created", "creation", "signup", "signed", "registered",
            "registration", "joined", "since");
    private static final Set<String> UPDATED_WORDS = Set.of("updated", "update", "modified", "modification", "changed",
            "edited");

    private final String source;
    private final List<GoldTarget> uses;
    private final List<ColumnMapping> mappings;
    private final List<String> notes;
    private final Map<String, GoldFieldType> customTypes;
    private final FullNameSplitter names = new FullNameSplitter();

    private GoldColumns(String source, List<ColumnMapping> mappings, List<String> notes, Map<String, GoldFieldType> customTypes) {
        this.source = source;
        this.mappings = List.copyOf(mappings);
        this.uses = mappings.stream().map(ColumnMapping::target).toList();
        this.notes = notes;
        this.customTypes = customTypes;
    }

    static GoldColumns of(String source, List<PreparedColumn> columns) {
        return of(source, columns, GoldSpec.defaults());
    }

    /** The columns' places: gold.yaml's choice for the source's column where it has one, else the proposal. */
    static GoldColumns of(String source, List<PreparedColumn> columns, GoldSpec spec) {
        List<ColumnMapping> mappings = new ArrayList<>(columns.size());
        List<String> notes = new ArrayList<>();
        Map<String, GoldTarget> chosen = spec.mapping(source);
        Set<String> known = new java.util.HashSet<>();
        for (PreparedColumn column : columns) {
            known.add(column.name());
            GoldTarget proposed = proposal(column.tag(), HeaderWords.words(HeaderWords.normalize(column.name())));
            GoldTarget target = chosen.get(column.name());
            if (target != null) {
                mappings.add(new ColumnMapping(column.name(), column.tag(), target, proposed, true));
                continue;
            }
            if (column.tag() == ColumnTag.CONSENT && proposed.kind() == GoldTarget.Kind.IGNORE) {
                notes.add(source + ": consent column '" + column.name() + "' names no channel (email, sms, push); not used"
                        + " (gold.yaml mappings can name it)");
            }
            mappings.add(new ColumnMapping(column.name(), column.tag(), proposed, proposed, false));
        }
        for (String column : chosen.keySet()) {
            if (!known.contains(column)) {
                notes.add("gold.yaml maps column '" + column + "' of " + source + ", which has no such column; ignored");
            }
        }
        Map<String, GoldFieldType> types = new java.util.HashMap<>();
        spec.customFields().forEach(field -> types.put(field.name(), field.type()));
        return new GoldColumns(source, mappings, notes, types);
    }

    /** Where a column goes by its tag and, where the tag does not say enough, its header's words. */
    static GoldTarget proposal(ColumnTag tag, List<String> words) {
        return switch (tag) {
            case GIVEN_NAME -> GoldTarget.field(GoldField.FIRST_NAME);
            case FAMILY_NAME -> GoldTarget.field(GoldField.LAST_NAME);
            case FULL_NAME -> GoldTarget.FULL_NAME;
            case EMAIL -> GoldTarget.field(GoldField.EMAIL);
            case PHONE -> GoldTarget.field(GoldField.PHONE);
            case BIRTH_DATE -> GoldTarget.field(GoldField.BIRTH_DATE);
            case GENDER -> GoldTarget.field(GoldField.GENDER);
            case STREET -> GoldTarget.field(GoldField.STREET);
            case STREET_NUMBER -> GoldTarget.STREET_NUMBER;
            case CITY -> GoldTarget.field(GoldField.CITY);
            case POSTCODE -> GoldTarget.field(GoldField.POSTCODE);
            case REGION -> GoldTarget.field(GoldField.REGION);
            case COUNTRY -> GoldTarget.field(GoldField.COUNTRY);
            case CONSENT -> consent(words);
            case CATEGORY, TEXT, UNKNOWN, OTHER_ID -> words.stream().anyMatch(TIER_WORDS::contains)
                    ? GoldTarget.field(GoldField.LOYALTY_TIER) : GoldTarget.IGNORE;
            case TIMESTAMP, DATE -> words.stream().anyMatch(UPDATED_WORDS::contains) ? GoldTarget.UPDATED
                    : words.stream().anyMatch(CREATED_WORDS::contains) ? GoldTarget.CREATED : GoldTarget.IGNORE;
            default -> GoldTarget.IGNORE;
        };
    }

    private static GoldTarget consent(List<String> words) {
        if (words.stream().anyMatch(SMS_WORDS::contains)) {
            return GoldTarget.consent(ConsentChannel.SMS);
        } else if (words.stream().anyMatch(PUSH_WORDS::contains)) {
            return GoldTarget.consent(ConsentChannel.PUSH);
        } else if (words.stream().anyMatch(EMAIL_WORDS::contains) || words.contains("e") && words.contains("mail")) {
            return GoldTarget.consent(ConsentChannel.EMAIL);
        }
        return GoldTarget.IGNORE;
    }

    /** Each column's place, in column order, with the proposal it replaced. */
    List<ColumnMapping> mappings() {
        return mappings;
    }

    /** Why some columns are not used, for the run's notes. */
    List<String> notes() {
        return notes;
    }

    /** One prepared row (values in column order, {@code null} for missing) as a member record. */
    MemberRecord read(RecordKey key, List<String> row) {
        Map<GoldField, String> values = new EnumMap<>(GoldField.class);
        Map<GoldField, String> fromFullName = new EnumMap<>(GoldField.class);
        Map<ConsentChannel, Boolean> consents = new EnumMap<>(ConsentChannel.class);
        Map<String, String> custom = new java.util.HashMap<>();
        String houseNumber = null;
        Instant created = null;
        Instant latest = null;
        for (int c = 0; c < uses.size() && c < row.size(); c++) {
            String value = row.get(c);
            if (value == null || value.isBlank()) {
                continue;
            }
            value = value.strip();
            GoldTarget use = uses.get(c);
            switch (use.kind()) {
                case FIELD -> {
                    String checked = checked(use.field(), value);
                    if (checked != null) {
                        values.putIfAbsent(use.field(), checked);
                    }
                }
                case FULL_NAME -> {
                    FullNameSplitter.SplitName split = names.split(value);
                    putPresent(fromFullName, GoldField.FIRST_NAME, split.given());
                    putPresent(fromFullName, GoldField.LAST_NAME, split.family());
                }
                case STREET_NUMBER -> houseNumber = houseNumber == null ? value : houseNumber;
                case CONSENT -> {
                    // Prepared consent columns hold true/false; a column mapped to consent in gold.yaml
                    // may still say yes/no, y/n or 1/0.
                    String yesNo = GoldFieldType.BOOLEAN.canonical(value);
                    Boolean consent = yesNo == null ? null : Boolean.valueOf(yesNo);
                    if (consent != null) {
                        // Two columns on one channel: the opt-out wins here too.
                        consents.merge(use.channel(), consent, Boolean::logicalAnd);
                    }
                }
                case CUSTOM -> {
                    String checked = customTypes.getOrDefault(use.custom(), GoldFieldType.TEXT).canonical(value);
                    if (checked != null) {
                        custom.putIfAbsent(use.custom(), checked);
                    }
                }
                case CREATED, UPDATED -> {
                    Instant at = instant(value);
                    if (at != null) {
                        latest = latest == null || at.isAfter(latest) ? at : latest;
                        if (use.kind() == GoldTarget.Kind.CREATED) {
                            created = created == null || at.isBefore(created) ? at : created;
                        }
                    }
                }
                default -> { }
            }
        }
        fromFullName.forEach(values::putIfAbsent);
        String street = values.get(GoldField.STREET);
        if (houseNumber != null && street != null && !street.startsWith(houseNumber + " ")) {
            values.put(GoldField.STREET, houseNumber + " " + street);
        }
        return new MemberRecord(key, values, consents, custom, created, latest);
    }

    private static void putPresent(Map<GoldField, String> values, GoldField field, String value) {
        if (value != null && !value.isBlank()) {
            values.putIfAbsent(field, value);
        }
    }

    /** The value as the gold schema holds it, or {@code null} when it does not fit there. */
    static String checked(GoldField field, String value) {
        return switch (field) {
            case EMAIL -> value.length() <= 320 && value.indexOf('@') > 0 ? value.toLowerCase(Locale.ROOT) : null;
            case PHONE, POSTCODE -> value.length() <= 32 ? value : null;
            case REGION -> value.length() <= 8 ? value.toUpperCase(Locale.ROOT) : null;
            case COUNTRY -> value.matches("[A-Za-z]{2}") ? value.toUpperCase(Locale.ROOT) : null;
            case GENDER -> GENDERS.contains(value.toLowerCase(Locale.ROOT)) ? value.toLowerCase(Locale.ROOT) : null;
            case LOYALTY_TIER -> LOYALTY_TIERS.contains(value.toLowerCase(Locale.ROOT)) ? value.toLowerCase(Locale.ROOT) : null;
            case BIRTH_DATE -> date(value) == null ? null : value;
            default -> value;
        };
    }

    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** A prepared timestamp (a UTC instant) or date (start of that day, UTC); {@code null} otherwise. */
    static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            LocalDate date = date(value);
            return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    String source() {
        return source;
    }
}
