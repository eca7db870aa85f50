package io.lakefront.domain.prep;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a full name into prefix, given, family and suffix: {@code "Smith, John"},
 * {@code "Dr. John A. Smith Jr."}, {@code "Ludwig van Beethoven"}.
 */
public final class FullNameSplitter {
    /** A split name; parts that are absent are empty strings. */
    public record SplitName(String prefix, String given, String family, String suffix) {
    }

    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "del",
            "della", "di", "da", "du", "la", "le", "ten", "ter", "zu", "dos", "das", "mac", "st", "bin", "al");
    private final NameNormalizer names = new NameNormalizer();

    public SplitName split(String fullName) {
        if (Normalizer.isMissing(fullName)) {
            return new SplitName("", "", "", "");
        }
        String text = fullName.strip().replaceAll("\\s+", " ");
        if (text.indexOf(',') > 0) {
            // "Smith, John", "Smith, Jr., John", "John Smith, PhD": parts that are suffixes are suffixes;
            // of the rest, the first is the family name when another part follows.
            List<String> parts = new ArrayList<>();
            List<String> suffixes = new ArrayList<>();
            for (String part : text.split(",")) {
                String trimmed = part.strip();
                if (isSuffix(trimmed)) {
                    suffixes.add(clean(trimmed));
                } else if (!trimmed.isEmpty()) {
                    parts.add(trimmed);
                }
            }
            if (parts.size() == 1) {
                SplitName rest = split(parts.get(0));
                suffixes.add(0, rest.suffix());
                return new SplitName(rest.prefix(), rest.given(), rest.family(), String.join(" ", suffixes).strip());
            }
            if (parts.size() >= 2) {
                List<String> givenWords = new ArrayList<>(List.of(String.join(" ", parts.subList(1, parts.size())).split(" ")));
                String prefix = takePrefix(givenWords);
                String suffix = takeSuffix(givenWords);
                if (!suffix.isEmpty()) {
                    suffixes.add(suffix);
                }
                return new SplitName(prefix, cased(String.join(" ", givenWords)), cased(parts.get(0)), String.join(" ", suffixes));
            }
        }
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        String prefix = takePrefix(words);
        String suffix = takeSuffix(words);
        if (words.isEmpty()) {
            return new SplitName(prefix, "", "", suffix);
        }
        if (words.size() == 1) {
            return new SplitName(prefix, "", cased(words.get(0)), suffix);
        }
        int familyStart = words.size() - 1;
        while (familyStart > 1 && PARTICLES.contains(Text.fold(words.get(familyStart - 1)))) {
            familyStart--;
        }
        String given = String.join(" ", words.subList(0, familyStart));
        String family = String.join(" ", words.subList(familyStart, words.size()));
        return new SplitName(prefix, cased(given), cased(family), suffix);
    }

    private String cased(String part) {
        String normalized = part.isEmpty() ? null : names.normalize(part).valueOrNull();
        return normalized == null ? part : normalized;
    }

    private static String takePrefix(List<String> words) {
        List<String> prefix = new ArrayList<>();
        while (words.size() > 1 && Lexicon.PREFIX_WORDS.contains(Text.fold(words.get(0)).replace(".", ""))
                && !Text.fold(words.get(0)).equals("m")) {
            prefix.add(words.remove(0));
        }
        return String.join(" ", prefix);
    }

    private static String takeSuffix(List<String> words) {
        List<String> suffix = new ArrayList<>();
        while (words.size() > 1 && isSuffix(words.get(words.size() - 1))) {
            suffix.add(0, clean(words.remove(words.size() - 1)));
        }
        return String.join(" ", suffix);
    }

    private static boolean isSuffix(String word) {
        String folded = Text.fold(word).replace(".", "").strip();
        return Lexicon.SUFFIX_WORDS.contains(folded) && !folded.equals("v");
    }

    private static String clean(String word) {
        return word.strip().replaceAll(",$", "");
    }
}
