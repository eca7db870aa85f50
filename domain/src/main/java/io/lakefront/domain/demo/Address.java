package io.lakefront.domain.demo;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Where a household lives, in canonical form; systems write it in their own ways.
 *
 * @param street street name in full ("Oak Avenue", "High Street", "Hauptstraße")
 * @param unit   apartment or flat, or {@code null}
 */
record Address(Place place, String houseNumber, String street, String unit, String postcode) {
    private static final String[][] ABBREVIATIONS = {
            {" Street", " St"}, {" Avenue", " Ave"}, {" Road", " Rd"}, {" Drive", " Dr"}, {" Lane", " Ln"},
            {" Boulevard", " Blvd"}, {" Court", " Ct"}, {" Place", " Pl"}, {"straße", "str."}};

    boolean german() {
        return place.country().equals("DE");
    }

    /** The street line as a careful clerk writes it. */
    String streetLine() {
        return line(street, unit);
    }

    /** The street line as some system or person wrote it: abbreviated, upper-cased, without the unit. */
    String streetLineAsTyped(SplittableRandom random) {
        String name = street;
        int style = random.nextInt(10);
        if (style < 3) {
            name = abbreviate(name, random);
        } else if (style == 3 && german()) {
            name = name.replace("straße", "strasse");
        }
        String typedUnit = unit != null && Draw.chance(random, 0.8) ? unit : null;
        if (typedUnit != null && typedUnit.startsWith("Apt ") && Draw.chance(random, 0.3)) {
            typedUnit = "#" + typedUnit.substring(4);
        }
        String line = line(name, typedUnit);
        return Draw.chance(random, 0.05) ? line.toUpperCase(Locale.ROOT) : line;
    }

    private static String abbreviate(String name, SplittableRandom random) {
        for (String[] pair : ABBREVIATIONS) {
            if (name.endsWith(pair[0].trim())) {
                String shortForm = name.substring(0, name.length() - pair[0].trim().length()) + pair[1].trim();
                return Draw.chance(random, 0.2) && !shortForm.endsWith(".") ? shortForm + "." : shortForm;
            }
        }
        return name;
    }

    private String line(String streetName, String unitText) {
        if (german()) {
            return streetName + " " + houseNumber;
        }
        String line = houseNumber + " " + streetName;
        if (unitText == null) {
            return line;
        }
        return place.country().equals("GB") ? unitText + ", " + line : line + ", " + unitText;
    }

    /** The postcode as systems hold it: ZIP+4, a ZIP that lost its leading zero in a spreadsheet, no space. */
    String postcodeAsTyped(SplittableRandom random) {
        String code = postcode;
        switch (place.country()) {
            case "US" -> {
                if (code.startsWith("0") && Draw.chance(random, 0.3)) {
                    code = code.substring(1);
                } else if (Draw.chance(random, 0.1)) {
                    code = code + "-" + Draw.digits(random, 4);
                }
            }
            case "CA", "GB" -> {
                if (Draw.chance(random, 0.2)) {
                    code = code.replace(" ", "");
                } else if (Draw.chance(random, 0.05)) {
                    code = code.toLowerCase(Locale.ROOT);
                }
            }
            default -> {
            }
        }
        return code;
    }
}
