package io.lakefront.domain.gold.profile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How search text is folded before it is indexed or compared: lower case, accents dropped, apostrophes
 * dropped ({@code O'Neil} is {@code oneil}), every other character that is not a letter or digit a
 * token break. The index and the query use the same folding, so that {@code Müller}, {@code muller} and
 * {@code MULLER} find each other.
 */
final class SearchText {
    private SearchText() {
    }

    /** The folded tokens of a name or an email's local part, in order. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        String folded = fold(text);
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            if (isWordChar(c)) {
                token.append(c);
            } else if (!token.isEmpty()) {
                tokens.add(token.toString());
                token.setLength(0);
            }
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    /** Lower case without accents; {@code ß} becomes {@code ss}. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace("ß", "ss"), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The digits of a phone number or a query, in order. */
    static String digits(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** An email's local part (before the last {@code @}), or the whole text when there is none. */
    static String localPart(String email) {
        if (email == null) {
            return "";
        }
        int at = email.lastIndexOf('@');
        return at < 0 ? email : email.substring(0, at);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /**
     * Optimal string alignment distance (Levenshtein plus adjacent transpositions): {@code jonh} is one
     * edit from {@code john}.
     */
    static int distance(CharSequence a, CharSequence b) {
        int n = a.length();
        int m = b.length();
        if (n == 0) {
            return m;
        }
        if (m == 0) {
            return n;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, before[j - 2] + 1);
                }
                current[j] = best;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[m];
    }

    /** 1 for equal text, 0 for nothing in common: one minus the distance over the longer length. */
    static double similarity(CharSequence a, CharSequence b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : 1 - (double) distance(a, b) / longer;
    }
}
