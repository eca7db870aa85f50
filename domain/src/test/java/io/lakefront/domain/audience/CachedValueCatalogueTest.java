package io.lakefront.domain.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachedValueCatalogueTest {
    @Test
    void reads_each_list_once_per_version_of_the_data() {
        AtomicInteger reads = new AtomicInteger();
        AtomicLong version = new AtomicLong(1);
        ValueCatalogue source = new ValueCatalogue() {
            @Override public List<String> values(AudienceField field) {
                reads.incrementAndGet();
                return List.of(field.fieldName() + "@" + version.get());
            }
            @Override public List<String> categories() {
                reads.incrementAndGet();
                return List.of("Footwear@" + version.get());
            }
            @Override public List<String> products() {
                return List.of();
            }
        };
        CachedValueCatalogue cached = new CachedValueCatalogue(source, version::get);

        assertThat(cached.values(AudienceField.REGION)).containsExactly("region@1");
        assertThat(cached.values(AudienceField.REGION)).containsExactly("region@1");
        assertThat(cached.values(AudienceField.CITY)).containsExactly("city@1");
        assertThat(cached.categories()).containsExactly("Footwear@1");
        assertThat(reads).hasValue(3);

        version.set(2);
        assertThat(cached.values(AudienceField.REGION)).containsExactly("region@2");
        assertThat(cached.categories()).containsExactly("Footwear@2");
        assertThat(reads).hasValue(5);
    }
}
