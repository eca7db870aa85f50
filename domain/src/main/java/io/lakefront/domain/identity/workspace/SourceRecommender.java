package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.identity.BlockingKey;
import io.lakefront.domain.identity.BlockingRule;
import io.lakefront.domain.identity.Comparison;
import io.lakefront.domain.identity.ComparisonLevel;
import io.lakefront.domain.identity.DeterministicRule;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.MatchKeys;
import io.lakefront.domain.identity.NicknameTable;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.RuleMining;
import io.lakefront.domain.identity.StandardFields;
import io.lakefront.domain.identity.mapping.PersonFields;
import io.lakefront.domain.prep.PreparedColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares a new source's person fields with the other sources' records against the current rules and
 * says, from statistics alone, which edits of the rules it calls for: a "same X" rule for an id column
 * that meets another source's ids, a blocking key or comparison the rules lack, values several people
 * share (to ignore), values that never meet (a format to check), a column too sparse for a key. Pure:
 * the caller reads the records.
 */
public final class SourceRecommender {
    /** Below this share of records filled, a column is not worth a blocking key. */
    public static final double LOW_COVERAGE = 0.2;
    /** From this share of records filled, an identifier deserves a blocking key. */
    public static final double KEY_COVERAGE = 0.5;
    /** Least share of an id column's values that other sources must hold for a "same X" rule. */
    public static final double ID_OVERLAP = 0.05;
    /** Least number of an id column's values that other sources must hold for a "same X" rule. */
    public static final int ID_SHARED_VALUES = 3;
    /** Least distinct values per filled record for an id column to identify one person. */
    public static final double ID_UNIQUENESS = 0.9;
    /** People (by name) who share one value from which it is recommended for the exclusion list. */
    public static final int SHARED_PEOPLE = 2;
    /** Most values one exclusion recommendation lists. */
    public static final int MAX_EXCLUDED = 10;
    /** Below this share of values met elsewhere (with enough values on both sides), the format is suspect. */
    public static final double FORMAT_OVERLAP = 0.02;
    private static final int FORMAT_MIN_VALUES = 20;
    private static final NicknameTable NICKNAMES = NicknameTable.english();
    private static final List<String> IDENTIFIERS = List.of(StandardFields.EMAIL, StandardFields.PHONE,
            StandardFields.NATIONAL_ID);
    private static final List<String> FORMATTED = List.of(StandardFields.EMAIL, StandardFields.PHONE,
            StandardFields.NATIONAL_ID, StandardFields.BIRTH_DATE, StandardFields.POSTCODE);

    private SourceRecommender() {
    }

    /**
     * @param source    the new source
     * @param columns   its prepared columns and tags (to name the columns behind each field)
     * @param records   the person records of every source, the new one's included
     * @param clusterOf the latest run's cluster per record (empty when never resolved; the new source's
     *                  records are usually not in it)
     * @param spec      the current rules
     */
    public static SourceRecommendations recommend(String source, List<PreparedColumn> columns, List<PersonRecord> records,
                                                  Map<RecordKey, Long> clusterOf, IdentitySpec spec) {
        MatchKeys keys = new MatchKeys(spec.guards().genericValues());
        List<PersonRecord> mine = new ArrayList<>();
        List<PersonRecord> rest = new ArrayList<>();
        for (PersonRecord record : records) {
            (record.source().equals(source) ? mine : rest).add(record);
        }
        Map<String, List<String>> columnsOf = columnsOfFields(columns);
        Set<String> fields = new LinkedHashSet<>(columnsOf.keySet());
        mine.forEach(record -> fields.addAll(record.fields().keySet()));
        List<FieldProfile> profile = new ArrayList<>();
        for (String field : fields) {
            profile.add(profileOf(field, columnsOf.getOrDefault(field, List.of()), mine, rest, clusterOf, keys));
        }
        List<RuleRecommendation> list = new ArrayList<>();
        Set<String> takenNames = new HashSet<>();
        spec.deterministicRules().forEach(rule -> takenNames.add(rule.name()));
        for (FieldProfile field : profile) {
            recommend(source, field, spec, takenNames, list);
        }
        list.sort(Comparator.comparing(RuleRecommendation::kind).thenComparing(r -> fields.stream().toList().indexOf(r.field())));
        List<RuleRecommendation> numbered = new ArrayList<>();
        for (RuleRecommendation r : list) {
            numbered.add(r.numbered(numbered.size() + 1));
        }
        return new SourceRecommendations(source, mine.size(), rest.size(), !clusterOf.isEmpty(), spec, profile, numbered);
    }

