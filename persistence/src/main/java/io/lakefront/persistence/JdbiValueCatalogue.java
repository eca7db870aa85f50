package io.lakefront.persistence;

import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.FieldType;
import io.lakefront.domain.audience.ValueCatalogue;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The values the workspace's data holds, read from the gold, metrics and purchase tables: what the
 * offline audience interpreter reads words against. Values come most frequent first and at most
 * {@link #LIMIT} of each, so a field with a value per customer (email) stays cheap. Column and table
 * names come only from {@link AudienceField}; the limit is a bind parameter.
 */
public final class JdbiValueCatalogue implements ValueCatalogue {
    /** The most values returned for one field. */
    public static final int LIMIT = 5_000;

    private final Jdbi jdbi;

    public JdbiValueCatalogue(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<String> values(AudienceField field) {
        if (field.type() != FieldType.TEXT) {
            throw new UserError("the value catalogue lists text fields only, not " + field.fieldName() + " (" + field.type().label() + ")");
        }
        return distinct(field.table().tableName(), field.fieldName());
    }

    @Override
    public List<String> categories() {
        return distinct("purchases", "category");
    }

    @Override
    public List<String> products() {
        return distinct("purchases", "product");
    }

    @Override
    public List<Place> places() {
        return jdbi.withHandle(h -> h.createQuery("SELECT city, region, country, COUNT(*) AS customers FROM gold_customer "
                        + "WHERE city IS NOT NULL AND city <> '' GROUP BY city, region, country "
                        + "ORDER BY customers DESC, city, region, country LIMIT :limit")
                .bind("limit", LIMIT)
                .map((rs, ctx) -> new Place(rs.getString("city"), rs.getString("region"), rs.getString("country"),
                        rs.getLong("customers")))
                .list());
    }

    /** {@code table} and {@code column} are constants of this class or of {@link AudienceField}, never user text. */
    private List<String> distinct(String table, String column) {
        String sql = "SELECT " + column + " AS v, COUNT(*) AS n FROM " + table + " WHERE " + column + " IS NOT NULL AND "
                + column + " <> '' GROUP BY " + column + " ORDER BY n DESC, v LIMIT :limit";
        return jdbi.withHandle(h -> h.createQuery(sql).bind("limit", LIMIT).map((rs, ctx) -> rs.getString("v")).list());
    }
}
