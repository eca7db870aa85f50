package io.lakefront.domain.gold;

import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.HeaderWords;
import io.lakefront.domain.prep.PreparedColumn;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which event table of CONTRACTS.md §3 a prepared source fills, and from which columns, decided from
 * the tags, the headers' words and the sampled values:
 * <ul>
 *   <li>{@code purchases}: a money column, a timestamp (or date) and a product, category or quantity;</li>
 *   <li>{@code engagement_events}: a column whose values are channels (email, sms, push, web), one whose
 *       values are event types (sent, delivered, open, click, unsubscribe, bounce, visit) and a timestamp;</li>
 *   <li>{@code support_tickets}: a column whose values are ticket statuses (open, pending, closed and
 *       their usual synonyms) and a timestamp.</li>
 * </ul>
 * "Whose values are" means at least {@value #VOCABULARY_SHARE} of the sampled non-empty values.
 */
final class EventColumns {
    static final double VOCABULARY_SHARE = 0.8;

    enum Table {
        PURCHASES("purchases"), SUPPORT_TICKETS("support_tickets"), ENGAGEMENT_EVENTS("engagement_events");

        final String sqlName;

        Table(String sqlName) {
            this.sqlName = sqlName;
        }
    }

    static final Map<String, String> CHANNELS = Map.ofEntries(Map.entry("email", "email"), Map.entry("e-mail", "email"),
            Map.entry("mail", "email"), Map.entry("sms", "sms"), Map.entry("text", "sms"), Map.entry("push", "push"),
            Map.entry("app", "push"), Map.entry("web", "web"), Map.entry("website", "web"), Map.entry("site", "web"),
            Map.entry("online", "web"));
    static final Map<String, String> EVENT_TYPES = Map.ofEntries(Map.entry("sent", "sent"), Map.entry("send", "sent"),
            Map.entry("delivered", "delivered"), Map.entry("delivery", "delivered"), Map.entry("open", "open"),
            Map.entry("opened", "open"), Map.entry("click", "click"), Map.entry("clicked", "click"),
            Map.entry("unsubscribe", "unsubscribe"), Map.entry("unsubscribed", "unsubscribe"),
            Map.entry("opt-out", "unsubscribe"), Map.entry("bounce", "bounce"), Map.entry("bounced", "bounce"),
            Map.entry("visit", "visit"), Map.entry("pageview", "visit"), Map.entry("page view", "visit"),
            Map.entry("session", "visit"));
    static final Map<String, String> STATUSES = Map.ofEntries(Map.entry("open", "open"), Map.entry("new", "open"),
            Map.entry("opened", "open"), Map.entry("reopened", "open"), Map.entry("pending", "pending"),
            Map.entry("on hold", "pending"), Map.entry("hold", "pending"), Map.entry("waiting", "pending"),
            Map.entry("in progress", "pending"), Map.entry("closed", "closed"), Map.entry("solved", "closed"),
            Map.entry("resolved", "closed"), Map.entry("done", "closed"));

    private static final Set<String> AMOUNT_WORDS = Set.of("amount", "total", "revenue", "value", "sum", "paid", "price");
    private static final Set<String> OPENED_WORDS = Set.of("opened", "open", "created", "submitted", "received", "reported");
    private static final Set<String> CLOSED_WORDS = Set.of("closed", "close", "resolved", "solved");
    private static final Set<String> TOPIC_WORDS = Set.of("topic", "subject", "reason", "category", "issue", "type");
    private static final Set<ColumnTag> LABELS = Set.of(ColumnTag.CATEGORY, ColumnTag.TEXT, ColumnTag.UNKNOWN,
            ColumnTag.OTHER_ID);

    private final Table table;
    private final int time;
    private final int[] extra;

    private EventColumns(Table table, int time, int... extra) {
        this.table = table;
        this.time = time;
        this.extra = extra;
    }

    Table table() {
        return table;
    }

    /** The table the source fills, or empty when it looks like none of them. */
    static Optional<EventColumns> recognize(List<PreparedColumn> columns, List<List<String>> sample) {
        int time = first(columns, Set.of(ColumnTag.TIMESTAMP), Set.of());
        if (time < 0) {
            time = first(columns, Set.of(ColumnTag.DATE), Set.of());
        }
        if (time < 0) {
            return Optional.empty();
        }
        int money = amountColumn(columns);
        int product = first(columns, Set.of(ColumnTag.PRODUCT), Set.of());
        int category = first(columns, Set.of(ColumnTag.CATEGORY), Set.of());
        int quantity = first(columns, Set.of(ColumnTag.QUANTITY), Set.of());
        if (money >= 0 && (product >= 0 || category >= 0 || quantity >= 0)) {
            int order = withWords(columns, Set.of(ColumnTag.OTHER_ID, ColumnTag.RECORD_ID), Set.of("order"), -1);
            int currency = first(columns, Set.of(ColumnTag.CURRENCY), Set.of());
            return Optional.of(new EventColumns(Table.PURCHASES, time, order, category, product, quantity, money, currency));
        }
        int channel = vocabularyColumn(columns, sample, CHANNELS, -1);
        int type = channel < 0 ? -1 : vocabularyColumn(columns, sample, EVENT_TYPES, channel);
        if (channel >= 0 && type >= 0) {
            int campaign = withWords(columns, Set.of(ColumnTag.OTHER_ID, ColumnTag.CATEGORY, ColumnTag.TEXT,
                    ColumnTag.UNKNOWN), Set.of("campaign"), -1);
            return Optional.of(new EventColumns(Table.ENGAGEMENT_EVENTS, time, channel, type, campaign));
        }
        int status = vocabularyColumn(columns, sample, STATUSES, -1);
        if (status >= 0) {
            Set<ColumnTag> times = Set.of(ColumnTag.TIMESTAMP, ColumnTag.DATE);
            int opened = withWords(columns, times, OPENED_WORDS, -1);
            opened = opened < 0 ? time : opened;
            int closed = withWords(columns, times, CLOSED_WORDS, opened);
            int topic = withWords(columns, Set.of(ColumnTag.CATEGORY, ColumnTag.TEXT), TOPIC_WORDS, status);
            if (topic < 0) {
                topic = firstOther(columns, Set.of(ColumnTag.CATEGORY, ColumnTag.TEXT), status);
            }
            return Optional.of(new EventColumns(Table.SUPPORT_TICKETS, opened, closed, status, topic));
        }
        return Optional.empty();
    }

    /** In words, for the run's notes: {@code ordered_at -> purchased_at, amount -> amount, ...}. */
    String describe(List<PreparedColumn> columns) {
        List<String> parts = new ArrayList<>();
        List<String> targets = switch (table) {
            case PURCHASES -> List.of("order_id", "category", "product", "quantity", "amount", "currency");
            case ENGAGEMENT_EVENTS -> List.of("channel", "type", "campaign_id");
            case SUPPORT_TICKETS -> List.of("closed_at", "status", "topic");
        };
        parts.add("'" + columns.get(time).name() + "' -> " + switch (table) {
            case PURCHASES -> "purchased_at";
            case ENGAGEMENT_EVENTS -> "occurred_at";
            case SUPPORT_TICKETS -> "opened_at";
        });
        for (int i = 0; i < extra.length; i++) {
            if (extra[i] >= 0) {
                parts.add("'" + columns.get(extra[i]).name() + "' -> " + targets.get(i));
            }
        }
        return String.join(", ", parts);
    }

    /** The row as an event of the table, or {@code null} when a value the table requires is missing. */
    Object map(String id, String customerId, List<String> row) {
        Instant at = GoldColumns.instant(value(row, time));
        if (at == null) {
            return null;
        }
        return switch (table) {
            case PURCHASES -> purchase(id, customerId, at, row);
            case ENGAGEMENT_EVENTS -> {
                String channel = mapped(CHANNELS, value(row, extra[0]));
                String type = mapped(EVENT_TYPES, value(row, extra[1]));
                yield channel == null || type == null ? null
                        : new EngagementEvent(id, customerId, at, channel, type, value(row, extra[2]));
            }
            case SUPPORT_TICKETS -> {
                String status = mapped(STATUSES, value(row, extra[1]));
                yield status == null ? null : new SupportTicket(id, customerId, at,
                        GoldColumns.instant(value(row, extra[0])), status, value(row, extra[2]));
            }
        };
    }

    private Purchase purchase(String id, String customerId, Instant at, List<String> row) {
        BigDecimal amount = decimal(value(row, extra[4]));
        if (amount == null) {
            return null;
        }
        int quantity = 1;
        String written = value(row, extra[3]);
        if (written != null) {
            try {
                quantity = new BigDecimal(written.replace(",", "")).intValueExact();
            } catch (ArithmeticException | NumberFormatException notWhole) {
                quantity = 1;
            }
        }
        String currency = value(row, extra[5]);
        currency = currency != null && currency.matches("[A-Za-z]{3}") ? currency.toUpperCase(Locale.ROOT) : null;
        return new Purchase(id, value(row, extra[0]), customerId, at, value(row, extra[1]), value(row, extra[2]),
                quantity, amount, currency);
    }

    /** A channel / type / status in the table's words, or {@code null}. */
    static String mapped(Map<String, String> vocabulary, String value) {
        if (value == null) {
            return null;
        }
        String key = value.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String found = vocabulary.get(key);
        return found != null ? found : vocabulary.get(key.replace('_', ' '));
    }

    private static BigDecimal decimal(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String value(List<String> row, int position) {
        if (position < 0 || position >= row.size()) {
            return null;
        }
        String value = row.get(position);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int amountColumn(List<PreparedColumn> columns) {
        int named = withWords(columns, Set.of(ColumnTag.MONEY), AMOUNT_WORDS, -1);
        int last = -1;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).tag() == ColumnTag.MONEY) {
                last = c;
                List<String> words = words(columns.get(c));
                // "amount" or "total" beats "unit price"
                if (words.contains("amount") || words.contains("total")) {
                    return c;
                }
            }
        }
        return named >= 0 ? named : last;
    }

    private static int vocabularyColumn(List<PreparedColumn> columns, List<List<String>> sample,
                                        Map<String, String> vocabulary, int except) {
        for (int c = 0; c < columns.size(); c++) {
            if (c == except || !LABELS.contains(columns.get(c).tag())) {
                continue;
            }
            final int column = c;
            if (share(sample, row -> value(row, column), value -> mapped(vocabulary, value) != null) >= VOCABULARY_SHARE) {
                return c;
            }
        }
        return -1;
    }

    private static double share(List<List<String>> sample, Function<List<String>, String> read,
                                java.util.function.Predicate<String> fits) {
        int present = 0;
        int fitting = 0;
        for (List<String> row : sample) {
            String value = read.apply(row);
            if (value != null) {
                present++;
                if (fits.test(value)) {
                    fitting++;
                }
            }
        }
        return present == 0 ? 0 : (double) fitting / present;
    }

    private static int first(List<PreparedColumn> columns, Set<ColumnTag> tags, Set<Integer> except) {
        for (int c = 0; c < columns.size(); c++) {
            if (tags.contains(columns.get(c).tag()) && !except.contains(c)) {
                return c;
            }
        }
        return -1;
    }

    private static int firstOther(List<PreparedColumn> columns, Set<ColumnTag> tags, int except) {
        return first(columns, tags, Set.of(except));
    }

    private static int withWords(List<PreparedColumn> columns, Set<ColumnTag> tags, Set<String> wanted, int except) {
        for (int c = 0; c < columns.size(); c++) {
            if (c != except && tags.contains(columns.get(c).tag()) && words(columns.get(c)).stream().anyMatch(wanted::contains)) {
                return c;
            }
        }
        return -1;
    }

    private static List<String> words(PreparedColumn column) {
        return HeaderWords.words(HeaderWords.normalize(column.name()));
    }
}
