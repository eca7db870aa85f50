package io.lakefront.domain.gold.metrics;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The time zone a customer lives in, from the gold {@code country} and {@code region}: a preferred
 * hour is only useful in the customer's own clock. The table covers the regions the demo generates
 * (every US state, Canadian province, UK nation and German Land; a region spanning zones gets the
 * zone most of its people live in, e.g. Texas is Central), then one zone a country (the most
 * populous one), then UTC when the country is unknown.
 */
public final class LocalZones {
    private static final Map<String, ZoneId> BY_REGION = new HashMap<>();
    private static final Map<String, ZoneId> BY_COUNTRY = new HashMap<>();

    static {
        zone("CA", "America/Edmonton", "AB");
        zone("CA", "America/Halifax", "NS");
        zone("CA", "America/Moncton", "NB");
        zone("CA", "America/Regina", "SK");
        zone("CA", "America/St_Johns", "NL");
        zone("CA", "America/Toronto", "ON QC");
        zone("CA", "America/Vancouver", "BC");
        zone("CA", "America/Winnipeg", "MB");
        zone("DE", "Europe/Berlin", "BB BE BW BY HB HE HH MV NI NW RP SH SL SN ST TH");
        zone("GB", "Europe/London", "ENG NIR SCT WLS");
        zone("US", "America/Anchorage", "AK");
        zone("US", "America/Boise", "ID");
        zone("US", "America/Chicago", "AL AR IA IL KS LA MN MO MS ND NE OK SD TN TX WI");
        zone("US", "America/Denver", "CO MT NM UT WY");
        zone("US", "America/Detroit", "MI");
        zone("US", "America/Indiana/Indianapolis", "IN");
        zone("US", "America/Kentucky/Louisville", "KY");
        zone("US", "America/Los_Angeles", "CA NV OR WA");
        zone("US", "America/New_York", "CT DC DE FL GA MA MD ME NC NH NJ NY OH PA RI SC VA VT WV");
        zone("US", "America/Phoenix", "AZ");
        zone("US", "Pacific/Honolulu", "HI");
        zone("CA", "America/Halifax", "PE");
        zone("CA", "America/Whitehorse", "YT");
        zone("CA", "America/Yellowknife", "NT");
        zone("CA", "America/Iqaluit", "NU");
        country("US", "America/New_York");
        country("CA", "America/Toronto");
        country("GB", "Europe/London");
        country("IE", "Europe/Dublin");
        country("DE", "Europe/Berlin");
        country("AT", "Europe/Vienna");
        country("CH", "Europe/Zurich");
        country("FR", "Europe/Paris");
        country("NL", "Europe/Amsterdam");
        country("BE", "Europe/Brussels");
        country("ES", "Europe/Madrid");
        country("IT", "Europe/Rome");
        country("MX", "America/Mexico_City");
        country("AU", "Australia/Sydney");
        country("NZ", "Pacific/Auckland");
    }

    private LocalZones() {
    }

    /**
     * The zone of a customer; {@code region} may carry the country prefix ({@code US-TX}) or not
     * ({@code TX}); both may be {@code null}.
     */
    public static ZoneId of(String country, String region) {
        if (country == null || country.isBlank()) {
            return ZoneOffset.UTC;
        }
        String c = country.strip().toUpperCase(Locale.ROOT);
        if (region != null && !region.isBlank()) {
            String r = region.strip().toUpperCase(Locale.ROOT);
            if (r.startsWith(c + "-")) {
                r = r.substring(c.length() + 1);
            }
            ZoneId zone = BY_REGION.get(c + "-" + r);
            if (zone != null) {
                return zone;
            }
        }
        return BY_COUNTRY.getOrDefault(c, ZoneOffset.UTC);
    }

    private static void zone(String country, String zone, String regions) {
        ZoneId id = ZoneId.of(zone);
        for (String region : regions.split(" ")) {
            BY_REGION.put(country + "-" + region, id);
        }
    }

    private static void country(String country, String zone) {
        BY_COUNTRY.put(country, ZoneId.of(zone));
    }
}
