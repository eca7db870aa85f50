package io.lakefront.domain.demo;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How people and systems get values wrong: typing slips, nicknames, missing fields, and the odd
 * value that is plainly invalid (for the quarantine to catch).
 */
final class Messiness {
    /** Chance that a field which can be invalid is invalid. */
    static final double INVALID_RATE = 0.004;
    /** Neighbouring keys on a QWERTY keyboard, a..z, for plausible substitutions. */
    private static final String[] NEIGHBOURS = {"qwsz", "vghn", "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv",
            "gyujnb", "ujko", "huikmn", "jiolm", "kop", "njk", "bhjm", "iklp", "ol", "wa", "edft", "awedxz", "rfgy",
            "yhji", "cfgb", "qase", "zsdc", "tghu", "asx"};

    private Messiness() {
    }

    /** One slip: two letters swapped, one left out, or a neighbouring key hit. */
    static String typo(String text, SplittableRandom random) {
        if (text.length() < 4) {
            return text;
        }
        int i = Draw.between(random, 1, text.length() - 2);
        char c = text.charAt(i);
        return switch (random.nextInt(3)) {
            case 0 -> text.charAt(i + 1) == c ? text.substring(0, i) + text.substring(i + 1)
                    : text.substring(0, i) + text.charAt(i + 1) + c + text.substring(i + 2);
            case 1 -> text.substring(0, i) + text.substring(i + 1);
            default -> {
                char lower = Character.toLowerCase(c);
                if (lower < 'a' || lower > 'z') {
                    yield text.substring(0, i) + text.substring(i + 1);
                }
                String options = NEIGHBOURS[lower - 'a'];
                char replacement = options.charAt(random.nextInt(options.length()));
                yield text.substring(0, i) + (Character.isUpperCase(c) ? Character.toUpperCase(replacement) : replacement)
                        + text.substring(i + 1);
            }
        };
    }

    static String maybeTypo(String text, double rate, SplittableRandom random) {
        return Draw.chance(random, rate) ? typo(text, random) : text;
    }

    /** Empty with the given probability: the field was never filled in. */
    static String orMissing(String value, double missingRate, SplittableRandom random) {
        return Draw.chance(random, missingRate) ? "" : value;
    }

    /** An email that does not survive validation: no @, a placeholder, a test address. */
    static String invalidEmail(String email, SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> email.replace("@", "");
            case 1 -> "N/A";
            case 2 -> "test@test.com";
            default -> email.replace("@", " at ");
        };
    }

    /** A phone number that cannot be real: four digits, a placeholder, all zeros. */
    static String invalidPhone(SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> Draw.digits(random, 4);
            case 1 -> "N/A";
            default -> "000-000-0000";
        };
    }

    static String upperOrLower(String text, SplittableRandom random) {
        return switch (random.nextInt(20)) {
            case 0 -> text.toUpperCase(Locale.ROOT);
            case 1 -> text.toLowerCase(Locale.ROOT);
            default -> text;
        };
    }
}
