package io.lakefront.domain.prep;

import io.lakefront.domain.time.WorkspaceClock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Picks the normalizer for a tagged column. Dates use the format detected in the column's sample; phones
 * go through the {@link PhoneNormalizer} port with the source's default region. Tags without a rule
 * (ids, categories, free text) are kept as read: {@link Optional#empty()}.
 */
public final class NormalizationRules {
    private final PhoneNormalizer phones;
    private final WorkspaceClock clock;

    public NormalizationRules(PhoneNormalizer phones, WorkspaceClock clock) {
        this.phones = phones;
        this.clock = clock;
    }

    /**
     * @param sample        the column's sampled values (to find its date format)
     * @param defaultRegion ISO alpha-2 country for phone numbers without a country code
     */
    /** The phone numbering-plan port the phone rules use. */
    public PhoneNormalizer phones() {
        return phones;
    }

    public Optional<Normalizer> forColumn(ColumnTag tag, List<String> sample, String defaultRegion) {
        return Optional.ofNullable(switch (tag) {
            case EMAIL -> new EmailNormalizer();
            case PHONE -> phones.forRegion(defaultRegion);
            case GIVEN_NAME, FAMILY_NAME, FULL_NAME -> new NameNormalizer();
            case STREET -> new StreetNormalizer();
            case POSTCODE -> new PostcodeNormalizer();
            case COUNTRY -> new CountryNormalizer();
            case REGION -> new RegionNormalizer();
            case GENDER -> new GenderNormalizer();
            case CONSENT -> new BooleanNormalizer();
            case MONEY -> new MoneyNormalizer();
            case BIRTH_DATE -> DateNormalizer.birthDates(datePattern(sample), clock);
            case DATE -> DateNormalizer.dates(datePattern(sample));
            case TIMESTAMP -> new TimestampNormalizer(datePattern(sample), ZoneOffset.UTC);
            default -> null;
        });
    }

    private static String datePattern(List<String> sample) {
        List<String> present = sample.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
        DateFormatGuess.Guess guess = DateFormatGuess.guess(present);
        return guess.found() ? guess.pattern() : "uuuu-MM-dd";
    }
}
