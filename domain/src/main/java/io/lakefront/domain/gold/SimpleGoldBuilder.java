package io.lakefront.domain.gold;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.PreparedColumn;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.task.TaskContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The built-in gold build: one {@code gold_customer} row per cluster, its values chosen by a
 * {@link Survivorship} ({@link RuleSurvivorship} with gold.yaml's rules unless told otherwise) with the
 * lineage of each value, the person sources' columns placed by gold.yaml's mappings or, where it
 * says nothing, by their tags ({@link GoldColumns}), and every source that
 * looks like purchases, support tickets or engagement events ({@link EventColumns}) copied into its
 * event table with the customer id of the person it refers to — its own record's cluster for a
 * person source (a support ticket with the requester's details), else through the column that
 * {@link PersonReference} finds (an order's shop customer id, an event's email address).
 * <p>
 * Event ids are the rows' record ids, prefixed with their source when two sources fill one table;
 * a repeated id is skipped (the table's key) and counted.
 */
public final class SimpleGoldBuilder implements GoldBuilder {
    static final int SAMPLE_ROWS = 1_000;
    private static final int PROGRESS_EVERY = 5_000;

    private final GoldSpec spec;
    private final Survivorship survivorship;

    public SimpleGoldBuilder() {
        this(GoldSpec.defaults());
    }

    /** Builds by gold.yaml: its mappings place the columns, its rules pick the values. */
    public SimpleGoldBuilder(GoldSpec spec) {
        this(spec, new RuleSurvivorship(spec));
    }

    public SimpleGoldBuilder(GoldSpec spec, Survivorship survivorship) {
        this.spec = spec;
        this.survivorship = survivorship;
    }

    @Override
    public GoldCounts build(GoldInput input, GoldSink sink, TaskContext context) {
        Build build = new Build(input, sink, context);
        build.events();
        build.customers();
        return build.counts();
    }

    /** One build's running state. */
    private final class Build {
        private final GoldInput input;
        private final GoldSink sink;
        private final TaskContext context;
        private final PersonIndex index;
        private final List<String> notes = new ArrayList<>();
        private final Map<EventColumns.Table, Set<String>> seenIds = new EnumMap<>(EventColumns.Table.class);
        private final Map<EventColumns.Table, Long> written = new EnumMap<>(EventColumns.Table.class);
        private final Map<Long, Map<ConsentChannel, RecordKey>> unsubscribed = new HashMap<>();
        private final long total;
        private long done;
        private long unkeyed;
        private long skipped;
        private long customers;

        Build(GoldInput input, GoldSink sink, TaskContext context) {
            this.input = input;
            this.sink = sink;
            this.context = context;
            this.index = PersonIndex.of(input.people(), input.clusterOf());
            long rows = input.people().stream().mapToLong(SourceRows::size).sum();
            this.total = 2 * rows + input.others().stream().mapToLong(EventSource::rowCount).sum();
        }

        /** Recognizes every source first, so that ids get their source prefix only where two sources share a table. */
        void events() {
            Map<EventColumns.Table, Integer> feeders = new EnumMap<>(EventColumns.Table.class);
            Map<SourceRows, EventColumns> fromPeople = new LinkedHashMap<>();
            for (SourceRows people : input.people()) {
                EventColumns.recognize(people.columns(), people.rows().subList(0, Math.min(SAMPLE_ROWS, people.size())))
                        .ifPresent(columns -> {
                            fromPeople.put(people, columns);
                            feeders.merge(columns.table(), 1, Integer::sum);
                        });
            }
            Map<EventSource, Sampled> fromOthers = new LinkedHashMap<>();
            for (EventSource other : input.others()) {
                Sampled sampled = sample(other);
                fromOthers.put(other, sampled);
                sampled.columns().ifPresent(columns -> feeders.merge(columns.table(), 1, Integer::sum));
            }
            fromPeople.forEach((people, columns) -> personEvents(people, columns, feeders.get(columns.table()) > 1));
            fromOthers.forEach((other, sampled) -> otherEvents(other, sampled,
                    sampled.columns().map(columns -> feeders.get(columns.table()) > 1).orElse(false)));
        }

        private Sampled sample(EventSource other) {
            List<List<String>> sample = new ArrayList<>();
            try (RowStream rows = other.rows().open()) {
                List<String> row;
                while (sample.size() < SAMPLE_ROWS && (row = rows.next()) != null) {
                    sample.add(row);
                }
            } catch (IOException e) {
                throw new UserError("source '" + other.source() + "': cannot read its prepared rows (" + e.getMessage() + ")", e);
            }
            return new Sampled(sample, EventColumns.recognize(other.columns(), sample));
        }

        private void personEvents(SourceRows people, EventColumns columns, boolean prefix) {
            long before = unkeyed;
            long skippedBefore = skipped;
            long count = 0;
            for (int r = 0; r < people.size(); r++) {
                Long cluster = input.clusterOf().get(people.key(r));
                String id = (prefix ? people.source() + ":" : "") + people.recordIds().get(r);
                if (write(people.source(), columns, id, cluster == null ? -1 : cluster, people.rows().get(r))) {
                    count++;
                }
                tick();
            }
            notes.add(people.source() + " -> " + columns.table().sqlName + ": " + count + " rows, customer from the "
                    + "record's own cluster (" + columns.describe(people.columns()) + ")"
                    + extra(unkeyed - before, skipped - skippedBefore));
        }

        private void otherEvents(EventSource other, Sampled sampled, boolean prefix) {
            if (sampled.columns().isEmpty()) {
                notes.add(other.source() + ": no person fields and no event table fits its columns; not used");
                done += other.rowCount();
                return;
            }
            EventColumns columns = sampled.columns().get();
            List<String> personSources = input.people().stream().map(SourceRows::source).toList();
            Optional<PersonReference> reference = PersonReference.find(other.columns(), sampled.rows(),
                    distinctRecordId(other.columns(), sampled.rows()), personSources, index);
            int idColumn = ownIdColumn(other.columns(), sampled.rows(), reference.map(PersonReference::column).orElse(-1));
            long before = unkeyed;
            long skippedBefore = skipped;
            long count = 0;
            long rowNo = 0;
            try (RowStream rows = other.rows().open()) {
                List<String> row;
                while ((row = rows.next()) != null) {
                    rowNo++;
                    String ownId = idColumn < 0 || idColumn >= row.size() || row.get(idColumn) == null
                            || row.get(idColumn).isBlank() ? Long.toString(rowNo) : row.get(idColumn).strip();
                    long cluster = reference.isPresent() ? reference.get().clusterOf(row, index) : -1;
                    if (write(other.source(), columns, (prefix ? other.source() + ":" : "") + ownId, cluster, row)) {
                        count++;
                    }
                    tick();
                }
            } catch (IOException e) {
                throw new UserError("source '" + other.source() + "': cannot read its prepared rows (" + e.getMessage() + ")", e);
            }
            notes.add(other.source() + " -> " + columns.table().sqlName + ": " + count + " rows, "
                    + reference.map(PersonReference::describe).orElse("no column refers to the people (no customer ids)")
                    + " (" + columns.describe(other.columns()) + ")" + extra(unkeyed - before, skipped - skippedBefore));
        }

        private String extra(long unkeyedRows, long skippedRows) {
            StringBuilder text = new StringBuilder();
            if (unkeyedRows > 0) {
                text.append("; ").append(unkeyedRows).append(" without a customer");
            }
            if (skippedRows > 0) {
                text.append("; ").append(skippedRows).append(" skipped (a required value missing or a repeated id)");
            }
            return text.toString();
        }

        private boolean write(String source, EventColumns columns, String id, long cluster, List<String> row) {
            String customerId = cluster < 0 ? null : CustomerIds.of(cluster);
            Object event = columns.map(id, customerId, row);
            if (event == null || !seenIds.computeIfAbsent(columns.table(), t -> new HashSet<>()).add(id)) {
                skipped++;
                return false;
            }
            if (customerId == null) {
                unkeyed++;
            }
            written.merge(columns.table(), 1L, Long::sum);
            if (event instanceof Purchase purchase) {
                sink.purchase(purchase);
            } else if (event instanceof SupportTicket ticket) {
                sink.ticket(ticket);
            } else if (event instanceof EngagementEvent engagement) {
                sink.engagement(engagement);
                if (cluster >= 0 && "unsubscribe".equals(engagement.type())) {
                    ConsentChannel channel = switch (engagement.channel()) {
                        case "email" -> ConsentChannel.EMAIL;
                        case "sms" -> ConsentChannel.SMS;
                        case "push" -> ConsentChannel.PUSH;
                        default -> null;
                    };
                    if (channel != null) {
                        // The first unsubscribe read names the withdrawal; any one is enough to withdraw.
                        unsubscribed.computeIfAbsent(cluster, c -> new EnumMap<>(ConsentChannel.class))
                                .putIfAbsent(channel, new RecordKey(source, id));
                    }
                }
            }
            return true;
        }

        void customers() {
            Map<Long, List<MemberRecord>> members = new TreeMap<>();
            Set<String> unknown = new TreeSet<>(spec.mappings().keySet());
            for (SourceRows people : input.people()) {
                unknown.remove(people.source());
                GoldColumns columns = GoldColumns.of(people.source(), people.columns(), spec);
                notes.addAll(columns.notes());
                for (int r = 0; r < people.size(); r++) {
                    RecordKey key = people.key(r);
                    Long cluster = input.clusterOf().get(key);
                    if (cluster != null) {
                        members.computeIfAbsent(cluster, c -> new ArrayList<>()).add(columns.read(key, people.rows().get(r)));
                    }
                    tick();
                }
            }
            input.others().forEach(other -> unknown.remove(other.source()));
            unknown.forEach(source -> notes.add("gold.yaml maps columns of source '" + source
                    + "', which the workspace does not have; ignored"));
            for (Map.Entry<Long, List<MemberRecord>> customer : members.entrySet()) {
                sink.customer(survivorship.merge(CustomerIds.of(customer.getKey()), customer.getValue(),
                        unsubscribed.getOrDefault(customer.getKey(), Map.of())));
                customers++;
            }
            notes.addAll(sink.finish());
            context.progress(total, total);
        }

        private void tick() {
            done++;
            if (done % PROGRESS_EVERY == 0) {
                context.checkCancelled();
                context.progress(done, total);
            }
        }

        GoldCounts counts() {
            return new GoldCounts(customers, written.getOrDefault(EventColumns.Table.PURCHASES, 0L),
                    written.getOrDefault(EventColumns.Table.SUPPORT_TICKETS, 0L),
                    written.getOrDefault(EventColumns.Table.ENGAGEMENT_EVENTS, 0L), unkeyed, skipped, notes);
        }
    }

    /** An event-only source's first rows, and the event table they fit. */
    private record Sampled(List<List<String>> rows, Optional<EventColumns> columns) {
    }

    /**
     * The column that names each event: the one tagged record id when its sampled values are all present
     * and distinct, else the first other id column that is (an order-line export whose order number was
     * taken for the record id), else none (row numbers).
     */
    static int ownIdColumn(List<PreparedColumn> columns, List<List<String>> sample, int except) {
        int best = -1;
        for (int c = 0; c < columns.size(); c++) {
            ColumnTag tag = columns.get(c).tag();
            if (c == except || tag != ColumnTag.RECORD_ID && tag != ColumnTag.OTHER_ID || !distinct(sample, c)) {
                continue;
            }
            if (tag == ColumnTag.RECORD_ID) {
                return c;
            }
            best = best < 0 ? c : best;
        }
        return best;
    }

    /** The column tagged record id when its sampled values are distinct (so it names rows, not people), else -1. */
    private static int distinctRecordId(List<PreparedColumn> columns, List<List<String>> sample) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).tag() == ColumnTag.RECORD_ID) {
                return distinct(sample, c) ? c : -1;
            }
        }
        return -1;
    }

    private static boolean distinct(List<List<String>> sample, int column) {
        Set<String> seen = new HashSet<>();
        for (List<String> row : sample) {
            String value = column < row.size() ? row.get(column) : null;
            if (value == null || value.isBlank() || !seen.add(value.strip())) {
                return false;
            }
        }
        return !seen.isEmpty();
    }

    @Override
    public String toString() {
        return "simple gold build (" + survivorship.getClass().getSimpleName().toLowerCase(Locale.ROOT) + ")";
    }
}
