package io.lakefront.domain.prep;

import io.lakefront.domain.time.WorkspaceClock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides what each column of a source holds, with no configuration: the header's meaning and the
 * values' patterns are scored per tag, then the columns are looked at together (one record id per
 * source; two unnamed name columns are given then family name).
 */
public final class TagColumns {
    /** Below this combined score the tagger says {@code unknown} rather than guess. */
    static final double UNKNOWN_BELOW = 0.2;
    private static final double HEADER_WEIGHT = 0.55;
    private static final double VALUES_WEIGHT = 0.45;
    /** A header scoring below this says nothing ({@code c1}, {@code field7}): the values decide alone. */
    private static final double MEANINGFUL_HEADER = 0.5;

    /** Tags whose values can be checked reliably; a header naming one of them is doubted when no value fits. */
    private static final Set<ColumnTag> VERIFIABLE = EnumSet.of(ColumnTag.EMAIL, ColumnTag.PHONE,
            ColumnTag.GIVEN_NAME, ColumnTag.FAMILY_NAME, ColumnTag.FULL_NAME, ColumnTag.POSTCODE, ColumnTag.COUNTRY,
            ColumnTag.BIRTH_DATE, ColumnTag.DATE, ColumnTag.TIMESTAMP, ColumnTag.GENDER, ColumnTag.CONSENT,
            ColumnTag.MONEY, ColumnTag.CURRENCY, ColumnTag.NAME_PREFIX);

    private final HeaderMeaning headers;
    private final WorkspaceClock clock;
    private final Lexicon lexicon = Lexicon.builtIn();

    public TagColumns(HeaderMeaning headers, WorkspaceClock clock) {
        this.headers = headers;
        this.clock = clock;
    }

    /** The tagger with the built-in multilingual synonym dictionary. */
    public static TagColumns withBuiltInDictionary(WorkspaceClock clock) {
        return new TagColumns(new SynonymDictionary(), clock);
    }