    private static void recommend(String source, FieldProfile p, IdentitySpec spec, Set<String> takenNames,
                                  List<RuleRecommendation> out) {
        String f = p.field();
        if (p.filled() == 0) {
            return;
        }
        String what = describe(source, p);
        boolean identifier = IDENTIFIERS.contains(f) || PersonFields.isIdField(f);
        // 1. An id column whose values meet another source's ids: records sharing one are one customer.
        if (PersonFields.isIdField(f) && p.overlapping() >= ID_SHARED_VALUES && p.overlap() >= ID_OVERLAP
                && p.uniqueness() >= ID_UNIQUENESS && !settledBy(spec, f)) {
            String name = RuleMining.nameOf(List.of(f));
            for (int n = 2; takenNames.contains(name); n++) {
                name = RuleMining.nameOf(List.of(f)) + " (" + n + ")";
            }
            takenNames.add(name);
            DeterministicRule rule = new DeterministicRule(name, List.of(f));
            out.add(new RuleRecommendation(0, source, RuleRecommendation.Kind.SAME_ID_RULE, f,
                    ProposeRules.Proposal.plainWords(rule) + " → match",
                    what + " is unique on " + percent(p.uniqueness()) + " of the records that have one, and "
                            + p.overlapping() + " of its " + p.distinct() + " values (" + percent(p.overlap())
                            + ") are " + f.replace('_', ' ') + "s of " + String.join(", ", p.overlapWith())
                            + " records: records that share one are the same customer, so '" + name
                            + "' should settle them outright.",
                    List.of(new SpecChange.AddDeterministicRule(rule))));
        }
        // 2. Values several people share: ignoring them keeps "same X" from merging different people.
        // Where the run already keeps their holders apart as two or more gold customers, a warning only:
        // ignoring the value would also cut the new records' links to their own customer.
        if (identifier) {
            List<FieldProfile.Shared> crowded = p.shared().stream().filter(s -> s.people() >= SHARED_PEOPLE)
                    .filter(s -> !spec.guards().genericValues().contains(s.value())).toList();
            List<FieldProfile.Shared> merging = crowded.stream().filter(s -> s.goldCustomers() < 2)
                    .limit(MAX_EXCLUDED).toList();
            List<FieldProfile.Shared> apart = crowded.stream().filter(s -> s.goldCustomers() >= 2).toList();
            if (!merging.isEmpty()) {
                FieldProfile.Shared top = merging.get(0);
                String more = merging.size() == 1 ? "" : " (and " + (merging.size() - 1) + " more such "
                        + (merging.size() == 2 ? "value" : "values") + ")";
                out.add(new RuleRecommendation(0, source, RuleRecommendation.Kind.EXCLUDE_SHARED_VALUES, f,
                        "ignore " + merging.size() + " shared " + f.replace('_', ' ')
                                + (merging.size() == 1 ? " value" : " values"),
                        "'" + top.value() + "' is the " + f.replace('_', ' ') + " of " + top.people()
                                + " people by their given names" + (top.goldCustomers() == 0
                                ? ", all in " + source + " (" + top.newRecords() + " records)"
                                : ", merged into one gold customer, and " + top.newRecords() + " " + source
                                + (top.newRecords() == 1 ? " record uses it" : " records use it")) + more
                                + ": a shared " + (f.equals(StandardFields.EMAIL) ? "mailbox" : "value")
                                + " (a family's, a shop's default), so agreeing on it says little and a rule on "
                                + f.replace('_', ' ') + " would merge them; listed as generic values the engine ignores it.",
                        List.of(new SpecChange.ExcludeValues(f, merging.stream().map(FieldProfile.Shared::value).toList()))));
            }
            if (!apart.isEmpty()) {
                FieldProfile.Shared top = apart.get(0);
                out.add(new RuleRecommendation(0, source, RuleRecommendation.Kind.SHARED_VALUE_WARNING, f,
                        apart.size() + " " + f.replace('_', ' ') + (apart.size() == 1 ? " value" : " values")
                                + " shared by gold customers",
                        "'" + top.value() + "' is the " + f.replace('_', ' ') + " of " + top.goldCustomers()
                                + " gold customers" + (apart.size() == 1 ? "" : " (and " + (apart.size() - 1)
                                + " more such)") + " and " + top.newRecords() + " " + source
                                + (top.newRecords() == 1 ? " record uses it" : " records use it")
                                + ": the rules already keep those customers apart, and ignoring it would also cut "
                                + source + "'s records from their own customer, so watch the review queue instead.",
                        List.of()));
            }
        }
        // 3. An identifier filled often enough that the rules should block on it and compare it.
        boolean blocked = blocksOn(spec, f);
        Comparison compared = spec.comparisons().stream().filter(c -> c.field().equals(f)).findFirst().orElse(null);
        if (IDENTIFIERS.contains(f) && p.coverage() >= KEY_COVERAGE && !blocked) {
            List<SpecChange> changes = new ArrayList<>();
            changes.add(new SpecChange.AddBlockingRule(BlockingRule.of(f.replace('_', ' '), new BlockingKey.Exact(f))));
            if (compared == null) {
                changes.add(new SpecChange.AddComparison(defaultComparison(f)));
            }
            out.add(new RuleRecommendation(0, source, RuleRecommendation.Kind.BLOCKING_KEY, f,
                    "block on " + f.replace('_', ' ') + (compared == null ? " and compare it" : ""),
                    what + " is filled on " + percent(p.coverage()) + " of its " + p.records() + " records and "
                            + p.overlapping() + " of its values meet other sources', but the rules "
                            + (compared == null ? "neither block on it nor compare it" : "do not block on it")
                            + ": pairs that share one would never be compared.",
                    changes));
        } else if (compared == null && p.coverage() >= KEY_COVERAGE && defaultComparisonOrNull(f) != null) {
            out.add(new RuleRecommendation(0, source, RuleRecommendation.Kind.COMPARISON, f,
                    "compare " + f.replace('_', ' '),
                    what + " is filled on " + percent(p.coverage()) + " of its records, but the rules do not compare "
                            + f.replace('_', ' ') + ": its agreement would count for nothing in the match weight.",
                    List.of(new SpecChange.AddComparison(defaultComparisonOrNull(f)))));
        }
        // 4. Values that never meet the others': a format problem, or another population.
        if (FORMATTED.contains(f) && p.coverage() >= KEY_COVERAGE && p.distinct() >= FORMAT_MIN_VALUES
                && p.overlap() < FORMAT_OVERLAP && othersHave(p)) {
            out.add(new RuleRecommendation(0, source, RuleRecommendation.Kind.VALUE_FORMAT, f,
                    "check the format of " + f.replace('_', ' '),
                    "Only " + p.overlapping() + " of the " + p.distinct() + " " + f.replace('_', ' ') + " values of "
                            + source + " occur in the other sources: check their format on the Prepare screen "
                            + "(a country code, a date order), unless " + source + " is about other people.",
                    List.of()));
        }
        // 5. A sparse identifier is not worth a key.
        if (identifier && p.coverage() < LOW_COVERAGE) {
            out.add(new RuleRecommendation(0, source, RuleRecommendation.Kind.NOT_WORTH_A_KEY, f,
                    "no blocking key on " + f.replace('_', ' ') + " for " + source,
                    what + " is filled on only " + p.filled() + " of its " + p.records() + " records ("
                            + percent(p.coverage()) + "): a blocking key on it would bring few pairs"
                            + (blocked ? "; the rules' existing key costs little, nothing to change."
                            : "; the rules' other keys find these records."),
                    List.of()));
        }
    }

