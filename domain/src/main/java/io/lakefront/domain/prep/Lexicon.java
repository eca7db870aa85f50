package io.lakefront.domain.prep;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The built-in word lists: names, places, currencies, street types and the small closed vocabularies
 * (gender, yes/no, salutations). All keys are folded with {@link Text#fold}. Loaded once, read-only.
 */
final class Lexicon {
    private static final Pattern PUNCTUATION = Pattern.compile("[.\\-'’]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Lexicon BUILT_IN = new Lexicon();

    static final Set<String> GENDER_WORDS = Set.of(
            "m", "f", "male", "female", "w", "d", "x", "u", "o", "other", "unknown", "man", "woman", "men", "women",
            "mannlich", "weiblich", "divers", "diverse", "homme", "femme", "h", "hombre", "mujer", "masculino",
            "femenino", "masculin", "feminin", "v", "vrouw", "nonbinary", "non binary", "non-binary", "nb", "n/a");
    static final Set<String> BOOLEAN_WORDS = Set.of(
            "yes", "no", "y", "n", "true", "false", "t", "f", "1", "0", "opted in", "opted-in", "opted out",
            "opted-out", "opt-in", "opt-out", "opt in", "opt out", "subscribed", "unsubscribed", "ja", "nein", "j",
            "oui", "non", "si", "nee", "on", "off", "granted", "denied", "accepted", "declined", "wahr", "falsch",
            "vrai", "faux", "verdadero", "falso", "waar", "onwaar");
    static final Set<String> PREFIX_WORDS = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lady", "lord", "rev", "herr", "frau",
            "hr", "fr", "m", "mme", "mlle", "monsieur", "madame", "mademoiselle", "sr", "sra", "srta", "don", "dona",
            "dhr", "mevr", "mw", "prof dr", "dr med", "madam", "mister");
    static final Set<String> SUFFIX_WORDS = Set.of(
            "jr", "sr", "jnr", "snr", "ii", "iii", "iv", "v", "phd", "md", "esq", "dds", "cpa", "mba", "ret");
    static final Set<String> LINE2_WORDS = Set.of(
            "apt", "apartment", "unit", "suite", "ste", "lvl", "level", "floor", "fl", "flat", "room", "rm", "bldg",
            "building", "po box", "p o box", "pobox", "box", "c/o", "c o", "#", "dept", "department", "wohnung", "whg",
            "etage", "og", "app", "appt", "bte", "bus", "piso", "puerta", "planta", "shop", "lot", "villa", "tower");

    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> familyNames = new HashSet<>();
    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, String> regions = new HashMap<>();
    private final Set<String> cities = new HashSet<>();
    private final Set<String> currencies = new HashSet<>();
    private final Map<String, String> streetTypes = new HashMap<>();

    private Lexicon() {
        givenNames.addAll(Resources.words("given-names.txt"));
        familyNames.addAll(Resources.words("family-names.txt"));
        cities.addAll(Resources.words("cities.txt"));
        currencies.addAll(Resources.words("currencies.txt"));
        readCodes("countries.txt", countries);
        readCodes("regions.txt", regions);
        for (String line : Resources.lines("street-types.txt")) {
            String[] words = line.split(",");
            String full = Text.fold(words[0].strip());
            String abbreviation = words.length > 1 ? Text.fold(words[1].strip()) : full;
            for (String word : words) {
                streetTypes.putIfAbsent(Text.fold(word.strip()), full + "|" + abbreviation);
            }
        }
    }

    static Lexicon builtIn() {
        return BUILT_IN;
    }

    /** Each line: the code first, then names for it; every entry (code included) maps to the code. */
    private static void readCodes(String resource, Map<String, String> into) {
        for (String line : Resources.lines(resource)) {
            List<String> entries = List.of(line.split(","));
            String code = entries.get(0).strip().toUpperCase(Locale.ROOT);
            for (String entry : entries) {
                into.putIfAbsent(key(entry), code);
            }
        }
    }

    /** A lookup key for places: folded, dots and hyphens as spaces ({@code U.S.A.}, {@code Baden-Württemberg}). */
    static String key(String text) {
        return SPACES.matcher(PUNCTUATION.matcher(Text.fold(text)).replaceAll(" ")).replaceAll(" ").strip();
    }

    boolean isGivenName(String folded) {
        return givenNames.contains(folded);
    }

    boolean isFamilyName(String folded) {
        return familyNames.contains(folded);
    }

    boolean isCity(String value) {
        return cities.contains(key(value));
    }

    boolean isCurrency(String value) {
        return currencies.contains(Text.fold(value.strip()));
    }

    /** ISO 3166-1 alpha-2 for a country code or name, or {@code null}. */
    String country(String value) {
        return countries.get(key(value));
    }

    /** ISO 3166-2 code ({@code US-TX}) for a region code or name, or {@code null}. */
    String region(String value) {
        return regions.get(key(value));
    }

    /** {@code full|abbreviation} for a street type word ({@code st} gives {@code street|st}), or {@code null}. */
    String streetType(String foldedWord) {
        return streetTypes.get(foldedWord);
    }

    /** True when a folded word ends with a street word that German and Dutch glue on: {@code hauptstrasse}. */
    boolean endsWithGluedStreetType(String foldedWord) {
        for (String suffix : List.of("strasse", "str", "weg", "allee", "platz", "gasse", "ring", "damm", "straat", "laan", "plein", "gracht", "kade", "singel", "dijk")) {
            if (foldedWord.length() > suffix.length() + 2 && foldedWord.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
