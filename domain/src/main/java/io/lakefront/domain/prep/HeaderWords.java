package io.lakefront.domain.prep;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a raw header into plain words: {@code MailingZip}, {@code mailing_zip} and {@code Mailing-ZIP}
 * all become {@code mailing zip}; {@code Straße} becomes {@code strasse}; {@code address1} becomes
 * {@code address 1}.
 */
public final class HeaderWords {
    private static final Pattern LOWER_UPPER = Pattern.compile("(\\p{Ll})(\\p{Lu})");
    private static final Pattern ACRONYM_WORD = Pattern.compile("(\\p{Lu})(\\p{Lu}\\p{Ll})");
    private static final Pattern LETTER_DIGIT = Pattern.compile("(\\p{L})(\\p{N})");
    private static final Pattern DIGIT_LETTER = Pattern.compile("(\\p{N})(\\p{L})");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private HeaderWords() {
    }

    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String split = LOWER_UPPER.matcher(header.strip()).replaceAll("$1 $2");
        split = ACRONYM_WORD.matcher(split).replaceAll("$1 $2");
        split = LETTER_DIGIT.matcher(split).replaceAll("$1 $2");
        split = DIGIT_LETTER.matcher(split).replaceAll("$1 $2");
        return NOT_WORD.matcher(Text.fold(split)).replaceAll(" ").trim();
    }

    public static List<String> words(String normalizedHeader) {
        return normalizedHeader.isBlank() ? List.of() : List.of(normalizedHeader.split(" "));
    }
}
