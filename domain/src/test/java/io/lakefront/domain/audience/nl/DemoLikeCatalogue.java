package io.lakefront.domain.audience.nl;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.ValueCatalogue;
import java.util.List;

/** A value catalogue shaped like the demo workspace's: its tiers, places (Portland in two states), categories and products. */
final class DemoLikeCatalogue implements ValueCatalogue {
    static final List<Place> PLACES = List.of(
            new Place("Los Angeles", "CA", "US", 40), new Place("San Diego", "CA", "US", 20),
            new Place("Houston", "TX", "US", 30), new Place("Austin", "TX", "US", 12),
            new Place("New York", "NY", "US", 40), new Place("Portland", "OR", "US", 14),
            new Place("Portland", "ME", "US", 8), new Place("Kansas City", "MO", "US", 12),
            new Place("Kansas City", "MN", "US", 1), new Place("Washington", "DC", "US", 4),
            new Place("Atlanta", "GA", "US", 20), new Place("Toronto", "ON", "CA", 50),
            new Place("Montréal", "QC", "CA", 21), new Place("Québec", "QC", "CA", 5),
            new Place("Wilmington", "DE", "US", 7), new Place("London", "ENG", "GB", 40),
            new Place("Manchester", "ENG", "GB", 8), new Place("Manchester", "NH", "US", 7),
            new Place("Berlin", "BE", "DE", 18), new Place("München", "BY", "DE", 10),
            new Place("Köln", "NW", "DE", 9), new Place("Indianapolis", "IN", "US", 9));

    @Override
    public List<String> values(AudienceField field) {
        return switch (field) {
            case LOYALTY_TIER -> List.of("none", "bronze", "silver", "gold", "platinum");
            case REGION -> PLACES.stream().map(Place::region).distinct().toList();
            case COUNTRY -> List.of("US", "CA", "GB", "DE");
            case CITY -> PLACES.stream().map(Place::city).distinct().toList();
            default -> List.of();
        };
    }

    @Override
    public List<String> categories() {
        return List.of("Electronics", "Outdoor", "Toys & Games", "Beauty", "Home & Kitchen", "Footwear", "Apparel",
                "Books & Stationery");
    }

    @Override
    public List<String> products() {
        return List.of("Trail Running Shoes", "Hiking Boots", "Leather Chelsea Boots", "Canvas Sneakers", "Wool Slippers",
                "Running Socks 3-Pack", "2-Person Tent", "Down Sleeping Bag", "Wireless Earbuds", "Fitness Tracker",
                "Cast Iron Skillet", "Chef's Knife", "Vitamin C Serum", "Merino Crew Sweater", "Wool Beanie",
                "Strategy Board Game", "Cookbook", "Fountain Pen");
    }

    @Override
    public List<Place> places() {
        return PLACES;
    }
}
