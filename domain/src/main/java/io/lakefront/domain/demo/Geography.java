package io.lakefront.domain.demo;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Countries, cities, streets, postcodes and phone numbers of the demo world: mostly the US
 * (weighted by population), about 10% Canada, 6% UK and 5% Germany.
 */
final class Geography {
    private static final String[] US_SUFFIXES = {"Street", "Street", "Avenue", "Avenue", "Road", "Drive", "Lane",
            "Boulevard", "Court", "Place", "Way"};
    /** Letters Canada Post and Royal Mail use in the inward/local parts of postcodes. */
    private static final String CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ";
    private static final String GB_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final String[] DE_MOBILE_PREFIXES = {"151", "152", "157", "160", "162", "170", "171", "172",
            "175", "176", "177", "178", "179"};

    private final Weighted<String> countries;
    private final Map<String, Weighted<Place>> places;
    private final Map<String, List<String>> streets;

    private Geography(Weighted<String> countries, Map<String, Weighted<Place>> places, Map<String, List<String>> streets) {
        this.countries = countries;
        this.places = places;
        this.streets = streets;
    }

    static Geography load() {
        DemoResource placeRows = DemoResource.read("places.csv");
        Map<String, Weighted.Builder<Place>> builders = new HashMap<>();
        for (int i = 0; i < placeRows.rowCount(); i++) {
            Place place = new Place(placeRows.get(i, "country"), placeRows.get(i, "region"),
                    placeRows.get(i, "region_name"), placeRows.get(i, "city"), placeRows.list(i, "postcode_prefixes"),
                    placeRows.list(i, "area_codes"), ZoneId.of(placeRows.get(i, "time_zone")));
            builders.computeIfAbsent(place.country(), k -> Weighted.builder()).add(place, placeRows.number(i, "weight"));
        }
        Map<String, Weighted<Place>> places = new HashMap<>();
        builders.forEach((country, builder) -> places.put(country, builder.build()));
        DemoResource streetRows = DemoResource.read("streets.csv");
        Map<String, List<String>> streets = new HashMap<>();
        for (int i = 0; i < streetRows.rowCount(); i++) {
            streets.computeIfAbsent(streetRows.get(i, "country"), k -> new ArrayList<>()).add(streetRows.get(i, "name"));
        }
        Weighted<String> countries = Weighted.<String>builder()
                .add("US", 79).add("CA", 10).add("GB", 6).add("DE", 5).build();
        return new Geography(countries, places, streets);
    }

    String country(SplittableRandom random) {
        return countries.pick(random);
    }

    Place place(String country, SplittableRandom random) {
        return places.get(country).pick(random);
    }

    Address address(Place place, SplittableRandom random) {
        String country = place.country();
        String streetName = Draw.oneOf(random, streets.get(country));
        if (country.equals("US") || country.equals("CA")) {
            streetName = streetName + " " + Draw.oneOf(random, US_SUFFIXES);
        }
        String number = switch (country) {
            case "US", "CA" -> Integer.toString(Draw.chance(random, 0.5) ? Draw.between(random, 1, 999)
                    : Draw.between(random, 1000, 19999));
            case "DE" -> Draw.between(random, 1, 120) + (Draw.chance(random, 0.1) ? Draw.oneOf(random, "a", "b", "c") : "");
            default -> Integer.toString(Draw.between(random, 1, 250));
        };
        String unit = null;
        if (!country.equals("DE") && Draw.chance(random, 0.25)) {
            unit = country.equals("GB") ? "Flat " + Draw.between(random, 1, 30)
                    : "Apt " + Draw.between(random, 1, 40) + (Draw.chance(random, 0.3) ? Draw.oneOf(random, "A", "B", "C") : "");
        }
        return new Address(place, number, streetName, unit, postcode(place, random));
    }

    private String postcode(Place place, SplittableRandom random) {
        String prefix = Draw.oneOf(random, place.postcodePrefixes());
        return switch (place.country()) {
            case "US" -> prefix + Draw.digits(random, 2);
            case "CA" -> prefix + random.nextInt(10) + letter(CA_LETTERS, random) + " "
                    + random.nextInt(10) + letter(CA_LETTERS, random) + random.nextInt(10);
            case "GB" -> prefix + Draw.between(random, 1, 20) + " " + random.nextInt(10)
                    + letter(GB_LETTERS, random) + letter(GB_LETTERS, random);
            case "DE" -> prefix + Draw.digits(random, 3);
            default -> throw new IllegalStateException("no postcode rule for " + place.country());
        };
    }

    private static char letter(String alphabet, SplittableRandom random) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }

    Phone mobile(Place place, SplittableRandom random) {
        return switch (place.country()) {
            case "US", "CA" -> nanp(Draw.oneOf(random, place.areaCodes()), random);
            case "GB" -> new Phone("44", "7" + Draw.between(random, 400, 999) + Draw.digits(random, 6), 4);
            case "DE" -> {
                String prefix = Draw.oneOf(random, DE_MOBILE_PREFIXES);
                yield new Phone("49", prefix + Draw.digits(random, prefix.startsWith("15") ? 8 : 7), 3);
            }
            default -> throw new IllegalStateException("no phone rule for " + place.country());
        };
    }

    Phone landline(Place place, SplittableRandom random) {
        String area = Draw.oneOf(random, place.areaCodes());
        return switch (place.country()) {
            case "US", "CA" -> nanp(area, random);
            // UK and German national numbers are (mostly) ten digits including the area code.
            case "GB", "DE" -> new Phone(place.country().equals("GB") ? "44" : "49",
                    area + Draw.between(random, 2, 9) + Draw.digits(random, 9 - area.length()), area.length());
            default -> throw new IllegalStateException("no phone rule for " + place.country());
        };
    }

    private static Phone nanp(String area, SplittableRandom random) {
        int exchange;
        do {
            exchange = Draw.between(random, 201, 999);
        } while (exchange % 100 == 11 || exchange == 555);
        return new Phone("1", area + exchange + Draw.digits(random, 4), 3);
    }

    /** How a CRM shows the country: not always the ISO code. */
    static String countryAsTyped(String code, SplittableRandom random) {
        return switch (code) {
            case "US" -> Draw.oneOf(random, "United States", "United States", "United States", "USA", "US", "U.S.");
            case "CA" -> Draw.oneOf(random, "Canada", "Canada", "Canada", "CA");
            case "GB" -> Draw.oneOf(random, "United Kingdom", "United Kingdom", "UK", "GB", "Great Britain");
            case "DE" -> Draw.oneOf(random, "Germany", "Germany", "Deutschland", "DE");
            default -> code;
        };
    }
}
