package io.lakefront.domain.audience.nl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The place names the interpreter knows without looking at the data: US states, Canadian provinces,
 * German Länder and the UK's nations (name → the region code the gold table holds) and countries
 * (name → ISO code), plus a few cities' other names. Cities themselves come from the value catalogue.
 */
final class Places {
    /** Region name (normalized) → region code. */
    static final Map<String, String> REGIONS = new LinkedHashMap<>();
    /** Region code → its name, for descriptions. */
    static final Map<String, String> REGION_NAMES = new LinkedHashMap<>();
    /** Country name (normalized) → ISO code. */
    static final Map<String, String> COUNTRIES = new LinkedHashMap<>();
    /** ISO code → country name, for descriptions. */
    static final Map<String, String> COUNTRY_NAMES = new LinkedHashMap<>();
    /** Another name of a city (normalized) → the name in the data (normalized). */
    static final Map<String, String> CITY_ALIASES = Map.of("munich", "munchen", "cologne", "koln", "nuremberg", "nurnberg",
            "frankfurt", "frankfurt am main", "nyc", "new york", "new york city", "new york", "saint louis", "st louis",
            "quebec city", "quebec", "freiburg", "freiburg im breisgau");
    /** What people from a place are called (singular, folded) → "region:XX" or "country:XX". */
    static final Map<String, String> DEMONYMS = Map.ofEntries(Map.entry("texan", "region:TX"),
            Map.entry("californian", "region:CA"), Map.entry("floridian", "region:FL"), Map.entry("new yorker", "region:NY"),
            Map.entry("bavarian", "region:BY"), Map.entry("quebecer", "region:QC"), Map.entry("quebecois", "region:QC"),
            Map.entry("ontarian", "region:ON"), Map.entry("scottish", "region:SCT"), Map.entry("scot", "region:SCT"),
            Map.entry("welsh", "region:WLS"), Map.entry("english", "region:ENG"), Map.entry("canadian", "country:CA"),
            Map.entry("german", "country:DE"), Map.entry("british", "country:GB"), Map.entry("brit", "country:GB"),
            Map.entry("american", "country:US"), Map.entry("us based", "country:US"), Map.entry("uk based", "country:GB"));
    /** Region codes that are also common English words: read as codes only right after "in"/"from" or another place. */
    static final List<String> WORDLIKE_CODES = List.of("IN", "OR", "ME", "OK", "HI", "BE", "SL", "NE");

    private Places() {
    }

    private static void region(String code, String name, String... aliases) {
        REGION_NAMES.put(code, name);
        REGIONS.put(Text.fold(name), code);
        for (String alias : aliases) {
            REGIONS.put(Text.fold(alias), code);
        }
    }

    private static void country(String code, String name, String... aliases) {
        COUNTRY_NAMES.putIfAbsent(code, name);
        COUNTRIES.put(Text.fold(name), code);
        for (String alias : aliases) {
            COUNTRIES.put(Text.fold(alias), code);
        }
    }

    static {
        String[] us = {"AL", "Alabama", "AK", "Alaska", "AZ", "Arizona", "AR", "Arkansas", "CA", "California",
                "CO", "Colorado", "CT", "Connecticut", "DE", "Delaware", "FL", "Florida", "GA", "Georgia", "HI", "Hawaii",
                "ID", "Idaho", "IL", "Illinois", "IN", "Indiana", "IA", "Iowa", "KS", "Kansas", "KY", "Kentucky",
                "LA", "Louisiana", "ME", "Maine", "MD", "Maryland", "MA", "Massachusetts", "MI", "Michigan",
                "MN", "Minnesota", "MS", "Mississippi", "MO", "Missouri", "MT", "Montana", "NE", "Nebraska",
                "NV", "Nevada", "NH", "New Hampshire", "NJ", "New Jersey", "NM", "New Mexico", "NY", "New York",
                "NC", "North Carolina", "ND", "North Dakota", "OH", "Ohio", "OK", "Oklahoma", "OR", "Oregon",
                "PA", "Pennsylvania", "RI", "Rhode Island", "SC", "South Carolina", "SD", "South Dakota",
                "TN", "Tennessee", "TX", "Texas", "UT", "Utah", "VT", "Vermont", "VA", "Virginia", "WA", "Washington",
                "WV", "West Virginia", "WI", "Wisconsin", "WY", "Wyoming"};
        for (int i = 0; i < us.length; i += 2) {
            region(us[i], us[i + 1]);
        }
        region("DC", "District of Columbia", "Washington DC", "Washington D.C.", "D.C.");
        region("ON", "Ontario");
        region("QC", "Quebec", "Québec");
        region("BC", "British Columbia");
        region("AB", "Alberta");
        region("MB", "Manitoba");
        region("SK", "Saskatchewan");
        region("NS", "Nova Scotia");
        region("NB", "New Brunswick");
        region("NL", "Newfoundland and Labrador", "Newfoundland");
        region("PE", "Prince Edward Island");
        region("YT", "Yukon");
        region("NT", "Northwest Territories");
        region("NU", "Nunavut");
        region("BW", "Baden-Württemberg", "Baden Wurttemberg", "Baden Württemberg");
        region("BY", "Bavaria", "Bayern");
        region("BE", "Berlin");
        region("BB", "Brandenburg");
        region("HB", "Bremen");
        region("HH", "Hamburg");
        region("HE", "Hesse", "Hessen");
        region("NI", "Lower Saxony", "Niedersachsen");
        region("MV", "Mecklenburg-Vorpommern", "Mecklenburg Vorpommern", "Mecklenburg-Western Pomerania");
        region("NW", "North Rhine-Westphalia", "North Rhine Westphalia", "Nordrhein-Westfalen", "NRW");
        region("RP", "Rhineland-Palatinate", "Rhineland Palatinate", "Rheinland-Pfalz");
        region("SL", "Saarland");
        region("SN", "Saxony", "Sachsen");
        region("ST", "Saxony-Anhalt", "Saxony Anhalt", "Sachsen-Anhalt");
        region("SH", "Schleswig-Holstein", "Schleswig Holstein");
        region("TH", "Thuringia", "Thüringen");
        region("ENG", "England");
        region("SCT", "Scotland");
        region("WLS", "Wales");
        region("NIR", "Northern Ireland");
        country("US", "the United States", "United States", "United States of America", "USA", "U.S.", "U.S.A.", "America");
        country("CA", "Canada");
        country("GB", "the United Kingdom", "United Kingdom", "UK", "U.K.", "Great Britain", "Britain");
        country("DE", "Germany", "Deutschland");
        country("GE", "Georgia (the country)", "Georgia");
        country("FR", "France");
        country("ES", "Spain");
        country("IT", "Italy");
        country("MX", "Mexico");
        country("NL", "the Netherlands", "Netherlands", "Holland");
        country("IE", "Ireland");
        country("AU", "Australia");
        country("AT", "Austria");
        country("CH", "Switzerland");
        country("FR", "France");
        country("JP", "Japan");
        country("BR", "Brazil");
    }

    static String regionName(String code) {
        return REGION_NAMES.getOrDefault(code, code);
    }

    static String countryName(String code) {
        return COUNTRY_NAMES.getOrDefault(code, code);
    }
}
