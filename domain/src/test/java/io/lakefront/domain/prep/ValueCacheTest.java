package io.lakefront.domain.prep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueCacheTest {
    @Test
    void remembersRepeatedValuesAndKeepsRememberingWhileTheyRepeat() {
        ValueCache memo = new ValueCache();
        for (int i = 0; i < 3 * ValueCache.WINDOW; i++) {
            String raw = "city" + (i % 50);
            if (memo.get(raw) == null) {
                memo.put(raw, Normalized.valid(raw.toUpperCase(java.util.Locale.ROOT)));
            }
        }
        assertThat(memo.active()).isTrue();
        assertThat(memo.get("city7")).isEqualTo(Normalized.valid("CITY7"));
        assertThat(memo.get("city50")).isNull();
    }

    @Test
    void turnsItselfOffForAColumnWhoseValuesDoNotRepeat() {
        ValueCache memo = new ValueCache();
        for (int i = 0; i < ValueCache.WINDOW; i++) {
            String raw = "user" + i + "@example.com";
            assertThat(memo.get(raw)).isNull();
            memo.put(raw, Normalized.valid(raw));
        }
        assertThat(memo.active()).isFalse();
        assertThat(memo.get("user1@example.com")).isNull();
    }

    @Test
    void holdsAtMostItsCapacity() {
        ValueCache memo = new ValueCache();
        for (int i = 0; i < ValueCache.CAPACITY + 10; i++) {
            memo.put("v" + i, Normalized.missing());
        }
        assertThat(memo.get("v0")).isEqualTo(Normalized.missing());
        assertThat(memo.get("v" + ValueCache.CAPACITY)).isNull();
    }
}
