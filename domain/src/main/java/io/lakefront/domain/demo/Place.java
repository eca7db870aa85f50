package io.lakefront.domain.demo;

import java.time.ZoneId;
import java.util.List;

/**
 * A city demo customers live in.
 *
 * @param country          ISO 3166-1 alpha-2
 * @param region           ISO 3166-2 subdivision without the country prefix (TX, ON, ENG, BY)
 * @param postcodePrefixes US ZIP3, Canadian FSA letter, UK postcode area, German PLZ first two digits
 * @param areaCodes        landline area codes without the trunk prefix
 */
record Place(String country, String region, String regionName, String city, List<String> postcodePrefixes,
             List<String> areaCodes, ZoneId zone) {
}