    private static boolean othersHave(FieldProfile p) {
        return p.othersFilled() >= FORMAT_MIN_VALUES;
    }

    private static boolean settledBy(IdentitySpec spec, String field) {
        return spec.deterministicRules().stream().anyMatch(rule -> rule.fields().equals(List.of(field)));
    }

    private static boolean blocksOn(IdentitySpec spec, String field) {
        return spec.blocking().stream().anyMatch(rule -> rule.keys().size() == 1
                && rule.keys().get(0) instanceof BlockingKey.Exact exact && exact.field().equals(field))
                || settledBy(spec, field);
    }

    private static Comparison defaultComparison(String field) {
        Comparison c = defaultComparisonOrNull(field);
        return c != null ? c : Comparison.of(field, false, new ComparisonLevel.Exact());
    }

    /** The zero-configuration comparison of a field, without covering (its cover may be absent). */
    private static Comparison defaultComparisonOrNull(String field) {
        return IdentitySpec.defaults().comparisons().stream().filter(c -> c.field().equals(field)).findFirst()
                .map(c -> new Comparison(c.name(), c.field(), c.levels(), c.termFrequency(), List.of(),
                        c.reviewIfDifferent()))
                .orElse(null);
    }

    private static String describe(String source, FieldProfile p) {
        if (p.columns().isEmpty()) {
            return "The " + p.field().replace('_', ' ') + " of " + source;
        }
        return (p.columns().size() == 1 ? "Column '" : "Columns '") + String.join("', '", p.columns()) + "' of "
                + source + " (" + p.field() + ")";
    }

