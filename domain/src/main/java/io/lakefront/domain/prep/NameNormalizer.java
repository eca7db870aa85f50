package io.lakefront.domain.prep;

import java.util.Locale;
import java.util.Set;

/**
 * Given and family names: spaces tidied and casing repaired when a name was typed all upper or all
 * lower case ({@code o'brien} → {@code O'Brien}, {@code MCDONALD} → {@code McDonald}, {@code van der berg}
 * keeps its particles). Mixed-case names are left as their owners wrote them. The {@link #matchKey}
 * folds diacritics and case so that {@code Müller}, {@code Muller} and {@code MÜLLER} meet.
 */
public final class NameNormalizer implements Normalizer {
    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "del", "della", "di", "da", "du",
            "la", "le", "von", "zu", "ten", "ter", "y", "dos", "das", "bin", "al");

    @Override
    public Normalized normalize(String raw) {
        if (Normalizer.isMissing(raw)) {
            return Normalized.missing();
        }
        String name = Text.collapseSpaces(raw.strip());
        if (Text.hasDigit(name)) {
            return Normalized.invalid(raw, "digits in a name");
        }
        if (!Text.hasLetter(name)) {
            return Normalized.invalid(raw, "no letters in a name");
        }
        boolean oneCase = name.equals(name.toLowerCase(Locale.ROOT)) || name.equals(name.toUpperCase(Locale.ROOT));
        return Normalized.valid(oneCase ? recase(name) : name);
    }

    static String recase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        String[] words = name.toLowerCase(Locale.ROOT).split(" ");
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (w > 0) {
                out.append(' ');
            }
            if (w > 0 && w < words.length - 1 && PARTICLES.contains(word) || words.length > 1 && w == 0 && PARTICLES.contains(word) && words.length > 2) {
                out.append(word);
                continue;
            }
            out.append(capitalizeParts(word));
        }
        return out.toString();
    }

    /** Upper-cases the first letter and each letter after a hyphen or apostrophe; {@code mc}/{@code mac} prefixes too. */
    private static String capitalizeParts(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'' || c == '’';
        }
        String cased = out.toString();
        if (cased.startsWith("Mc") && cased.length() > 3) {
            cased = "Mc" + Character.toUpperCase(cased.charAt(2)) + cased.substring(3);
        }
        return cased;
    }

    /** Lower-case letters without diacritics, spaces, hyphens or apostrophes: the key names are compared by. */
    public String matchKey(String name) {
        return Text.fold(name).replaceAll("[^a-z]", "");
    }

    @Override
    public String rule() {
        return "spaces tidied; ALL CAPS and all-lower names re-cased; match key folds case and diacritics";
    }
}
