package io.lakefront.domain.prep;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The country a source's phone numbers belong to when they are written without a country code: the
 * most common country in its country column; without one, the country whose numbering plan fits
 * most of the sampled numbers ({@code (415) 555-2671} fits the US, {@code 030 1234567} Germany).
 */
public final class DefaultRegion {
    /** Tried in this order; a tie keeps the earlier one. */
    private static final List<String> CANDIDATES = List.of("US", "GB", "DE", "FR", "CA", "AU", "NL", "ES", "IT",
            "AT", "CH", "BE", "IE", "SE", "DK", "NO", "PL", "NZ");
    private static final int PHONES_TRIED = 200;

    private DefaultRegion() {
    }

    /** @return an ISO alpha-2 code, or {@code null} when neither the countries nor the numbers tell */
    public static String of(List<String> countries, List<String> phoneNumbers, PhoneNormalizer phones) {
        String common = mostCommonCountry(countries);
        return common != null ? common : bestFit(phoneNumbers, phones);
    }

    private static String mostCommonCountry(List<String> countries) {
        CountryNormalizer normalizer = new CountryNormalizer();
        Map<String, Integer> counts = new HashMap<>();
        for (String raw : countries) {
            String code = normalizer.normalize(raw).valueOrNull();
            if (code != null) {
                counts.merge(code, 1, Integer::sum);
            }
        }
        // A tie goes to the alphabetically first code, so that the choice does not depend on hash order.
        Comparator<Map.Entry<String, Integer>> byCount = Map.Entry.comparingByValue();
        return counts.entrySet().stream()
                .max(byCount.thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String bestFit(List<String> phoneNumbers, PhoneNormalizer phones) {
        List<String> tried = phoneNumbers.stream().filter(v -> !Normalizer.isMissing(v))
                .filter(v -> !v.strip().startsWith("+")).limit(PHONES_TRIED).toList();
        String best = null;
        int bestValid = 0;
        for (String region : CANDIDATES) {
            int valid = 0;
            for (String number : tried) {
                if (phones.toE164(number, region) instanceof Normalized.Valid) {
                    valid++;
                }
            }
            if (valid > bestValid) {
                best = region;
                bestValid = valid;
            }
        }
        return best;
    }
}
