package io.lakefront.domain.audience.nl;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.GlossaryTerm;
import io.lakefront.domain.audience.ValueCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the words of one interpretation are read against, taken from the value catalogue at that
 * moment: tiers, cities (with the regions they lie in), region and country codes, categories and
 * products, and the glossary's phrases.
 */
final class Vocabulary {
    /** A region a city lies in; stray regions of a few misfiled customers are left out. */
    record CityRegion(String region, String country) {
    }

    /** A city as the data spells it most often, and the regions it lies in. */
    record City(String name, List<CityRegion> regions) {
    }

    /** A glossary term's phrase as singular folded words. */
    record Phrase(List<String> words, GlossaryTerm term) {
    }

    static final List<String> TIER_ORDER = List.of("none", "bronze", "silver", "gold", "platinum");

    final Set<String> tiers = new LinkedHashSet<>();
    final Map<String, City> cities = new HashMap<>();
    final Set<String> regionCodes = new LinkedHashSet<>(Places.REGION_NAMES.keySet());
    final Set<String> countryCodes = new LinkedHashSet<>(List.of("US", "CA", "GB", "DE"));
    final List<String> categories;
    final List<String> products;
    final List<Phrase> phrases = new ArrayList<>();

    Vocabulary(ValueCatalogue catalogue, List<GlossaryTerm> glossary) {
        for (String tier : catalogue.values(AudienceField.LOYALTY_TIER)) {
            tiers.add(tier.strip().toLowerCase(Locale.ROOT));
        }
        if (tiers.isEmpty()) {
            tiers.addAll(TIER_ORDER);
        }
        for (String code : catalogue.values(AudienceField.REGION)) {
            regionCodes.add(code.strip().toUpperCase(Locale.ROOT));
        }
        for (String code : catalogue.values(AudienceField.COUNTRY)) {
            countryCodes.add(code.strip().toUpperCase(Locale.ROOT));
        }
        Map<String, Map<CityRegion, Long>> counts = new LinkedHashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (ValueCatalogue.Place place : catalogue.places()) {
            if (place.city() == null || place.city().isBlank()) {
                continue;
            }
            String key = Text.fold(place.city());
            spelling.putIfAbsent(key, place.city().strip());
            if (place.region() != null && !place.region().isBlank()) {
                counts.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(
                        new CityRegion(place.region().strip().toUpperCase(Locale.ROOT),
                                place.country() == null ? null : place.country().strip().toUpperCase(Locale.ROOT)),
                        place.customers(), Long::sum);
            }
        }
        for (String city : catalogue.values(AudienceField.CITY)) {
            if (!city.isBlank()) {
                spelling.putIfAbsent(Text.fold(city), city.strip());
            }
        }
        spelling.forEach((key, name) -> cities.put(key, new City(name, mainRegions(counts.getOrDefault(key, Map.of())))));
        categories = List.copyOf(catalogue.categories());
        products = List.copyOf(catalogue.products());
        for (GlossaryTerm term : glossary) {
            for (String phrase : term.phrases()) {
                List<String> words = new ArrayList<>();
                for (Text.Token token : Text.tokens(phrase)) {
                    words.add(Text.stem(token.norm()));
                }
                if (!words.isEmpty()) {
                    phrases.add(new Phrase(words, term));
                }
            }
        }
    }

    /** The regions holding at least a quarter as many of the city's customers as its main one (and two or more). */
    private static List<CityRegion> mainRegions(Map<CityRegion, Long> byRegion) {
        long top = byRegion.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<CityRegion> regions = new ArrayList<>();
        byRegion.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).forEach(e -> {
            if (e.getValue() >= Math.max(2, top / 4.0) || e.getValue() == top) {
                regions.add(e.getKey());
            }
        });
        return regions;
    }
}
