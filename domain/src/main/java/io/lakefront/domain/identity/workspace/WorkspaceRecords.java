package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.UserError;
import io.lakefront.domain.gold.EventSource;
import io.lakefront.domain.gold.SourceRows;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.mapping.MappedRow;
import io.lakefront.domain.identity.mapping.PersonFields;
import io.lakefront.domain.identity.mapping.RecordMapping;
import io.lakefront.domain.prep.ColumnSample;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.ColumnTagging;
import io.lakefront.domain.prep.NormalizationRules;
import io.lakefront.domain.prep.PreparedColumn;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.task.TaskContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the workspace's prepared sources for a run. A source is about people when one of its
 * columns is tagged as a name, email, phone or national id: its rows become person records (mapped
 * the way file mode maps a file: {@link RecordMapping}) and are held for the gold build. Any other
 * source (orders, engagement events) is left out of resolution — its rows may still be events about
 * the people, which the gold build streams later.
 * <p>
 * Record ids are the values of the column tagged {@code record_id} when they are all present and
 * unique, else the prepared row numbers; stable ids across runs need the former.
 */
public final class WorkspaceRecords {
    static final Set<ColumnTag> PERSON_TAGS = EnumSet.of(ColumnTag.GIVEN_NAME, ColumnTag.FAMILY_NAME,
            ColumnTag.FULL_NAME, ColumnTag.EMAIL, ColumnTag.PHONE, ColumnTag.NATIONAL_ID);
    private static final int SAMPLE_ROWS = 1_000;
    private static final int PROGRESS_EVERY = 5_000;

    /** What a run read: the person sources (rows and records) and the sources left for the gold build. */
    record Loaded(List<SourceRows> people, List<EventSource> others, List<PersonRecord> records, List<SourceUse> uses) {
        Set<String> fieldsPresent() {
            Set<String> present = new HashSet<>();
            for (PersonRecord record : records) {
                present.addAll(record.fields().keySet());
            }
            return present;
        }
    }

    private WorkspaceRecords() {
    }

