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
}
