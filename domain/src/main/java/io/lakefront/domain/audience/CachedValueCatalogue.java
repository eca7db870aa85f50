package io.lakefront.domain.audience;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The value catalogue read once per version of the data: while a marketer types, every pause asks
 * the interpreter again, and the catalogue's distinct-value queries are the slow part of that on a
 * large workspace. {@code version} is the same key the audience index is rebuilt on, so both see
 * the same data.
 */
public final class CachedValueCatalogue implements ValueCatalogue {
    private final ValueCatalogue source;
    private final Supplier<?> version;
    private final Map<String, List<?>> cached = new ConcurrentHashMap<>();
    private volatile Object cachedVersion;

    public CachedValueCatalogue(ValueCatalogue source, Supplier<?> version) {
        this.source = Objects.requireNonNull(source, "source");
        this.version = Objects.requireNonNull(version, "version");
    }

    @Override
    public List<String> values(AudienceField field) {
        return get("values:" + field.fieldName(), () -> source.values(field));
    }

    @Override
    public List<String> categories() {
        return get("categories", source::categories);
    }

    @Override
    public List<String> products() {
        return get("products", source::products);
    }

    @Override
    public List<Place> places() {
        return get("places", source::places);
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> get(String key, Supplier<List<T>> read) {
        Object now = version.get();
        synchronized (this) {
            if (!Objects.equals(now, cachedVersion)) {
                cached.clear();
                cachedVersion = now;
            }
        }
        return (List<T>) cached.computeIfAbsent(key, k -> read.get());
    }
}
