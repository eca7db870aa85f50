package io.lakefront.domain.identity.mapping;

import io.lakefront.domain.identity.StandardFields;
import io.lakefront.domain.prep.ColumnSample;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.ColumnTagging;
import io.lakefront.domain.prep.DefaultRegion;
import io.lakefront.domain.prep.EmailNormalizer;
import io.lakefront.domain.prep.FullNameSplitter;
import io.lakefront.domain.prep.NameNormalizer;
import io.lakefront.domain.prep.Normalized;
import io.lakefront.domain.prep.NormalizationRules;
import io.lakefront.domain.prep.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns the rows of one tagged file into the engine's person fields, with no configuration: each
 * column's tag says which field it fills and which prep normalizer cleans it. Rejected values count
 * as missing (and are reported), so that a typo'd email cannot make two people look alike.
 * <p>
 * When several columns fill one field (a home and a mobile phone), the first present value in column
 * order wins; given and family name columns win over the parts of a full name.
 */
public final class RecordMapping {
    /** libphonenumber's code for "no region known": only numbers written with a country code become E.164. */
    public static final String UNKNOWN_REGION = "ZZ";

    private final List<ColumnUse> columns;
    private final int recordIdColumn;
    private final String defaultRegion;
    private final FullNameSplitter names = new FullNameSplitter();
    private final EmailNormalizer emails = new EmailNormalizer();

    private RecordMapping(List<ColumnUse> columns, int recordIdColumn, String defaultRegion) {
        this.columns = List.copyOf(columns);
        this.recordIdColumn = recordIdColumn;
        this.defaultRegion = defaultRegion;
    }

    /**
     * @param samples  each column's header and sampled values, in file order (dates are read in the
     *                 format found in the sample; phones take the country most of the sample lives in)
     * @param taggings the tagger's verdict for the same columns, in the same order
     */
    public static RecordMapping of(List<ColumnSample> samples, List<ColumnTagging> taggings, NormalizationRules rules) {
        if (samples.size() != taggings.size()) {
            throw new IllegalArgumentException(samples.size() + " columns sampled but " + taggings.size() + " tagged");
        }
        String region = defaultRegion(samples, taggings, rules);
        List<ColumnUse> uses = new ArrayList<>(taggings.size());
        int recordId = -1;
        for (int i = 0; i < taggings.size(); i++) {
            ColumnTagging tagging = taggings.get(i);
            ColumnTag tag = tagging.tag();
            if (tag == ColumnTag.RECORD_ID && recordId < 0) {
                recordId = i;
            }
            uses.add(use(i, tagging.column(), tag, samples.get(i).values(), rules, region));
        }
        return new RecordMapping(uses, recordId, region);
    }

    private static ColumnUse use(int position, String column, ColumnTag tag, List<String> sample,
                                 NormalizationRules rules, String region) {
        String field = PersonFields.fieldOf(tag);
        if (tag == ColumnTag.FULL_NAME) {
            return new ColumnUse(position, column, tag, ColumnUse.Role.FULL_NAME, null, new NameNormalizer());
        }
        if (tag == ColumnTag.STREET_NUMBER) {
            return new ColumnUse(position, column, tag, ColumnUse.Role.STREET_NUMBER, null, AsWritten.INSTANCE);
        }
        if (field == null) {
            return new ColumnUse(position, column, tag, ColumnUse.Role.IGNORED, null, null);
        }
        Normalizer normalizer = rules.forColumn(tag, sample, region).orElse(AsWritten.INSTANCE);
        return new ColumnUse(position, column, tag, ColumnUse.Role.FIELD, field, normalizer);
    }

