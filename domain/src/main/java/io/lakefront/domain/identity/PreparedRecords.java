package io.lakefront.domain.identity;

import io.lakefront.domain.UserError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records as the engine works on them: int ids 0..n-1 and one column of normalized values per
 * field, so that comparing a pair touches arrays, not maps. Derived columns (phonetic codes, dates)
 * are computed once, before any parallel work reads them.
 */
final class PreparedRecords {
    private final RecordKey[] keys;
    private final Map<RecordKey, Integer> idByKey;
    private final Map<String, String[]> columns = new HashMap<>();
    private final Map<String, String[]> metaphones = new HashMap<>();
    private final Map<String, int[]> dates = new HashMap<>();
    private final Map<String, double[]> numbers = new HashMap<>();
    private final StringMetrics metrics;

    private PreparedRecords(RecordKey[] keys, Map<RecordKey, Integer> idByKey, StringMetrics metrics) {
        this.keys = keys;
        this.idByKey = idByKey;
        this.metrics = metrics;
    }

    static PreparedRecords prepare(List<PersonRecord> records, Set<String> fields, FieldNormalizer normalizer,
                                   StringMetrics metrics) {
        int n = records.size();
        RecordKey[] keys = new RecordKey[n];
        Map<RecordKey, Integer> idByKey = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            keys[i] = records.get(i).key();
            if (idByKey.putIfAbsent(keys[i], i) != null) {
                throw new UserError("record id '" + keys[i].recordId() + "' appears twice in source '"
                        + keys[i].source() + "'");
            }
        }
        PreparedRecords prepared = new PreparedRecords(keys, idByKey, metrics);
        for (String field : fields) {
            String[] column = new String[n];
            for (int i = 0; i < n; i++) {
                column[i] = normalizer.normalize(field, records.get(i).field(field));
            }
            prepared.columns.put(field, column);
        }
        return prepared;
    }

    int size() {
        return keys.length;
    }

    RecordKey key(int id) {
        return keys[id];
    }

    /** The id of a record, or -1 when it was not part of the run. */
    int idOf(RecordKey key) {
        Integer id = idByKey.get(key);
        return id == null ? -1 : id;
    }

    String[] column(String field) {
        return columns.computeIfAbsent(field, f -> new String[keys.length]);
    }

    String[] metaphones(String field) {
        return metaphones.computeIfAbsent(field, f -> {
            String[] values = column(f);
            String[] codes = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                codes[i] = values[i] == null ? null : metrics.doubleMetaphone(values[i]);
            }
            return codes;
        });
    }

    /** Dates as {@code yyyymmdd} ints ({@link Dates}), {@link Dates#NONE} when unparsable. */
    int[] dates(String field) {
        return dates.computeIfAbsent(field, f -> {
            String[] values = column(f);
            int[] parsed = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                parsed[i] = Dates.parse(values[i]);
            }
            return parsed;
        });
    }

    double[] numbers(String field) {
        return numbers.computeIfAbsent(field, f -> {
            String[] values = column(f);
            double[] parsed = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                parsed[i] = parseNumber(values[i]);
            }
            return parsed;
        });
    }

    private static double parseNumber(String value) {
        if (value == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(value.replace(",", ""));
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }
}
