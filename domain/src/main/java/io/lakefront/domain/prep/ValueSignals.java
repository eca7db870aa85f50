package io.lakefront.domain.prep;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * What a column's values say on their own: for each tag they support, a score in 0..1 and the reason
 * in words ({@code 98% parse as email}). Headers play no part here; {@link TagColumns} weighs both.
 */
final class ValueSignals {
    /** One tag's support from the values. */
    record Signal(double score, Evidence evidence) {
    }

    private final List<String> values;
    private final LocalDate today;
    private final Lexicon lexicon;
    private final Map<ColumnTag, Signal> signals = new EnumMap<>(ColumnTag.class);
    private final int distinct;
    private final double uniqueness;

    private ValueSignals(List<String> values, LocalDate today, Lexicon lexicon) {
        this.values = values;
        this.today = today;
        this.lexicon = lexicon;
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            seen.add(value.toLowerCase(Locale.ROOT));
        }
        this.distinct = seen.size();
        this.uniqueness = values.isEmpty() ? 0 : (double) distinct / values.size();
    }

    /** Scores every tag the present (non-blank, trimmed) values support; empty when there are none. */
    static Map<ColumnTag, Signal> of(List<String> present, LocalDate today, Lexicon lexicon) {
        ValueSignals signals = new ValueSignals(present.stream().map(ValueSignals::withoutTextMarker).toList(), today, lexicon);
        if (!present.isEmpty()) {
            signals.collect();
        }
        return signals.signals;
    }

    /** Spreadsheets keep leading zeros by prefixing an apostrophe ({@code '02134}); it is not part of the value. */
    private static String withoutTextMarker(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && Character.isDigit(value.charAt(1)) ? value.substring(1) : value;
    }

    private void collect() {
        email();
        double dateRate = dates();
        phone(dateRate);
        postcode();
        numbers(dateRate);
        identifiers(dateRate);
        places();
        names();
        closedVocabularies();
        address();
        words();
    }

    // --- contact ---------------------------------------------------------------------------------

    private void email() {
        double rate = rate(v -> ValueShapes.EMAIL.matcher(v).matches());
        put(ColumnTag.EMAIL, rate, Evidence.values(percent(rate) + " parse as email", rate));
    }

    private void phone(double dateRate) {
        double strength = mean(v -> {
            if (!ValueShapes.PHONE_CHARS.matcher(v).matches()
                    || ValueShapes.SSN.matcher(v).matches() || ValueShapes.ZIP_PLUS4.matcher(v).matches()) {
                return 0;
            }
            String digits = ValueShapes.digits(v);
            if (digits.length() < 7 || digits.length() > 15) {
                return 0;
            }
            boolean formatted = v.startsWith("+") || v.startsWith("00") || v.matches(".*\\d[ ()\\-./]+\\d.*") || v.startsWith("(");
            if (formatted) {
                return 1.0;
            }
            // Unformatted digits: a trunk prefix (0...) or a country code makes a phone number likelier.
            if (digits.length() >= 10) {
                return digits.startsWith("0") || digits.startsWith("1") ? 0.85 : 0.7;
            }
            return 0.35;
        });
        double score = strength * (1 - dateRate);
        put(ColumnTag.PHONE, score, Evidence.values(percent(rate(v -> isPhoneLike(v))) + " look like phone numbers (7-15 digits)", score));
    }

    private static boolean isPhoneLike(String v) {
        int digits = ValueShapes.digits(v).length();
        return ValueShapes.PHONE_CHARS.matcher(v).matches() && digits >= 7 && digits <= 15;
    }

    // --- dates -----------------------------------------------------------------------------------

    private double dates() {
        DateFormatGuess.Guess guess = DateFormatGuess.guess(values);
        if (!guess.found()) {
            return 0;
        }
        double rate = guess.parseRate();
        String format = guess.pattern().replace("uuuu", "yyyy").replace("uu", "yy");
        if (guess.timeRate() >= 0.5) {
            put(ColumnTag.TIMESTAMP, 0.95 * rate, Evidence.values(percent(rate) + " parse as timestamps (" + format + " + time)", rate));
            put(ColumnTag.DATE, 0.5 * rate, Evidence.values(percent(rate) + " parse as dates (" + format + ")", rate));
            return rate;
        }
        List<LocalDate> dates = guess.dates();
        int plausible = 0;
        List<Long> ages = new ArrayList<>(dates.size());
        for (LocalDate date : dates) {
            long age = ChronoUnit.YEARS.between(date, today);
            ages.add(age);
            if (age >= 0 && age <= 110 && !date.isAfter(today)) {
                plausible++;
            }
        }
        Collections.sort(ages);
        double plausibleRate = dates.isEmpty() ? 0 : (double) plausible / dates.size();
        long medianAge = ages.isEmpty() ? 0 : ages.get(ages.size() / 2);
        long spread = ages.isEmpty() ? 0 : ages.get(ages.size() * 9 / 10) - ages.get(ages.size() / 10);
        // Birth dates lie decades back and spread over decades; order and sign-up dates cluster near today.
        double ageFit = medianAge >= 14 && medianAge <= 100 ? 1.0 : medianAge >= 8 ? 0.5 : 0.15;
        double spreadFit = spread >= 10 ? 1.0 : spread >= 4 ? 0.6 : 0.3;
        double birth = rate * (0.4 + 0.6 * plausibleRate) * ageFit * spreadFit;
        put(ColumnTag.BIRTH_DATE, 0.95 * birth, Evidence.values(percent(rate) + " parse as dates (" + format + "), "
                + percent(plausibleRate) + " a plausible age 0-110, median age " + medianAge, birth));
        put(ColumnTag.DATE, 0.75 * rate, Evidence.values(percent(rate) + " parse as dates (" + format + ")", rate));
        put(ColumnTag.TIMESTAMP, 0.55 * rate * (1 - birth * 0.5), Evidence.values(percent(rate) + " parse as dates (" + format + "), no time of day", rate));
        return rate;
    }

    // --- numbers ---------------------------------------------------------------------------------

    private void postcode() {
        double strong = rate(v -> ValueShapes.ZIP_PLUS4.matcher(v).matches() || ValueShapes.CANADIAN_POSTCODE.matcher(v).matches()
                || ValueShapes.DUTCH_POSTCODE.matcher(v).matches()
                || (ValueShapes.UK_POSTCODE.matcher(v).matches() && v.chars().anyMatch(Character::isLetter)));
        double numeric = rate(v -> ValueShapes.FOUR_OR_FIVE_DIGITS.matcher(v).matches());
        double numericScore = 0;
        if (numeric > 0) {
            // Plain 4- or 5-digit numbers are postcodes when they keep one length (US/DE/FR 5, AU/CH/AT 4).
            Map<Integer, Integer> lengths = new HashMap<>();
            for (String v : values) {
                if (ValueShapes.FOUR_OR_FIVE_DIGITS.matcher(v).matches()) {
                    lengths.merge(v.length(), 1, Integer::sum);
                }
            }
            int dominant = lengths.values().stream().max(Integer::compare).orElse(0);
            double sameLength = (double) dominant / values.size();
            boolean leadingZero = values.stream().anyMatch(v -> v.startsWith("0") && ValueShapes.DIGITS.matcher(v).matches());
            numericScore = sameLength * (leadingZero ? 0.85 : 0.75) * (uniqueness > 0.97 && values.size() >= 50 ? 0.6 : 1.0);
        }
        double score = Math.min(1, strong + numericScore);
        put(ColumnTag.POSTCODE, score, Evidence.values(percent(strong + numeric) + " look like postcodes", score));
    }

    private void numbers(double dateRate) {
        double moneyShape = mean(v -> {
            if (!ValueShapes.MONEY.matcher(v).matches() || !v.chars().anyMatch(Character::isDigit)) {
                return 0;
            }
            if (ValueShapes.CURRENCY_SIGN.matcher(v).find()) {
                return 1.0;
            }
            return ValueShapes.TWO_DECIMALS.matcher(v).find() ? 0.9 : 0.15;
        });
        double money = moneyShape * (1 - dateRate);
        put(ColumnTag.MONEY, money, Evidence.values(percent(rate(v -> ValueShapes.MONEY.matcher(v).matches() && !ValueShapes.INTEGER.matcher(v).matches()))
                + " are amounts (2 decimals or a currency sign)", money));

        List<Long> integers = new ArrayList<>();
        for (String v : values) {
            if (ValueShapes.INTEGER.matcher(v).matches()) {
                integers.add(Long.parseLong(v));
            }
        }
        double integerRate = (double) integers.size() / values.size();
        Collections.sort(integers);
        long median = integers.isEmpty() ? 0 : integers.get(integers.size() / 2);
        long max = integers.isEmpty() ? 0 : integers.get(integers.size() - 1);
        boolean onlyZeroOne = integers.stream().allMatch(i -> i == 0 || i == 1);
        long distinctIntegers = integers.stream().distinct().count();
        double density = integers.isEmpty() ? 0 : (double) distinctIntegers / (max - integers.get(0) + 1);
        if (integerRate >= 0.95 && uniqueness < 0.9 && distinctIntegers >= 20 && density >= 0.8) {
            // A dense run of repeating integers (0..250, each a few times) numbers groups: clusters, households.
            double score = 0.6 * density;
            put(ColumnTag.OTHER_ID, score, Evidence.values(String.format(Locale.ROOT,
                    "repeating whole numbers densely covering %d..%d, like group ids", integers.get(0), max), score));
        }
        if (integerRate > 0 && max <= 10_000 && integers.get(0) >= 0 && !onlyZeroOne) {
            double smallness = median <= 5 ? 1.0 : median <= 20 ? 0.7 : median <= 100 ? 0.35 : 0.1;
            double quantity = integerRate * smallness * (uniqueness < 0.5 ? 0.8 : 0.3);
            put(ColumnTag.QUANTITY, quantity, Evidence.values(percent(integerRate) + " small whole numbers, median " + median, quantity));
        }
        double streetNumbers = rate(v -> ValueShapes.STREET_NUMBER.matcher(v).matches() && !v.startsWith("0"));
        boolean lettered = values.stream().anyMatch(v -> ValueShapes.STREET_NUMBER.matcher(v).matches() && !ValueShapes.DIGITS.matcher(v).matches());
        if (streetNumbers > 0 && !onlyZeroOne) {
            double medianFit = median >= 4 && median <= 2000 ? 1.0 : 0.5;
            boolean zero = integers.stream().anyMatch(i -> i == 0);
            double score = streetNumbers * (lettered ? 0.75 : 0.55) * medianFit * (uniqueness > 0.95 ? 0.5 : 1.0) * (zero ? 0.6 : 1.0);
            put(ColumnTag.STREET_NUMBER, score, Evidence.values(percent(streetNumbers) + " look like house numbers" + (lettered ? " (some with letters)" : ""), score));
        }
    }

    // --- identifiers -----------------------------------------------------------------------------

    private void identifiers(double dateRate) {
        double idLike = rate(v -> ValueShapes.ID_LIKE.matcher(v).matches() && v.chars().anyMatch(Character::isDigit)
                && !ValueShapes.EMAIL.matcher(v).matches());
        Map<String, Integer> shapes = new HashMap<>();
        for (String v : values) {
            shapes.merge(ValueShapes.shape(v), 1, Integer::sum);
        }
        Map<Integer, Integer> lengths = new HashMap<>();
        for (String v : values) {
            lengths.merge(v.length(), 1, Integer::sum);
        }
        // One shape (C000123) or one length (UUIDs, whose letters and digits mix freely).
        double sameShape = (double) Math.max(shapes.values().stream().max(Integer::compare).orElse(0),
                lengths.values().stream().max(Integer::compare).orElse(0)) / values.size();
        if (uniqueness >= 0.9 && idLike >= 0.9 && values.size() >= 5) {
            double score = (uniqueness >= 0.995 ? 0.62 : 0.4) + 0.2 * sameShape - 0.5 * dateRate;
            if (uniqueness >= 0.995 && consecutive()) {
                // 1001, 1002, 1003, ...: numbered rows, the plainest record id there is.
                score = Math.max(score, 0.9);
            }
            put(ColumnTag.RECORD_ID, score, Evidence.values(percent(uniqueness) + " unique, id-like, " + percent(sameShape) + " one shape or length", score));
        }
        if (idLike >= 0.9 && uniqueness < 0.9 && uniqueness >= 0.02 && values.size() >= 5) {
            // Repeating ids point at another table: customer refs, cluster or household ids.
            double letters = rate(v -> v.chars().anyMatch(Character::isLetter));
            double score = 0.25 + 0.2 * letters * sameShape;
            put(ColumnTag.OTHER_ID, score, Evidence.values("id-like values, " + percent(uniqueness) + " unique", score));
        }
        double patterned = rate(v -> ValueShapes.SSN.matcher(v).matches() || ValueShapes.UK_NINO.matcher(v).matches());
        Map<Integer, Integer> digitLengths = new HashMap<>();
        for (String v : values) {
            if (ValueShapes.DIGITS.matcher(v).matches() && v.length() >= 6 && v.length() <= 12) {
                digitLengths.merge(v.length(), 1, Integer::sum);
            }
        }
        double fixedDigits = (double) digitLengths.values().stream().max(Integer::compare).orElse(0) / values.size();
        double score = Math.max(0.92 * patterned, 0.6 * fixedDigits * (1 - dateRate) * (uniqueness >= 0.3 ? 1 : 0.3));
        if (score > 0) {
            put(ColumnTag.NATIONAL_ID, score, Evidence.values(patterned > 0
                    ? percent(patterned) + " match national id patterns (SSN, NI number)"
                    : percent(fixedDigits) + " digit strings of one length", score));
        }
    }

    /** Whole numbers that, sorted, nearly fill their range. */
    private boolean consecutive() {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (String v : values) {
            if (!ValueShapes.INTEGER.matcher(v).matches()) {
                return false;
            }
            long n = Long.parseLong(v);
            min = Math.min(min, n);
            max = Math.max(max, n);
        }
        return (double) values.size() / (max - min + 1) >= 0.9;
    }

    // --- places ----------------------------------------------------------------------------------

    private void places() {
        double country = rate(v -> lexicon.country(v) != null);
        double region = rate(v -> lexicon.region(v) != null);
        double lowCardinality = distinct <= 300 ? 1.0 : 0.5;
        put(ColumnTag.COUNTRY, 0.95 * country * lowCardinality, Evidence.dictionary(percent(country) + " are countries (ISO codes or names)", country));
        put(ColumnTag.REGION, 0.95 * region * lowCardinality, Evidence.dictionary(percent(region) + " are states/provinces (codes or names)", region));
        double city = rate(lexicon::isCity);
        double cityShaped = rate(v -> ValueShapes.NAME_WORDS.matcher(v).matches() && v.length() >= 3);
        double score = Math.min(1, 0.65 * city + 0.35 * cityShaped + (city > 0.1 ? 0.1 : 0));
        put(ColumnTag.CITY, score, Evidence.dictionary(percent(city) + " in the city list, " + percent(cityShaped) + " place-like words", score));
    }

    // --- names -----------------------------------------------------------------------------------

    private void names() {
        double given = rate(v -> lexicon.isGivenName(firstWord(v)));
        double family = rate(v -> lexicon.isFamilyName(Text.fold(v)) || lexicon.isFamilyName(lastWord(v)));
        double wordy = rate(v -> ValueShapes.NAME_WORDS.matcher(v).matches() && v.indexOf(' ') < 0);
        if (given >= 0.1 && given >= family) {
            double score = Math.min(1, (0.3 + 0.7 * given) * wordy + 0.1);
            put(ColumnTag.GIVEN_NAME, score, Evidence.dictionary(percent(given) + " in the given-name list (" + percent(family) + " family names)", score));
        }
        if (family >= 0.1 && family >= given * 0.8) {
            double score = Math.min(1, (0.3 + 0.7 * family) * wordy + (family > given ? 0.1 : 0));
            put(ColumnTag.FAMILY_NAME, score, Evidence.dictionary(percent(family) + " in the family-name list (" + percent(given) + " given names)", score));
        }
        double full = mean(v -> {
            if (ValueShapes.LAST_COMMA_FIRST.matcher(v).matches()) {
                return 1.0;
            }
            if (!ValueShapes.NAME_WORDS.matcher(v).matches()) {
                return 0;
            }
            String[] words = v.split(" ");
            if (words.length < 2 || words.length > 4) {
                return 0;
            }
            boolean givenFirst = lexicon.isGivenName(Text.fold(words[0]).replace(".", ""));
            boolean familyLast = lexicon.isFamilyName(Text.fold(words[words.length - 1]));
            return givenFirst && familyLast ? 1.0 : givenFirst || familyLast ? 0.75 : 0.25;
        });
        double comma = rate(v -> ValueShapes.LAST_COMMA_FIRST.matcher(v).matches());
        put(ColumnTag.FULL_NAME, 0.95 * full, Evidence.dictionary(comma >= 0.5
                ? percent(comma) + " written \"Last, First\""
                : percent(full) + " read as given + family name", full));
    }

    private static String firstWord(String v) {
        String folded = Text.fold(v);
        int space = folded.indexOf(' ');
        return space < 0 ? folded : folded.substring(0, space);
    }

    private static String lastWord(String v) {
        String folded = Text.fold(v);
        return folded.substring(folded.lastIndexOf(' ') + 1);
    }

    // --- small closed vocabularies ---------------------------------------------------------------

    private void closedVocabularies() {
        double gender = rate(v -> Lexicon.GENDER_WORDS.contains(Text.fold(v)));
        double genderScore = 0.95 * gender * (distinct <= 8 ? 1 : 0.3);
        put(ColumnTag.GENDER, genderScore, Evidence.dictionary(percent(gender) + " are gender values, " + distinct + " distinct", genderScore));

        double bool = rate(v -> Lexicon.BOOLEAN_WORDS.contains(Text.fold(v)));
        double boolScore = 0.92 * bool * (distinct <= 3 ? 1 : 0.3);
        put(ColumnTag.CONSENT, boolScore, Evidence.dictionary(percent(bool) + " are yes/no values, " + distinct + " distinct", boolScore));

        double prefix = rate(v -> Lexicon.PREFIX_WORDS.contains(Text.fold(v).replace(".", "")));
        put(ColumnTag.NAME_PREFIX, 0.9 * prefix * (distinct <= 15 ? 1 : 0.3), Evidence.dictionary(percent(prefix) + " are salutations (Mr, Mrs, Dr, ...)", prefix));

        double suffix = rate(v -> Lexicon.SUFFIX_WORDS.contains(Text.fold(v).replace(".", "")));
        put(ColumnTag.NAME_SUFFIX, 0.9 * suffix * (distinct <= 15 ? 1 : 0.3), Evidence.dictionary(percent(suffix) + " are name suffixes (Jr, III, ...)", suffix));

        double currency = rate(lexicon::isCurrency);
        put(ColumnTag.CURRENCY, 0.95 * currency * (distinct <= 50 ? 1 : 0.3), Evidence.dictionary(percent(currency) + " are ISO currency codes", currency));
    }

    // --- address lines ---------------------------------------------------------------------------

    private void address() {
        double street = mean(v -> {
            String folded = Text.fold(v).replace(".", " ").replace(",", " ");
            String[] words = folded.trim().split("\\s+");
            boolean number = v.chars().anyMatch(Character::isDigit);
            boolean type = false;
            for (int i = 0; i < words.length; i++) {
                String word = words[i];
                // The type word closes the name in English ("Main St"), opens it in French/Spanish ("Rue de la Paix").
                if (lexicon.streetType(word) != null && words.length > 1 && (i > 0 || isOpeningStreetWord(word))) {
                    type = true;
                }
                if (lexicon.endsWithGluedStreetType(word)) {
                    type = true;
                }
            }
            if (type) {
                return number ? 1.0 : 0.85;
            }
            return number && words.length >= 2 && words[0].chars().anyMatch(Character::isDigit) ? 0.45 : 0;
        });
        put(ColumnTag.STREET, street, Evidence.values(percent(street) + " read as street addresses", street));

        double line2 = rate(v -> {
            String folded = Text.fold(v).replace(".", "");
            if (folded.startsWith("#")) {
                return true;
            }
            for (String word : Lexicon.LINE2_WORDS) {
                if (folded.equals(word) || folded.startsWith(word + " ") || folded.startsWith(word + "#")) {
                    return true;
                }
            }
            return false;
        });
        put(ColumnTag.ADDRESS_LINE2, 0.9 * line2, Evidence.values(percent(line2) + " start like address line 2 (apt, unit, suite, ...)", line2));
    }

    private static boolean isOpeningStreetWord(String word) {
        return Set.of("rue", "avenue", "boulevard", "chemin", "impasse", "allee", "quai", "calle", "avenida", "paseo",
                "camino", "carrera", "plaza", "ronda", "via", "viale", "corso", "piazza", "place").contains(word);
    }

    // --- free words ------------------------------------------------------------------------------

    private void words() {
        double averageWords = values.stream().mapToInt(v -> v.split("\\s+").length).average().orElse(0);
        double averageLength = values.stream().mapToInt(String::length).average().orElse(0);
        double letters = rate(v -> v.chars().anyMatch(Character::isLetter));
        if (averageWords >= 4 && averageLength >= 20) {
            double score = Math.min(0.8, 0.45 + averageWords / 40) * letters;
            put(ColumnTag.TEXT, score, Evidence.values(String.format(Locale.ROOT, "free text, %.1f words on average", averageWords), score));
        }
        double links = rate(v -> v.regionMatches(true, 0, "http://", 0, 7) || v.regionMatches(true, 0, "https://", 0, 8)
                || v.regionMatches(true, 0, "www.", 0, 4));
        if (links > 0) {
            // No tag is meant for links; they are text to keep, never to match on.
            put(ColumnTag.TEXT, 0.5 * links, Evidence.values(percent(links) + " are web links", links));
        }
        if (values.size() >= 10 && letters >= 0.8 && (distinct <= 12 || (distinct <= 40 && uniqueness <= 0.1))) {
            double score = 0.5 * letters;
            put(ColumnTag.CATEGORY, score, Evidence.values(distinct + " distinct values in " + values.size(), score));
        }
        if (letters >= 0.8 && averageWords >= 1.5 && averageWords < 6 && uniqueness >= 0.1 && distinct > 12) {
            double score = 0.2;
            put(ColumnTag.PRODUCT, score, Evidence.values("short descriptive labels, " + distinct + " distinct", score));
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    private void put(ColumnTag tag, double score, Evidence evidence) {
        if (score > 0.001) {
            signals.merge(tag, new Signal(Math.min(1, score), evidence), (a, b) -> a.score() >= b.score() ? a : b);
        }
    }

    private double rate(Predicate<String> test) {
        int hits = 0;
        for (String value : values) {
            if (test.test(value)) {
                hits++;
            }
        }
        return (double) hits / values.size();
    }

    private double mean(ToDoubleFunction<String> strength) {
        double sum = 0;
        for (String value : values) {
            sum += strength.applyAsDouble(value);
        }
        return sum / values.size();
    }

    static String percent(double rate) {
        return Math.round(rate * 100) + "%";
    }
}
