package io.lakefront.domain.identity;

import io.lakefront.domain.UserError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The records as the engine works on them: int ids 0..n-1 and one dictionary-encoded
 * {@link Column} per field, so that comparing a pair touches int arrays, not maps. Fields are
 * normalized and encoded on all cores.
 */
final class PreparedRecords {
    private static final int CHUNK = 16_384;

    private final RecordKey[] keys;
    private final Map<RecordKey, Integer> idByKey;
    private final Map<String, Column> columns;
    private final StringMetrics metrics;
    private final List<String> fields;
    private final int[] rows;

    private PreparedRecords(RecordKey[] keys, Map<RecordKey, Integer> idByKey, Map<String, Column> columns,
                            StringMetrics metrics, List<String> fields) {
        this.keys = keys;
        this.idByKey = idByKey;
        this.columns = columns;
        this.metrics = metrics;
        this.fields = fields;
        this.rows = rows(keys.length, fields, columns);
    }

    static PreparedRecords prepare(List<PersonRecord> records, Set<String> fieldsUsed, FieldNormalizer normalizer,
                                   StringMetrics metrics) {
        int n = records.size();
        List<String> fields = fieldsUsed.stream().sorted().toList();
        RecordKey[] keys = new RecordKey[n];
        String[][] normalized = new String[fields.size()][n];
        // One pass over the records, all fields at once: each record's map is read once.
        chunks(n).forEach(chunk -> {
            for (int i = chunk; i < Math.min(n, chunk + CHUNK); i++) {
                PersonRecord record = records.get(i);
                keys[i] = record.key();
                for (int f = 0; f < normalized.length; f++) {
                    normalized[f][i] = normalizer.normalize(fields.get(f), record.field(fields.get(f)));
                }
            }
        });
        Map<String, Column> columns = new ConcurrentHashMap<>();
        List<Map<RecordKey, Integer>> idByKey = new java.util.concurrent.CopyOnWriteArrayList<>();
        // One task per field (number its values), and one for the record keys.
        IntStream.rangeClosed(0, fields.size()).parallel().forEach(task -> {
            if (task == fields.size()) {
                idByKey.add(index(keys, new HashMap<>(n * 4 / 3 + 1)));
            } else {
                columns.put(fields.get(task), Column.of(fields.get(task), normalized[task], metrics));
                normalized[task] = null;
            }
        });
        return new PreparedRecords(keys, idByKey.get(0), columns, metrics, fields);
    }

    /** Value ids record by record ({@code rows[record * fields + field]}), so a pair's ids sit in two cache lines. */
    private static int[] rows(int n, List<String> fields, Map<String, Column> columns) {
        int width = fields.size();
        int[] rows = new int[n * width];
        for (int f = 0; f < width; f++) {
            int[] ids = columns.get(fields.get(f)).ids();
            int field = f;
            chunks(n).forEach(chunk -> {
                for (int i = chunk; i < Math.min(n, chunk + CHUNK); i++) {
                    rows[i * width + field] = ids[i];
                }
            });
        }
        return rows;
    }

    /**
     * These records followed by {@code added}: the columns share this run's dictionaries and derived
     * data, and the key index is extended, not rebuilt. An added record with the key of an earlier
     * one takes its key over (the earlier id stays, for the caller to retire). This run's records
     * are left as they are.
     */
    PreparedRecords extend(List<PersonRecord> added, FieldNormalizer normalizer) {
        int n = keys.length;
        RecordKey[] all = java.util.Arrays.copyOf(keys, n + added.size());
        for (int i = 0; i < added.size(); i++) {
            all[n + i] = added.get(i).key();
        }
        Map<RecordKey, Integer> base = idByKey;
        Map<RecordKey, Integer> addedIds = new HashMap<>();
        if (idByKey instanceof LayeredIndex layered) {
            base = layered.base;
            addedIds.putAll(layered.added);
        }
        java.util.Set<RecordKey> batch = new java.util.HashSet<>();
        for (int i = n; i < all.length; i++) {
            if (!batch.add(all[i])) {
                throw new UserError("record id '" + all[i].recordId() + "' appears twice in source '"
                        + all[i].source() + "'");
            }
            addedIds.put(all[i], i);
        }
        Map<String, Column> extended = new ConcurrentHashMap<>();
        columns.forEach((field, column) -> extended.put(field, column.extend(normalized(added, field, normalizer))));
        return new PreparedRecords(all, new LayeredIndex(base, addedIds), extended, metrics, fields);
    }

    private static String[] normalized(List<PersonRecord> records, String field, FieldNormalizer normalizer) {
        String[] values = new String[records.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = normalizer.normalize(field, records.get(i).field(field));
        }
        return values;
    }

    private static Map<RecordKey, Integer> index(RecordKey[] keys, Map<RecordKey, Integer> into) {
        for (int i = 0; i < keys.length; i++) {
            if (into.putIfAbsent(keys[i], i) != null) {
                throw new UserError("record id '" + keys[i].recordId() + "' appears twice in source '"
                        + keys[i].source() + "'");
            }
        }
        return into;
    }

    private static IntStream chunks(int n) {
        return IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().map(chunk -> chunk * CHUNK);
    }

    int size() {
        return keys.length;
    }

    RecordKey key(int id) {
        return keys[id];
    }

    RecordKey[] keys() {
        return keys;
    }

    StringMetrics metrics() {
        return metrics;
    }

    /** The id of a record, or -1 when it was not part of the run. */
    int idOf(RecordKey key) {
        Integer id = idByKey.get(key);
        return id == null ? -1 : id;
    }

    /** The row-major value ids of the prepared fields; see {@link #fieldIndex}. */
    int[] rows() {
        return rows;
    }

    int width() {
        return fields.size();
    }

    /** The place of a prepared field in each row, or -1 when it was not prepared. */
    int fieldIndex(String field) {
        return fields.indexOf(field);
    }

    /** The column of a field; a field no record was prepared with is missing throughout. */
    Column column(String field) {
        return columns.computeIfAbsent(field, f -> Column.of(f, new String[keys.length], metrics));
    }

    /** The normalized value of a record's field, or {@code null}. */
    String value(String field, int record) {
        return column(field).valueOf(record);
    }

    /** A base index and what an incremental run added to it, without copying the base. */
    private static final class LayeredIndex extends java.util.AbstractMap<RecordKey, Integer> {
        private final Map<RecordKey, Integer> base;
        private final Map<RecordKey, Integer> added;

        LayeredIndex(Map<RecordKey, Integer> base, Map<RecordKey, Integer> added) {
            this.base = base;
            this.added = added;
        }

        @Override
        public Integer get(Object key) {
            Integer id = added.get(key);
            return id != null ? id : base.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Set<Entry<RecordKey, Integer>> entrySet() {
            throw new UnsupportedOperationException("a layered index is only looked up");
        }
    }
}
