package io.lakefront.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DemoResourcesTest {
    @Test
    void nameListsHoldAboutTwoHundredGivenAndThreeHundredFamilyNamesAndSixtyNicknamePairs() {
        NameBook names = NameBook.load();
        assertThat(names.givenNameCount()).isBetween(200, 300);
        assertThat(names.familyNameCount()).isBetween(280, 350);
        assertThat(names.nicknamePairCount()).isGreaterThanOrEqualTo(60);
        assertThat(names.hasNickname("Robert")).isTrue();
    }

    @Test
    void commonNamesAreDrawnMoreOftenThanRareOnes() {
        NameBook names = NameBook.load();
        SplittableRandom random = new SplittableRandom(5);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            counts.merge(names.familyName("en", random), 1, Integer::sum);
        }
        assertThat(counts.getOrDefault("Smith", 0)).isGreaterThan(3 * counts.getOrDefault("Blair", 0));
        // …but no single name dominates: Smith stays a few percent, as in a real customer base.
        assertThat(counts.get("Smith") / 50_000.0).isBetween(0.01, 0.04);
    }

    @Test
    void germanNamesForGermanyAndEnglishOnesElsewhere() {
        NameBook names = NameBook.load();
        SplittableRandom random = new SplittableRandom(9);
        boolean umlaut = false;
        for (int i = 0; i < 2_000; i++) {
            umlaut |= names.familyName("de", random).matches(".*[äöüß].*");
            assertThat(names.familyName("en", random)).doesNotContainPattern("[äöüß]");
        }
        assertThat(umlaut).isTrue();
    }

    @Test
    void everyCountryHasPlacesWithTimeZonesAreaCodesAndPostcodes() {
        Geography geography = Geography.load();
        SplittableRandom random = new SplittableRandom(11);
        for (String country : new String[] {"US", "CA", "GB", "DE"}) {
            Place place = geography.place(country, random);
            assertThat(place.country()).isEqualTo(country);
            assertThat(place.areaCodes()).isNotEmpty();
            assertThat(geography.address(place, random).postcode()).isNotBlank();
            assertThat(geography.mobile(place, random).e164()).matches("\\+\\d{11,13}");
        }
    }

    @Test
    void theCatalogueHasEightCategoriesOfSixProducts() {
        ProductCatalogue catalogue = ProductCatalogue.load();
        assertThat(catalogue.categories()).hasSize(8);
        SplittableRandom random = new SplittableRandom(1);
        for (String category : catalogue.categories()) {
            ProductCatalogue.Product product = catalogue.product(category, random);
            assertThat(ProductCatalogue.priceCents(product, "USD") % 100).isEqualTo(99);
        }
        assertThat(ProductCatalogue.money(12_345)).isEqualTo("123.45");
        assertThat(ProductCatalogue.money(1_205)).isEqualTo("12.05");
    }
}
