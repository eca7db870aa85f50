package io.lakefront.domain.prep;

import io.lakefront.domain.UserError;
import io.lakefront.domain.time.WorkspaceClock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides each column's tag and rule for one preparation: the user's saved choice for the columns
 * they edited, the tagger's reading for all others; then the rule's parameters (the date format
 * detected in the sample, the phones' default region from the source's country data).
 */
final class ColumnPlans {
    /**
     * A tag the tagger is this unsure of is not acted upon: normalizing by a wrong tag would quarantine
     * a whole column of good values ("time_zone" read as timestamps). The values are kept as read until
     * the user confirms or corrects the tag in the source's YAML file.
     */
    static final double UNSURE_BELOW = 0.3;

    private final NormalizationRules rules;
    private final PhoneNormalizer phones;
    private final WorkspaceClock clock;

    ColumnPlans(NormalizationRules rules, PhoneNormalizer phones, WorkspaceClock clock) {
        this.rules = rules;
        this.phones = phones;
        this.clock = clock;
    }

    /**
     * @param samples one per staged column, in order
     * @param fresh   the tagger's reading of the samples, in the same order
     * @param where   the settings file, for messages
     */
    List<ColumnPlan> plan(List<ColumnSample> samples, List<ColumnTagging> fresh, Optional<SourcePreparation> saved,
                          String where) {
        List<ColumnPreparation> chosen = new ArrayList<>(samples.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            String column = samples.get(i).header();
            int occurrence = seen.merge(column, 1, Integer::sum);
            ColumnTagging tagging = fresh.get(i);
            Optional<ColumnPreparation> edited = saved.flatMap(s -> nth(s, column, occurrence))
                    .filter(ColumnPreparation::userEdited);
            chosen.add(edited
                    .map(c -> new ColumnPreparation(column, c.tag(), 1.0, true, tagging.tag(), "", c.parameters()))
                    .orElseGet(() -> new ColumnPreparation(column, tagging.tag(), tagging.confidence(), false,
                            tagging.tag(), "", Map.of())));
        }
        int countryColumn = firstTagged(chosen, ColumnTag.COUNTRY);
        List<String> countries = countryColumn < 0 ? List.of() : samples.get(countryColumn).present();
        List<ColumnPlan> plans = new ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            plans.add(plan(i, chosen.get(i), samples.get(i).present(), countries, countryColumn >= 0, where));
        }
        return plans;
    }

    private ColumnPlan plan(int position, ColumnPreparation c, List<String> sample, List<String> countries,
                            boolean hasCountryColumn, String where) {
        Map<String, String> parameters = new LinkedHashMap<>(c.edited() ? c.parameters() : Map.of());
        if (!c.edited() && c.confidence() < UNSURE_BELOW) {
            return ColumnPlan.unsure(position, c.column(), c.tag(), c.detected(), c.confidence());
        }
        return switch (c.tag()) {
            case PHONE -> {
                String region = parameters.get(ColumnPreparation.DEFAULT_REGION);
                if (region == null || region.isBlank()) {
                    region = DefaultRegion.of(countries, sample, phones);
                }
                if (region != null) {
                    parameters.put(ColumnPreparation.DEFAULT_REGION, region);
                }
                yield ColumnPlan.phones(position, c.column(), c.detected(), c.confidence(), c.edited(), parameters,
                        phones, region, hasCountryColumn);
            }
            case BIRTH_DATE, DATE, TIMESTAMP -> {
                String pattern = datePattern(c, parameters.get(ColumnPreparation.DATE_FORMAT), sample, where);
                parameters.put(ColumnPreparation.DATE_FORMAT, DateFormats.shown(pattern));
                Normalizer normalizer = switch (c.tag()) {
                    case BIRTH_DATE -> DateNormalizer.birthDates(pattern, clock);
                    case DATE -> DateNormalizer.dates(pattern);
                    default -> new TimestampNormalizer(pattern, ZoneOffset.UTC);
                };
                yield ColumnPlan.of(position, c.column(), c.tag(), c.detected(), c.confidence(), c.edited(), parameters,
                        normalizer);
            }
            default -> ColumnPlan.of(position, c.column(), c.tag(), c.detected(), c.confidence(), c.edited(),
                    parameters, rules.forColumn(c.tag(), sample, null).orElse(null));
        };
    }

    private static String datePattern(ColumnPreparation c, String written, List<String> sample, String where) {
        if (written != null && !written.isBlank()) {
            return DateFormats.pattern(written).orElseThrow(() -> new UserError(where + ", column '" + c.column()
                    + "': date_format '" + written + "' is not one of " + String.join(", ", DateFormats.known())));
        }
        DateFormatGuess.Guess guess = DateFormatGuess.guess(sample);
        return guess.found() ? guess.pattern() : DateFormatGuess.PATTERNS.get(0);
    }

    private static Optional<ColumnPreparation> nth(SourcePreparation saved, String column, int occurrence) {
        return saved.columns().stream().filter(c -> c.column().equals(column)).skip(occurrence - 1L).findFirst();
    }

    static int firstTagged(List<ColumnPreparation> columns, ColumnTag tag) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).tag() == tag) {
                return i;
            }
        }
        return -1;
    }
}
