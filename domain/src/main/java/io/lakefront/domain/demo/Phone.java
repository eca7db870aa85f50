package io.lakefront.domain.demo;

import java.util.SplittableRandom;

/**
 * A phone number as digits: the country calling code and the national significant number (no
 * trunk 0). {@code areaLength} says where the area code (or mobile prefix) ends, for formatting.
 */
record Phone(String countryCode, String national, int areaLength) {

    String e164() {
        return "+" + countryCode + national;
    }

    private String area() {
        return national.substring(0, areaLength);
    }

    private String subscriber() {
        return national.substring(areaLength);
    }

    private boolean nanp() {
        return countryCode.equals("1");
    }

    /** How the country writes it at home: (512) 555-0134, 07700 900123, 030 12345678. */
    String nationalFormat() {
        if (nanp()) {
            return "(" + area() + ") " + national.substring(3, 6) + "-" + national.substring(6);
        }
        return "0" + area() + " " + subscriber();
    }

    /** International with spaces: +1 512 555 0134, +44 7700 900123, +49 30 12345678. */
    String internationalFormat() {
        if (nanp()) {
            return "+1 " + area() + " " + national.substring(3, 6) + " " + national.substring(6);
        }
        return "+" + countryCode + " " + area() + " " + subscriber();
    }

    /** One of the ways people and systems write this number. */
    String anyFormat(SplittableRandom random) {
        int style = random.nextInt(nanp() ? 7 : 5);
        if (nanp()) {
            return switch (style) {
                case 0, 1 -> nationalFormat();
                case 2 -> area() + "-" + national.substring(3, 6) + "-" + national.substring(6);
                case 3 -> area() + "." + national.substring(3, 6) + "." + national.substring(6);
                case 4 -> e164();
                case 5 -> national;
                default -> "1-" + area() + "-" + national.substring(3, 6) + "-" + national.substring(6);
            };
        }
        return switch (style) {
            case 0, 1 -> nationalFormat();
            case 2 -> internationalFormat();
            case 3 -> e164();
            default -> countryCode.equals("49") ? "0" + area() + "/" + subscriber() : "0" + national;
        };
    }
}
