package io.lakefront.domain.audience.nl;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words as the interpreter reads them: a description split into tokens that remember where they are
 * in the text (so every condition can point at its words), folded to lower case without accents,
 * apostrophes or dots ("Haven't" → "havent", "U.S." → "us", "Québec" → "quebec"), and numbers read
 * with their money and shorthand forms ("$1,000", "1.5k", "40+", "80s").
 */
final class Text {
    private static final Pattern TOKEN = Pattern.compile(
            "[$€£]?\\d+(?:[.,]\\d+)*(?:[kKmM](?![a-zA-Z]))?(?:\\+|s\\b)?|\\p{L}[\\p{L}\\p{N}'’.]*|[<>=]+|[,;&+\\-–%$]");
    private static final Map<String, Integer> WORD_NUMBERS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("hundred", 100), Map.entry("once", 1), Map.entry("twice", 2), Map.entry("thrice", 3));

    private Text() {
    }

    /** One word, number or sign of the description. */
    record Token(String text, String norm, int start, int end) {
        boolean is(String... words) {
            for (String word : words) {
                if (norm.equals(word)) {
                    return true;
                }
            }
            return false;
        }

        /** The number this token is, or {@code null}. */
        Num number() {
            return Text.number(norm);
        }

        boolean upperCaseCode() {
            return text.length() >= 2 && text.length() <= 3 && text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
        }
    }

    /** A number as written: its value, whether it was money, and a trailing "+" or "s" (decades). */
    record Num(BigDecimal value, boolean money, boolean plus, boolean decade) {
    }

    /** Lower case, no accents, no apostrophes or dots. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replace("ß", "ss").replaceAll("['’.]", "")
                .replace('-', ' ').replaceAll("\\s+", " ").strip();
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String raw = m.group();
            if (raw.equals("-") || raw.equals("–")) {
                boolean between = !tokens.isEmpty() && tokens.get(tokens.size() - 1).number() != null
                        && m.end() < text.length() && Character.isDigit(firstNonSpace(text, m.end()));
                if (between) {
                    tokens.add(new Token(raw, "to", m.start(), m.end()));
                }
                continue;
            }
            boolean numeric = Character.isDigit(raw.charAt(0)) || (raw.length() > 1 && "$€£".indexOf(raw.charAt(0)) >= 0);
            String norm = raw.equals("&") ? "&" : numeric ? raw.toLowerCase(Locale.ROOT).replace(",", "") : fold(raw);
            if (norm.isEmpty()) {
                continue;
            }
            tokens.add(new Token(raw, norm, m.start(), m.end()));
        }
        return tokens;
    }

    private static char firstNonSpace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    /** The words of a name as tokens' norms joined by single spaces ("Home & Kitchen" → "home & kitchen"). */
    static String key(String name) {
        StringBuilder key = new StringBuilder();
        for (Token token : tokens(name)) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(token.norm());
        }
        return key.toString();
    }

    static Num number(String norm) {
        Integer word = WORD_NUMBERS.get(norm);
        if (word != null) {
            return new Num(BigDecimal.valueOf(word), false, false, false);
        }
        String s = norm;
        boolean money = false;
        if (!s.isEmpty() && "$€£".indexOf(s.charAt(0)) >= 0) {
            money = true;
            s = s.substring(1);
        }
        if (s.isEmpty() || !Character.isDigit(s.charAt(0))) {
            return null;
        }
        boolean plus = s.endsWith("+");
        if (plus) {
            s = s.substring(0, s.length() - 1);
        }
        boolean decade = s.endsWith("s");
        if (decade) {
            s = s.substring(0, s.length() - 1);
        }
        BigDecimal factor = BigDecimal.ONE;
        if (s.endsWith("k")) {
            factor = BigDecimal.valueOf(1000);
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("m")) {
            factor = BigDecimal.valueOf(1_000_000);
            s = s.substring(0, s.length() - 1);
        }
        s = s.replace(",", "");
        try {
            BigDecimal value = new BigDecimal(s).multiply(factor).stripTrailingZeros();
            return new Num(value.scale() < 0 ? value.setScale(0) : value, money, plus, decade);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** A plain singular form for comparing words: "tickets" → "ticket", "categories" → "category". */
    static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses") || word.endsWith("xes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
