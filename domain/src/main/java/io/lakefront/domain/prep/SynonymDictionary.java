package io.lakefront.domain.prep;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in {@link HeaderMeaning}: a multilingual synonym list ({@code header-synonyms.txt}) matched
 * by whole phrases, by words inside longer headers ({@code mailing zip}), by German-style compounds
 * ({@code lieferadresse}) and by typos ({@code adress}).
 */
public final class SynonymDictionary implements HeaderMeaning {
    /** Words that qualify a header without changing what it holds: {@code Mailing Zip} is a zip. */
    private static final Set<String> QUALIFIERS = Set.of(
            "mailing", "billing", "shipping", "delivery", "home", "work", "office", "primary", "secondary",
            "main", "default", "current", "new", "old", "preferred", "private", "business", "personal", "customer",
            "client", "contact", "member", "user", "person", "kunde", "kunden", "the", "of", "de", "du", "la",
            "le", "del", "van", "het", "my", "cust", "patient", "guest", "lead", "account", "liefer", "rechnungs",
            "value", "field", "code");

    private record Phrase(ColumnTag tag, List<String> words, String joined) {
    }

    private final List<Phrase> phrases;

    public SynonymDictionary() {
        this(Resources.lines("header-synonyms.txt"));
    }

    SynonymDictionary(List<String> lines) {
        List<Phrase> parsed = new ArrayList<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            ColumnTag tag = colon < 0 ? null : ColumnTag.fromCode(line.substring(0, colon));
            if (tag == null) {
                throw new IllegalStateException("header-synonyms.txt: line '" + line + "' does not start with a known tag");
            }
            for (String phrase : line.substring(colon + 1).split("\\|")) {
                String normalized = HeaderWords.normalize(phrase);
                if (!normalized.isEmpty()) {
                    parsed.add(new Phrase(tag, HeaderWords.words(normalized), normalized));
                }
            }
        }
        this.phrases = List.copyOf(parsed);
    }

    @Override
    public Map<ColumnTag, Double> meaning(String normalizedHeader) {
        Map<ColumnTag, Double> scores = new EnumMap<>(ColumnTag.class);
        List<String> words = HeaderWords.words(normalizedHeader);
        if (words.isEmpty()) {
            return scores;
        }
        score(words, 1.0, scores);
        List<String> essential = words.stream().filter(w -> !QUALIFIERS.contains(w)).toList();
        if (!essential.isEmpty() && essential.size() < words.size()) {
            // Qualifiers cost a little certainty: "contact id" is likely, not surely, the record id.
            score(essential, 0.95, scores);
        }
        return scores;
    }

    private void score(List<String> words, double factor, Map<ColumnTag, Double> scores) {
        String joined = String.join(" ", words);
        String glued = String.join("", words);
        for (Phrase phrase : phrases) {
            double quality = match(words, joined, glued, phrase);
            if (quality > 0) {
                scores.merge(phrase.tag(), quality * factor, Math::max);
            }
        }
    }

    private static double match(List<String> words, String joined, String glued, Phrase phrase) {
        if (joined.equals(phrase.joined()) || glued.equals(phrase.joined().replace(" ", ""))) {
            return 1.0;
        }
        int at = indexOf(words, phrase.words());
        if (at >= 0) {
            double coverage = (double) phrase.words().size() / words.size();
            // Headers, like English and German compounds, end with the head noun: "address zip" is a zip.
            double head = at + phrase.words().size() == words.size() ? 0.05 : 0;
            return 0.5 + 0.4 * coverage + head;
        }
        double best = 0;
        if (phrase.words().size() == 1) {
            String word = phrase.joined();
            for (String headerWord : words) {
                // German and Dutch glue words together: "Lieferadresse", "Kundentelefon", "Geburtsort".
                if (word.length() >= 4 && headerWord.length() > word.length()
                        && (headerWord.endsWith(word) || headerWord.startsWith(word))) {
                    double coverage = (double) word.length() / headerWord.length() / words.size();
                    best = Math.max(best, (headerWord.endsWith(word) ? 0.6 : 0.5) + 0.3 * coverage);
                }
            }
        }
        if (joined.length() >= 5 && phrase.joined().length() >= 5) {
            double similarity = Text.similarity(joined, phrase.joined());
            if (similarity >= 0.8) {
                best = Math.max(best, similarity * 0.9);
            }
        }
        return best;
    }

    private static int indexOf(List<String> words, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!words.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