    static Loaded read(PreparedSources sources, NormalizationRules rules, TaskContext context) {
        List<SourceRows> people = new ArrayList<>();
        List<EventSource> others = new ArrayList<>();
        List<PersonRecord> records = new ArrayList<>();
        List<SourceUse> uses = new ArrayList<>();
        List<String> names = sources.names();
        long total = 0;
        for (String name : names) {
            if (isAboutPeople(sources.columns(name))) {
                total += sources.count(name);
            }
        }
        long done = 0;
        for (String name : names) {
            List<PreparedColumn> columns = sources.columns(name);
            long count = sources.count(name);
            if (!isAboutPeople(columns)) {
                others.add(new EventSource(name, columns, count, () -> sources.rows(name)));
                uses.add(new SourceUse(name, false, count, "no person fields tagged ("
                        + columns.stream().map(c -> c.tag().code()).distinct().collect(Collectors.joining(", "))
                        + "); not resolved, its rows may be events about people"));
                continue;
            }
            context.message("Reading " + name);
            List<List<String>> rows = readAll(sources, name, context, done, total);
            done += rows.size();
            IdColumn ids = IdColumn.of(columns, rows);
            RecordMapping mapping = RecordMapping.of(samples(columns, rows), taggings(columns), rules);
            List<String> recordIds = new ArrayList<>(rows.size());
            // Another system's id for the person (a loyalty number) fills an id field a rule may key on.
            List<Integer> idColumns = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).tag() == ColumnTag.OTHER_ID) {
                    idColumns.add(c);
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                String id = ids.idOf(r, rows.get(r));
                recordIds.add(id);
                MappedRow mapped = mapping.map(rows.get(r));
                records.add(new PersonRecord(name, id, withIds(mapped.fields(), columns, idColumns, rows.get(r))));
            }
            people.add(new SourceRows(name, columns, recordIds, rows));
            List<String> fields = new ArrayList<>(mapping.fields());
            idColumns.forEach(c -> fields.add(PersonFields.idFieldOf(columns.get(c).name())));
            uses.add(new SourceUse(name, true, rows.size(), "fields " + String.join(", ", fields)
                    + "; record ids from " + ids.origin()));
            context.checkCancelled();
        }
        return new Loaded(people, others, records, uses);
    }

    private static Map<String, String> withIds(Map<String, String> fields, List<PreparedColumn> columns,
                                               List<Integer> idColumns, List<String> row) {
        if (idColumns.isEmpty()) {
            return fields;
        }
        Map<String, String> all = new java.util.HashMap<>(fields);
        for (int c : idColumns) {
            String value = c < row.size() ? row.get(c) : null;
            if (value != null && !value.isBlank()) {
                all.putIfAbsent(PersonFields.idFieldOf(columns.get(c).name()), value.strip());
            }
        }
        return all;
    }

    public static boolean isAboutPeople(List<PreparedColumn> columns) {
        return columns.stream().anyMatch(column -> PERSON_TAGS.contains(column.tag()));
    }

    private static List<List<String>> readAll(PreparedSources sources, String name, TaskContext context, long before,
                                              long total) {
        List<List<String>> rows = new ArrayList<>();
        try (RowStream stream = sources.rows(name)) {
            List<String> row;
            while ((row = stream.next()) != null) {
                rows.add(row);
                if (rows.size() % PROGRESS_EVERY == 0) {
                    context.checkCancelled();
                    context.progress(before + rows.size(), total);
                }
            }
        } catch (IOException e) {
            throw new UserError("source '" + name + "': cannot read its prepared rows (" + e.getMessage() + ")", e);
        }
        return rows;
    }

    private static List<ColumnTagging> taggings(List<PreparedColumn> columns) {
        return columns.stream().map(column -> new ColumnTagging(column.name(), column.tag(), 1.0, List.of())).toList();
    }

    private static List<ColumnSample> samples(List<PreparedColumn> columns, List<List<String>> rows) {
        List<ColumnSample> samples = new ArrayList<>(columns.size());
        int size = Math.min(SAMPLE_ROWS, rows.size());
        for (int c = 0; c < columns.size(); c++) {
            List<String> values = new ArrayList<>(size);
            for (int r = 0; r < size; r++) {
                List<String> row = rows.get(r);
                values.add(c < row.size() ? row.get(c) : null);
            }
            samples.add(new ColumnSample(columns.get(c).name(), values));
        }
        return samples;
    }

    /** The source's record ids: its id column when every row has a distinct value there, else row numbers. */
    private record IdColumn(int position, String name, String fallbackReason) {
        static IdColumn of(List<PreparedColumn> columns, List<List<String>> rows) {
            int position = -1;
            for (int c = 0; c < columns.size() && position < 0; c++) {
                if (columns.get(c).tag() == ColumnTag.RECORD_ID) {
                    position = c;
                }
            }
            if (position < 0) {
                return new IdColumn(-1, null, "no column is tagged record_id");
            }
            String name = columns.get(position).name();
            Set<String> seen = new HashSet<>();
            for (int r = 0; r < rows.size(); r++) {
                String id = value(rows.get(r), position);
                if (id == null) {
                    return new IdColumn(-1, name, "column '" + name + "' is empty on row " + SourceRows.rowNo(r));
                }
                if (!seen.add(id)) {
                    return new IdColumn(-1, name, "column '" + name + "' repeats '" + id + "'");
                }
            }
            return new IdColumn(position, name, null);
        }

        String idOf(int row, List<String> values) {
            return position < 0 ? Long.toString(SourceRows.rowNo(row)) : value(values, position);
        }

        String origin() {
            return position >= 0 ? "column '" + name + "'" : "row numbers (" + fallbackReason + ")";
        }

        private static String value(List<String> row, int position) {
            String value = position < row.size() ? row.get(position) : null;
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
