package io.lakefront.domain.audience;

import java.util.List;

/**
 * Port: the values the workspace's own data holds, so that words are read against what exists
 * ("Austin" is a city because a customer lives there; "trail shoes" is a product because one was sold).
 */
public interface ValueCatalogue {
    /** The distinct values of a text field ({@code city}, {@code region}, {@code country}, {@code loyalty_tier}, …), most frequent first. */
    List<String> values(AudienceField field);

    /** The distinct purchase categories, most frequent first. */
    List<String> categories();

    /** The distinct purchase products, most frequent first. */
    List<String> products();

    /**
     * Where customers live: each distinct city with its region and country and how many customers
     * live there, most first; lets words find out that "Portland" is in two states.
     */
    default List<Place> places() {
        return List.of();
    }

    /** One city in one region and country (either may be {@code null}) and its number of customers. */
    record Place(String city, String region, String country, long customers) {
    }
}