    static String percent(double share) {
        long rounded = Math.round(share * 100);
        if (rounded == 100 && share < 1) {
            rounded = 99;
        }
        if (rounded == 0 && share > 0) {
            return "under 1%";
        }
        return rounded + "%";
    }

    private static FieldProfile profileOf(String field, List<String> columns, List<PersonRecord> mine,
                                          List<PersonRecord> rest, Map<RecordKey, Long> clusterOf, MatchKeys keys) {
        Map<String, List<PersonRecord>> mineByValue = new LinkedHashMap<>();
        int filled = 0;
        for (PersonRecord record : mine) {
            String value = keys.of(field, record.field(field));
            if (value != null) {
                filled++;
                mineByValue.computeIfAbsent(value, v -> new ArrayList<>(1)).add(record);
            }
        }
        // The other records that hold one of the new source's values: their people, names and sources.
        Map<String, Holders> holders = new HashMap<>();
        long anonymous = 0;
        int othersFilled = 0;
        for (PersonRecord record : rest) {
            anonymous--;
            String value = keys.of(field, record.field(field));
            if (value != null) {
                othersFilled++;
            }
            if (value == null || !mineByValue.containsKey(value)) {
                continue;
            }
            Holders h = holders.computeIfAbsent(value, v -> new Holders());
            h.people.add(clusterOf.getOrDefault(record.key(), anonymous));
            String[] name = nameOf(record, keys);
            if (name != null) {
                h.names.add(name);
            }
            h.sources.merge(record.source(), 1, Integer::sum);
        }
        Map<String, Integer> bySource = new HashMap<>();
        List<FieldProfile.Shared> shared = new ArrayList<>();
        boolean identifier = IDENTIFIERS.contains(field) || PersonFields.isIdField(field);
        for (Map.Entry<String, List<PersonRecord>> entry : mineByValue.entrySet()) {
            Holders h = holders.get(entry.getKey());
            if (h != null) {
                h.sources.keySet().forEach(s -> bySource.merge(s, 1, Integer::sum));
            }
            if (!identifier) {
                continue;
            }
            // People are told apart by their given names (up to initials and nicknames: Drew is Andrew;
            // family names change); a record without a given name tells nothing.
            List<String[]> names = new ArrayList<>(h == null ? List.of() : h.names);
            int peopleElsewhere = people(names);
            entry.getValue().forEach(record -> {
                String[] name = nameOf(record, keys);
                if (name != null) {
                    names.add(name);
                }
            });
            int people = people(names);
            int gold = h == null ? 0 : h.people.size();
            // Held by one gold customer: shared only when that customer's own records name several people
            // (the run merged a household); the cluster is better evidence than a new record's other name.
            boolean sharedValue = clusterOf.isEmpty() || gold != 1 ? people >= 2 : peopleElsewhere >= 2;
            if (sharedValue) {
                shared.add(new FieldProfile.Shared(entry.getKey(), people, gold, entry.getValue().size()));
            }
        }
        shared.sort(Comparator.comparingInt(FieldProfile.Shared::people).reversed()
                .thenComparing(FieldProfile.Shared::value));
        List<String> overlapWith = bySource.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        return new FieldProfile(field, columns, mine.size(), filled, mineByValue.size(), holders.size(), overlapWith,
                othersFilled, shared);
    }

