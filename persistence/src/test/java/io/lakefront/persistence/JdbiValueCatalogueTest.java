package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.ValueCatalogue;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Distinct values by frequency on a migrated H2 database, with empty and missing values left out. */
class JdbiValueCatalogueTest {
    private WorkspaceDatabase database;
    private JdbiValueCatalogue catalogue;

    @BeforeEach
    void setUp() {
        database = TestDatabases.fresh("catalogue");
        catalogue = new JdbiValueCatalogue(database.jdbi());
        customer("C1", "Portland", "OR", "US", "gold");
        customer("C2", "Portland", "OR", "US", "silver");
        customer("C3", "Portland", "ME", "US", "gold");
        customer("C4", "Toronto", "ON", "CA", "gold");
        customer("C5", "", null, null, null);
        purchase("P1", "C1", "Footwear", "Hiking Boots");
        purchase("P2", "C1", "Outdoor", "2-Person Tent");
        purchase("P3", "C2", "Outdoor", "Camp Stove");
        purchase("P4", "C3", "", null);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void textValuesMostFrequentFirstWithoutEmptyOnes() {
        assertThat(catalogue.values(AudienceField.CITY)).containsExactly("Portland", "Toronto");
        assertThat(catalogue.values(AudienceField.LOYALTY_TIER)).containsExactly("gold", "silver");
        assertThat(catalogue.values(AudienceField.REGION)).containsExactly("OR", "ME", "ON");
        assertThat(catalogue.values(AudienceField.COUNTRY)).containsExactly("US", "CA");
    }

    @Test
    void categoriesAndProductsFromPurchases() {
        assertThat(catalogue.categories()).containsExactly("Outdoor", "Footwear");
        assertThat(catalogue.products()).containsExactly("2-Person Tent", "Camp Stove", "Hiking Boots");
    }

    @Test
    void placesCountCustomersPerCityAndRegion() {
        assertThat(catalogue.places()).containsExactly(
                new ValueCatalogue.Place("Portland", "OR", "US", 2),
                new ValueCatalogue.Place("Portland", "ME", "US", 1),
                new ValueCatalogue.Place("Toronto", "ON", "CA", 1));
    }

    @Test
    void onlyTextFields() {
        assertThatThrownBy(() -> catalogue.values(AudienceField.LIFETIME_SPEND))
                .isInstanceOf(UserError.class).hasMessageContaining("lifetime_spend");
    }

    private void customer(String id, String city, String region, String country, String tier) {
        database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO gold_customer (customer_id, city, region, country, "
                        + "loyalty_tier) VALUES (:id, :city, :region, :country, :tier)")
                .bind("id", id).bind("city", city).bind("region", region).bind("country", country).bind("tier", tier)
                .execute());
    }

    private void purchase(String id, String customer, String category, String product) {
        database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO purchases (purchase_id, order_id, customer_id, "
                        + "purchased_at, category, product, amount) VALUES (:id, :id, :customer, :at, :category, :product, 10)")
                .bind("id", id).bind("customer", customer).bind("at", Instant.parse("2026-01-01T00:00:00Z"))
                .bind("category", category).bind("product", product).execute());
    }
}
