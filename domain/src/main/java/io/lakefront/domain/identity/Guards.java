package io.lakefront.domain.identity;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Protections against giant clusters. {@code genericValues} (test@test.com, n/a, unknown) count as
 * missing everywhere. A deterministic-rule value shared by more than {@code maxSharedValue} records
 * (a shop's placeholder email, a family phone) is treated as generic too. Blocks larger than
 * {@code maxBlockSize} are skipped and reported. A cluster never grows past {@code maxClusterSize}
 * through automatic matches: the weakest edges are cut instead.
 */
public record Guards(int maxBlockSize, int maxClusterSize, int maxSharedValue, Set<String> genericValues) {
    public Guards {
        if (maxBlockSize < 2 || maxClusterSize < 2 || maxSharedValue < 2) {
            throw new IllegalArgumentException("block size, cluster size and shared-value limits must be at least 2");
        }
        genericValues = genericValues.stream().map(v -> v.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public static Set<String> commonGenericValues() {
        return Set.of("", "-", "--", ".", "?", "0", "00", "000", "0000000000", "9999999999", "1234567890",
                "n/a", "na", "none", "null", "nil", "unknown", "not known", "not available", "no email", "noemail",
                "test", "xxx", "x", "test@test.com", "test@example.com", "none@none.com", "no@email.com",
                "noemail@noemail.com", "email@email.com", "info@example.com", "a@a.com", "x@x.com",
                "1900-01-01", "0000-00-00");
    }
}