    /** Who a record names: its given name as compared, or {@code null} when it has none. */
    private static String[] nameOf(PersonRecord record, MatchKeys keys) {
        String given = keys.of(StandardFields.GIVEN_NAME, record.field(StandardFields.GIVEN_NAME));
        return given == null ? null : new String[] {given};
    }

    /**
     * Distinct people among given names: two names are one person when they share an initial or one is a
     * nickname of the other. Family names do not count: a person who married, or whose e-mail carries
     * another name, keeps the given name; a household's members do not.
     */
    private static int people(List<String[]> names) {
        List<String> people = new ArrayList<>();
        for (String[] name : names) {
            boolean known = false;
            for (String person : people) {
                if (person.charAt(0) == name[0].charAt(0) || NICKNAMES.sameName(person, name[0])) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                people.add(name[0]);
            }
        }
        return people.size();
    }

    private static final class Holders {
        final Set<Long> people = new HashSet<>();
        final List<String[]> names = new ArrayList<>();
        final Map<String, Integer> sources = new HashMap<>();
    }

    /** The person fields the source's columns fill, with the columns behind each, in column order. */
    static Map<String, List<String>> columnsOfFields(List<PreparedColumn> columns) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (PreparedColumn column : columns) {
            for (String field : fieldsOf(column)) {
                fields.computeIfAbsent(field, f -> new ArrayList<>()).add(column.name());
            }
        }
        return fields;
    }

    private static List<String> fieldsOf(PreparedColumn column) {
        return switch (column.tag()) {
            case GIVEN_NAME -> List.of(StandardFields.GIVEN_NAME);
            case FAMILY_NAME -> List.of(StandardFields.FAMILY_NAME);
            case FULL_NAME -> List.of(StandardFields.GIVEN_NAME, StandardFields.FAMILY_NAME);
            case EMAIL -> List.of(StandardFields.EMAIL);
            case PHONE -> List.of(StandardFields.PHONE);
            case BIRTH_DATE -> List.of(StandardFields.BIRTH_DATE);
            case STREET, STREET_NUMBER -> List.of(StandardFields.STREET);
            case CITY -> List.of(StandardFields.CITY);
            case POSTCODE -> List.of(StandardFields.POSTCODE);
            case REGION -> List.of(StandardFields.REGION);
            case COUNTRY -> List.of(StandardFields.COUNTRY);
            case NATIONAL_ID -> List.of(StandardFields.NATIONAL_ID);
            case GENDER -> List.of(PersonFields.GENDER);
            case OTHER_ID -> List.of(PersonFields.idFieldOf(column.name()));
            default -> List.of();
        };
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