    /** One tagging a column, in the order of the columns given. */
    public List<ColumnTagging> tag(List<ColumnSample> columns) {
        List<ColumnScores> scored = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            scored.add(score(i, columns.get(i)));
        }
        new CrossColumnRules(scored).apply();
        return scored.stream().map(ColumnScores::decide).toList();
    }

    private ColumnScores score(int position, ColumnSample column) {
        String normalized = HeaderWords.normalize(column.header());
        Map<ColumnTag, Double> meaning = normalized.isEmpty() ? Map.of() : headers.meaning(normalized);
        List<String> present = column.present();
        Map<ColumnTag, ValueSignals.Signal> values = ValueSignals.of(present, clock.today(), lexicon);
        double headerStrength = meaning.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        boolean meaningful = headerStrength >= MEANINGFUL_HEADER;

        ValueSignals.Signal timestamps = values.get(ColumnTag.TIMESTAMP);
        if (timestamps != null && timestamps.score() >= 0.8 && meaning.containsKey(ColumnTag.DATE)) {
            // "order_date" holding times of day is a timestamp: the header names the family, the values the kind.
            meaning = new EnumMap<>(meaning);
            meaning.merge(ColumnTag.TIMESTAMP, meaning.get(ColumnTag.DATE), Math::max);
        }
        Map<ColumnTag, Double> total = new EnumMap<>(ColumnTag.class);
        for (ColumnTag tag : ColumnTag.values()) {
            double h = meaning.getOrDefault(tag, 0.0);
            ValueSignals.Signal signal = values.get(tag);
            double v = signal == null ? 0 : signal.score();
            if (VERIFIABLE.contains(tag) && v < 0.05 && present.size() >= 5) {
                // The values could have confirmed this tag and did not: "Last Visit" holds dates, not surnames.
                h *= 0.6;
            }
            double score = meaningful ? HEADER_WEIGHT * h + VALUES_WEIGHT * v : v;
            if (score > 0) {
                total.put(tag, score);
            }
        }
        return new ColumnScores(position, column.header(), normalized, present.size(), meaningful, meaning, values, total);
    }

    /** A column's scores while the cross-column rules look at it; {@link #decide()} gives the final tagging. */
    static final class ColumnScores {
        final int position;
        final String header;
        final String normalizedHeader;
        final int presentCount;
        final boolean meaningfulHeader;
        final Map<ColumnTag, Double> headerMeaning;
        final Map<ColumnTag, ValueSignals.Signal> values;
        final Map<ColumnTag, Double> total;
        ColumnTag forced;
        String forcedWhy;

        ColumnScores(int position, String header, String normalizedHeader, int presentCount, boolean meaningfulHeader,
                     Map<ColumnTag, Double> headerMeaning, Map<ColumnTag, ValueSignals.Signal> values, Map<ColumnTag, Double> total) {
            this.position = position;
            this.header = header;
            this.normalizedHeader = normalizedHeader;
            this.presentCount = presentCount;
            this.meaningfulHeader = meaningfulHeader;
            this.headerMeaning = headerMeaning;
            this.values = values;
            this.total = total;
        }

        List<Map.Entry<ColumnTag, Double>> ranked() {
            return total.entrySet().stream()
                    .sorted(Map.Entry.<ColumnTag, Double>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(e -> e.getKey().ordinal()))
                    .toList();
        }

        ColumnTag best() {
            if (forced != null) {
                return forced;
            }
            List<Map.Entry<ColumnTag, Double>> ranked = ranked();
            return ranked.isEmpty() || ranked.get(0).getValue() < UNKNOWN_BELOW ? ColumnTag.UNKNOWN : ranked.get(0).getKey();
        }

        /** The best tag other than the ones given, when it scores at least {@code floor}; else {@code null}. */
        ColumnTag bestExcept(Set<ColumnTag> excluded, double floor) {
            return ranked().stream().filter(e -> !excluded.contains(e.getKey()) && e.getValue() >= floor)
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }

        double score(ColumnTag tag) {
            return total.getOrDefault(tag, 0.0);
        }

        double headerScore(ColumnTag tag) {
            return headerMeaning.getOrDefault(tag, 0.0);
        }

        void force(ColumnTag tag, String why) {
            forced = tag;
            forcedWhy = why;
        }

        ColumnTagging decide() {
            ColumnTag tag = best();
            List<Evidence> evidence = new ArrayList<>();
            if (presentCount == 0 && !meaningfulHeader) {
                return new ColumnTagging(header, ColumnTag.UNKNOWN, 0.9, List.of(Evidence.values("no values", 1)));
            }
            double h = headerScore(tag);
            if (h > 0) {
                evidence.add(Evidence.header(String.format(Locale.ROOT, "header ~ \"%s\" (%.2f)", normalizedHeader, h), h));
            } else if (!meaningfulHeader) {
                evidence.add(Evidence.header("header \"" + header.strip() + "\" says nothing; values decide", 0));
            }
            ValueSignals.Signal signal = values.get(tag);
            if (signal != null) {
                evidence.add(signal.evidence());
            }
            if (forced != null) {
                evidence.add(Evidence.context(forcedWhy, 1));
            }
            if (presentCount == 0) {
                evidence.add(Evidence.values("no values", 0));
            }
            return new ColumnTagging(header, tag, confidence(tag), evidence);
        }

        /**
         * Roughly calibrated: the combined score, lowered when the runner-up is close. A header and values
         * that agree give 0.9+; values alone at best about 0.9; a bare header about 0.55-0.7.
         */
        private double confidence(ColumnTag tag) {
            if (tag == ColumnTag.UNKNOWN) {
                return 1 - ranked().stream().mapToDouble(Map.Entry::getValue).findFirst().orElse(0);
            }
            if (forced != null) {
                // A context decision is as sure as the column's strongest reading, and never very sure.
                double strongest = ranked().stream().mapToDouble(Map.Entry::getValue).findFirst().orElse(0);
                return Math.min(0.75, 0.1 + 0.6 * Math.max(strongest, score(tag)));
            }
            double top = score(tag);
            double runnerUp = total.entrySet().stream().filter(e -> e.getKey() != tag)
                    .mapToDouble(Map.Entry::getValue).max().orElse(0);
            double margin = Math.max(0, Math.min(1, (top - runnerUp) / 0.3));
            double base = meaningfulHeader && values.containsKey(tag) ? Math.min(1, top + 0.15) : top;
            return Math.max(0.05, Math.min(0.99, base * (0.7 + 0.3 * margin)));
        }
    }
}
