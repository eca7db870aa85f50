package io.lakefront.domain.identity;

/**
 * A small pure-Java stand-in for the real metrics, for tests where only "close or not" matters:
 * similarity is 1 − edit distance / longer length; phonetic codes keep the first letter and the
 * consonants.
 */
final class PlainStringMetrics implements StringMetrics {
    @Override
    public double jaroWinkler(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : 1 - (double) levenshtein(a, b) / longer;
    }

    @Override
    public int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    @Override
    public String soundex(String value) {
        return doubleMetaphone(value);
    }

    @Override
    public String doubleMetaphone(String value) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = Character.toUpperCase(value.charAt(i));
            boolean vowel = "AEIOUY ".indexOf(c) >= 0;
            if ((i == 0 || !vowel) && Character.isLetter(c)
                    && (code.length() == 0 || code.charAt(code.length() - 1) != c)) {
                code.append(c);
            }
        }
        return code.toString();
    }
}
