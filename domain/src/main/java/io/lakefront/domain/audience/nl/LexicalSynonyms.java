package io.lakefront.domain.audience.nl;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Synonyms from words alone, without any model: singular and plural forms, a small hand table of
 * shop words ("sneakers", "clothes", "gadgets", "skincare") and word containment ("running shoes" is
 * part of "Trail Running Shoes"). Good enough for the demo shop's catalogue and always available.
 */
public final class LexicalSynonyms implements Synonyms {
    private static final Set<String> GENERIC = Set.of("product", "item", "stuff", "thing", "merchandise", "any", "some");
    private static final Map<String, String> TABLE = Map.ofEntries(
            Map.entry("shoe", "footwear"), Map.entry("sneaker", "footwear"), Map.entry("boot", "footwear"),
            Map.entry("trainer", "footwear"), Map.entry("clothe", "apparel"), Map.entry("clothing", "apparel"),
            Map.entry("fashion", "apparel"), Map.entry("garment", "apparel"), Map.entry("wear", "apparel"),
            Map.entry("gadget", "electronic"), Map.entry("tech", "electronic"), Map.entry("electronic", "electronic"),
            Map.entry("device", "electronic"), Map.entry("kitchen", "home & kitchen"), Map.entry("home", "home & kitchen"),
            Map.entry("homeware", "home & kitchen"), Map.entry("home good", "home & kitchen"),
            Map.entry("kitchenware", "home & kitchen"), Map.entry("cookware", "home & kitchen"),
            Map.entry("housewares", "home & kitchen"), Map.entry("skincare", "beauty"), Map.entry("skin care", "beauty"),
            Map.entry("cosmetic", "beauty"), Map.entry("makeup", "beauty"), Map.entry("personal care", "beauty"),
            Map.entry("toy", "toy & game"), Map.entry("game", "toy & game"), Map.entry("toy and game", "toy & game"),
            Map.entry("book", "book & stationery"), Map.entry("stationery", "book & stationery"),
            Map.entry("book and stationery", "book & stationery"), Map.entry("office supply", "book & stationery"),
            Map.entry("camping", "outdoor"), Map.entry("camping gear", "outdoor"), Map.entry("outdoor gear", "outdoor"),
            Map.entry("hiking gear", "outdoor"), Map.entry("outdoors", "outdoor"));

    @Override
    public Optional<Match> best(String phrase, List<String> candidates) {
        String key = key(phrase);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String mapped = TABLE.get(key);
        Match best = null;
        for (String candidate : candidates) {
            double score = score(key, mapped, key(candidate));
            if (score > 0 && (best == null || score > best.score())) {
                best = new Match(candidate, score);
            }
        }
        return Optional.ofNullable(best);
    }

    private static double score(String key, String mapped, String candidate) {
        if (key.equals(candidate)) {
            return 1.0;
        }
        if (candidate.equals(mapped)) {
            return 0.9;
        }
        Set<String> words = new HashSet<>(List.of(candidate.split(" ")));
        String[] phraseWords = key.split(" ");
        for (String word : phraseWords) {
            if (!words.contains(word)) {
                return 0;
            }
        }
        return 0.7 + 0.2 * phraseWords.length / words.size();
    }

    /** Folded, singular words without the generic ones ("beauty products" → "beauty"). */
    static String key(String phrase) {
        StringBuilder key = new StringBuilder();
        for (String word : Text.key(phrase).split(" ")) {
            String stem = Text.stem(word);
            if (word.isEmpty() || GENERIC.contains(stem)) {
                continue;
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(stem);
        }
        return key.toString();
    }
}
