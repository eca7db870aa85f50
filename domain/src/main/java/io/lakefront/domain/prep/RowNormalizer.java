package io.lakefront.domain.prep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One thread's share of a preparation: normalizes chunks of staged rows by the column plans, with its
 * own {@link ColumnPlan#worker() copies} of them (own counts, own memo of repeated values), so that
 * threads share nothing but the read-only rules. A row's phone numbers are read with the row's own
 * country; quarantined values name the record by its id, else by its data row number.
 */
final class RowNormalizer {
    /** One chunk's prepared rows, in row order, and the values it quarantined, in record then column order. */
    record Chunk(long firstRowNo, List<List<String>> rows, List<QuarantinedValue> quarantined) {
    }

    private final String sourceName;
    private final List<ColumnPlan> plans;
    private final int countryColumn;
    private final int idColumn;
    private final Instant foundAt;
    private final CountryNormalizer countries = new CountryNormalizer();
    private final ValueCache rowRegions = new ValueCache();

    /** @param plans the preparation's plans; this normalizer counts into copies of them */
    RowNormalizer(String sourceName, List<ColumnPlan> plans, Instant foundAt) {
        this.sourceName = sourceName;
        this.plans = plans.stream().map(ColumnPlan::worker).toList();
        this.countryColumn = indexOf(plans, ColumnTag.COUNTRY);
        this.idColumn = indexOf(plans, ColumnTag.RECORD_ID);
        this.foundAt = foundAt;
    }

    /** @param firstRowNo the 1-based data row number of {@code rows.get(0)} */
    Chunk normalize(long firstRowNo, List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>(rows.size());
        List<QuarantinedValue> quarantined = new ArrayList<>();
        long rowNo = firstRowNo;
        for (List<String> row : rows) {
            String region = countryColumn < 0 ? null : region(value(row, countryColumn));
            String recordId = null;
            String[] values = new String[plans.size()];
            for (int i = 0; i < values.length; i++) {
                ColumnPlan plan = plans.get(i);
                Normalized result = plan.apply(value(row, plan.position), region);
                if (result instanceof Normalized.Invalid invalid) {
                    if (recordId == null) {
                        recordId = recordId(row, rowNo);
                    }
                    quarantined.add(new QuarantinedValue(sourceName, recordId, plan.column, invalid.raw(),
                            invalid.reason(), foundAt));
                }
                values[i] = result.valueOrNull();
            }
            out.add(Arrays.asList(values));
            rowNo++;
        }
        return new Chunk(firstRowNo, out, quarantined);
    }

    /** Adds this normalizer's counts to the preparation's plans (the ones it was made from). */
    void addCountsTo(List<ColumnPlan> original) {
        for (int i = 0; i < original.size(); i++) {
            original.get(i).addCounts(plans.get(i));
        }
    }

    private String region(String raw) {
        if (Normalizer.isMissing(raw)) {
            return null;
        }
        Normalized country = rowRegions.get(raw);
        if (country == null) {
            country = countries.normalize(raw);
            rowRegions.put(raw, country);
        }
        return country.valueOrNull();
    }

    private String recordId(List<String> row, long rowNo) {
        return idColumn < 0 || Normalizer.isMissing(value(row, idColumn)) ? Long.toString(rowNo)
                : value(row, idColumn).strip();
    }

    private static String value(List<String> row, int index) {
        return index < row.size() ? row.get(index) : null;
    }

    private static int indexOf(List<ColumnPlan> plans, ColumnTag tag) {
        for (ColumnPlan plan : plans) {
            if (plan.tag == tag) {
                return plan.position;
            }
        }
        return -1;
    }
}