    /**
     * The country assumed for phone numbers written without a country code: the one most sampled rows
     * name, else the one whose numbering plan fits most sampled numbers — the same choice as a
     * workspace preparation makes ({@link DefaultRegion}).
     */
    private static String defaultRegion(List<ColumnSample> samples, List<ColumnTagging> taggings,
                                        NormalizationRules rules) {
        List<String> countries = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < taggings.size(); i++) {
            if (taggings.get(i).tag() == ColumnTag.COUNTRY) {
                countries.addAll(samples.get(i).present());
            } else if (taggings.get(i).tag() == ColumnTag.PHONE) {
                phones.addAll(samples.get(i).present());
            }
        }
        String region = DefaultRegion.of(countries, phones, rules.phones());
        return region == null ? UNKNOWN_REGION : region;
    }

    public List<ColumnUse> columns() {
        return columns;
    }

    /** The position of the column tagged as the file's record id, if any (its uniqueness is the reader's to check). */
    public OptionalInt recordIdColumn() {
        return recordIdColumn < 0 ? OptionalInt.empty() : OptionalInt.of(recordIdColumn);
    }

    /** ISO alpha-2 country assumed for phone numbers without a country code, or {@link #UNKNOWN_REGION}. */
    public String defaultRegion() {
        return defaultRegion;
    }

    /** The person fields some column of this file can fill. */
    public Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>();
        for (ColumnUse use : columns) {
            switch (use.role()) {
                case FIELD -> fields.add(use.field());
                case FULL_NAME -> {
                    fields.add(StandardFields.GIVEN_NAME);
                    fields.add(StandardFields.FAMILY_NAME);
                }
                default -> { }
            }
        }
        return fields;
    }

    /** One row (values in column order, {@code null} for missing) in person fields. */
    public MappedRow map(List<String> row) {
        Map<String, String> fields = new HashMap<>();
        Map<String, String> fromFullName = new HashMap<>(2);
        List<InvalidValue> invalid = List.of();
        String houseNumber = null;
        for (ColumnUse use : columns) {
            if (use.role() == ColumnUse.Role.IGNORED) {
                continue;
            }
            String raw = use.position() < row.size() ? row.get(use.position()) : null;
            if (Normalizer.isMissing(raw)) {
                continue;
            }
            Normalized normalized = use.normalizer().normalize(raw);
            if (normalized instanceof Normalized.Invalid rejected) {
                if (invalid.isEmpty()) {
                    invalid = new ArrayList<>(2);
                }
                invalid.add(new InvalidValue(use.column(), raw, rejected.reason()));
                continue;
            }
            String value = normalized.valueOrNull();
            if (value == null || value.isBlank()) {
                continue;
            }
            switch (use.role()) {
                case FIELD -> fields.putIfAbsent(use.field(), forMatching(use.field(), value));
                case FULL_NAME -> {
                    FullNameSplitter.SplitName split = names.split(value);
                    putPresent(fromFullName, StandardFields.GIVEN_NAME, split.given());
                    putPresent(fromFullName, StandardFields.FAMILY_NAME, split.family());
                }
                case STREET_NUMBER -> houseNumber = houseNumber == null ? value.strip() : houseNumber;
                default -> { }
            }
        }
        fromFullName.forEach(fields::putIfAbsent);
        String street = fields.get(StandardFields.STREET);
        if (houseNumber != null && street != null && !street.startsWith(houseNumber + " ")) {
            fields.put(StandardFields.STREET, houseNumber + " " + street);
        }
        return new MappedRow(fields, invalid);
    }

    /** Emails compare by mailbox: Gmail's dots and +tags do not make two addresses differ. */
    private String forMatching(String field, String value) {
        return StandardFields.EMAIL.equals(field) ? emails.matchKey(value) : value;
    }

    private static void putPresent(Map<String, String> fields, String field, String value) {
        if (value != null && !value.isBlank()) {
            fields.putIfAbsent(field, value);
        }
    }

    /** Columns without a prep rule (national ids) are used as written, trimmed. */
    private enum AsWritten implements Normalizer {
        INSTANCE;

        @Override
        public Normalized normalize(String raw) {
            return Normalizer.isMissing(raw) ? new Normalized.Missing() : new Normalized.Valid(raw.strip());
        }

        @Override
        public String rule() {
            return "as written, trimmed";
        }
    }
}
