package io.lakefront.ui.fakes;

import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.AudienceInsights;
import io.lakefront.domain.audience.Suppression;
import io.lakefront.domain.audience.EventMeasure;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.InterpretRequest;
import io.lakefront.domain.audience.Interpretation;
import io.lakefront.domain.audience.Operator;
import io.lakefront.domain.audience.SavedAudience;
import io.lakefront.domain.audience.SuppressionRule;
import io.lakefront.domain.audience.TimeWindow;
import io.lakefront.domain.audience.Value;
import io.lakefront.ui.audiences.AudienceComparison;
import io.lakefront.ui.audiences.AudienceCount;
import io.lakefront.ui.audiences.AudienceDesk;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Audiences screen's port over a dozen customers in memory: filters evaluated row by row (the
 * conditions the tests use), insights computed from those rows, suppression as the real desk applies
 * it ({@link Suppression}), and a small word-spotting interpreter — "in Texas", "VIPs", "in CA"
 * (asks: California or Canada?), "with email", "spent over N" — that reports the words it did not know.
 */
public final class InMemoryAudienceDesk implements AudienceDesk {
    /** One customer: the fields the fake evaluates. */
    public record Customer(String id, String region, String country, BigDecimal spend, int orders, int openTickets,
                           double churnRisk, boolean email, boolean sms, boolean push, String category, YearMonth joined) { }

    private static final Pattern SPENT = Pattern.compile("spent (?:over|more than) \\$?([0-9][0-9,]*)");

    private final List<Customer> customers = new ArrayList<>();
    private final Map<String, SavedAudience> saved = new TreeMap<>();
    private List<SuppressionRule> rules = Suppression.defaults();
    private final YearMonth now = YearMonth.of(2026, 10);
    private boolean mayEdit = true;
    private String failure;
    /** How many times words were understood (to see debouncing and refinement at work). */
    public final AtomicInteger interpretations = new AtomicInteger();

    /** No customers: the screen shows its empty state. */
    public static InMemoryAudienceDesk empty() {
        return new InMemoryAudienceDesk();
    }

    /** Twelve customers in Texas, California, Canada and New York; two with open tickets, one unsubscribed from all. */
    public static InMemoryAudienceDesk withCustomers() {
        InMemoryAudienceDesk desk = new InMemoryAudienceDesk();
        desk.add("C1", "TX", "US", "1500", 6, 0, 0.1, true, true, false, "Shoes", 2024, 3);
        desk.add("C2", "TX", "US", "2500", 9, 1, 0.2, true, false, true, "Outdoor", 2023, 5);
        desk.add("C3", "TX", "US", "300", 2, 0, 0.7, true, false, false, "Shoes", 2026, 2);
        desk.add("C4", "TX", "US", "80", 1, 0, 0.9, false, false, false, "Books", 2026, 9);
        desk.add("C5", "CA", "US", "1200", 4, 0, 0.3, true, true, true, "Outdoor", 2025, 1);
        desk.add("C6", "CA", "US", "450", 3, 0, 0.5, false, true, false, "Books", 2025, 11);
        desk.add("C7", "CA", "US", "3000", 12, 0, 0.05, true, false, false, "Shoes", 2022, 7);
        desk.add("C8", "ON", "CA", "700", 5, 1, 0.4, true, false, false, "Outdoor", 2025, 6);
        desk.add("C9", "QC", "CA", "1100", 7, 0, 0.6, false, false, true, "Books", 2026, 4);
        desk.add("C10", "NY", "US", "60", 1, 0, 0.8, true, true, true, "Books", 2026, 8);
        desk.add("C11", "NY", "US", "2000", 8, 0, 0.15, true, true, false, "Shoes", 2024, 10);
        desk.add("C12", "NY", "US", "0", 0, 0, 0.95, false, false, false, "", 2026, 10);
        return desk;
    }

    private void add(String id, String region, String country, String spend, int orders, int tickets, double risk,
                     boolean email, boolean sms, boolean push, String category, int year, int month) {
        customers.add(new Customer(id, region, country, new BigDecimal(spend), orders, tickets, risk, email, sms, push,
                category, YearMonth.of(year, month)));
    }

    public InMemoryAudienceDesk withSaved(SavedAudience audience) {
        saved.put(audience.name(), audience);
        return this;
    }

    /** The user may only look (a data steward). */
    public InMemoryAudienceDesk readOnly() {
        mayEdit = false;
        return this;
    }

    /** Reading the population fails (as with no gold table behind the analytics). */
    public InMemoryAudienceDesk failingWith(String problem) {
        failure = problem;
        return this;
    }

    @Override
    public long population() {
        if (failure != null) {
            throw new UserError(failure);
        }
        return customers.size();
    }

    /** Words read while being typed (the quick reading), as against applied ({@link #interpret}). */
    public final java.util.concurrent.atomic.AtomicInteger drafts = new java.util.concurrent.atomic.AtomicInteger();
    public final java.util.concurrent.atomic.AtomicInteger applied = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public Interpretation draft(InterpretRequest request) {
        drafts.incrementAndGet();
        return understand(request);
    }

    @Override
    public Interpretation interpret(InterpretRequest request) {
        applied.incrementAndGet();
        return understand(request);
    }

    private Interpretation understand(InterpretRequest request) {
        interpretations.incrementAndGet();
        String text = request.text();
        String lower = text.toLowerCase(Locale.ROOT);
        List<Interpretation.InterpretedCondition> conditions = new ArrayList<>();
        request.current().ifPresent(c -> c.conditions().forEach(k ->
                conditions.add(new Interpretation.InterpretedCondition("", -1, -1, k.filter(), k.description()))));
        boolean[] used = new boolean[text.length()];
        Optional<Interpretation.Question> question = Optional.empty();
        spot(text, lower, used, conditions, "in texas", Filter.compare("region", "=", "TX"), "region is TX (Texas)");
        spot(text, lower, used, conditions, "in new york", Filter.compare("region", "=", "NY"), "region is NY (New York)");
        spot(text, lower, used, conditions, "vips", Filter.compare("lifetime_spend", ">=", "1000"), "VIP: lifetime spend ≥ 1000");
        spot(text, lower, used, conditions, "with email", Filter.compare("email_opt_in", "=", "true"), "subscribed to email");
        int ca = lower.indexOf("in ca");
        if (ca >= 0 && (ca + 5 == lower.length() || !Character.isLetter(lower.charAt(ca + 5)))) {
            String answer = request.answers().get("CA");
            mark(used, ca, ca + 5);
            if ("state".equals(answer)) {
                conditions.add(new Interpretation.InterpretedCondition("in CA", ca, ca + 5,
                        Filter.compare("region", "=", "CA"), "region is CA (California)"));
            } else if ("country".equals(answer)) {
                conditions.add(new Interpretation.InterpretedCondition("in CA", ca, ca + 5,
                        Filter.compare("country", "=", "CA"), "country is CA (Canada)"));
            } else {
                question = Optional.of(new Interpretation.Question("CA", "Does “CA” mean California or Canada?",
                        List.of(new Interpretation.Choice("state", "California (state)"),
                                new Interpretation.Choice("country", "Canada (country)"))));
            }
        }
        Matcher spent = SPENT.matcher(lower);
        if (spent.find()) {
            mark(used, spent.start(), spent.end());
            conditions.add(new Interpretation.InterpretedCondition(text.substring(spent.start(), spent.end()), spent.start(),
                    spent.end(), Filter.compare("lifetime_spend", ">", spent.group(1)), "lifetime spend > " + spent.group(1).replace(",", "")));
        }
        List<String> unknown = new ArrayList<>();
        for (Matcher word = Pattern.compile("[\\p{L}0-9]+").matcher(text); word.find(); ) {
            boolean known = false;
            for (int i = word.start(); i < word.end(); i++) {
                known |= used[i];
            }
            String w = word.group().toLowerCase(Locale.ROOT);
            if (!known && !List.of("only", "those", "who", "are", "and", "customers", "the", "with").contains(w)) {
                unknown.add(word.group());
            }
        }
        Filter filter = conditions.size() == 1 ? conditions.get(0).filter()
                : new Filter.And(conditions.stream().map(Interpretation.InterpretedCondition::filter).toList());
        return new Interpretation(text, filter, conditions, unknown, question, "offline");
    }

    private static void spot(String text, String lower, boolean[] used, List<Interpretation.InterpretedCondition> into,
                             String words, Filter filter, String description) {
        int at = lower.indexOf(words);
        if (at >= 0) {
            mark(used, at, at + words.length());
            into.add(new Interpretation.InterpretedCondition(text.substring(at, at + words.length()), at, at + words.length(),
                    filter, description));
        }
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            used[i] = true;
        }
    }

    @Override
    public AudienceCount count(Filter filter) {
        long size = select(Suppression.apply(filter, rules)).size();
        long suppressed = Suppression.suppressed(filter, rules).map(f -> (long) select(f).size()).orElse(0L);
        Map<String, Long> byRule = new LinkedHashMap<>();
        for (SuppressionRule rule : rules) {
            if (rule.enabled() && suppressed > 0) {
                byRule.put(rule.name(), (long) select(Filter.and(filter, rule.filter())).size());
            }
        }
        return new AudienceCount(size, suppressed, customers.size(), byRule);
    }

    @Override
    public AudienceInsights insights(Filter filter) {
        return insightsOf(Suppression.apply(filter, rules));
    }

    private AudienceInsights insightsOf(Filter filter) {
        List<Customer> members = select(filter);
        List<AudienceInsights.MonthSize> trend = new ArrayList<>();
        for (int back = 11; back >= 0; back--) {
            YearMonth month = now.minusMonths(back);
            trend.add(new AudienceInsights.MonthSize(month, members.stream().filter(c -> !c.joined().isAfter(month)).count()));
        }
        Map<String, Long> byCategory = new TreeMap<>();
        members.stream().filter(c -> !c.category().isEmpty()).forEach(c -> byCategory.merge(c.category(), 1L, Long::sum));
        List<AudienceInsights.CategoryShare> categories = new ArrayList<>();
        byCategory.forEach((category, n) -> {
            double share = (double) n / members.size();
            double all = (double) customers.stream().filter(c -> c.category().equals(category)).count() / customers.size();
            categories.add(new AudienceInsights.CategoryShare(category, n, share, share / all * 100));
        });
        categories.sort(Comparator.comparingLong(AudienceInsights.CategoryShare::customers).reversed());
        Optional<BigDecimal> average = members.isEmpty() ? Optional.empty() : Optional.of(members.stream()
                .map(Customer::spend).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(members.size()), 2, RoundingMode.HALF_UP));
        List<AudienceInsights.RiskBand> bands = new ArrayList<>();
        for (int band = 0; band < 5; band++) {
            double low = band * 0.2;
            double high = low + 0.2;
            boolean last = band == 4;
            bands.add(new AudienceInsights.RiskBand(low, high, members.stream()
                    .filter(c -> c.churnRisk() >= low - 1e-9 && (c.churnRisk() < high - 1e-9 || last)).count()));
        }
        List<AudienceInsights.ChannelReach> reach = new ArrayList<>();
        long email = members.stream().filter(Customer::email).count();
        long sms = members.stream().filter(Customer::sms).count();
        long push = members.stream().filter(Customer::push).count();
        double n = Math.max(1, members.size());
        reach.add(new AudienceInsights.ChannelReach("email", email, email / n));
        reach.add(new AudienceInsights.ChannelReach("sms", sms, sms / n));
        reach.add(new AudienceInsights.ChannelReach("push", push, push / n));
        return new AudienceInsights(members.size(), customers.size(), trend, categories, average, bands, reach);
    }

    @Override
    public AudienceComparison compare(Filter a, Filter b) {
        Filter first = Suppression.apply(a, rules);
        Filter second = Suppression.apply(b, rules);
        return new AudienceComparison(select(Filter.and(first, second)).size(), insightsOf(first), insightsOf(second));
    }

    @Override
    public List<SavedAudience> saved() {
        return List.copyOf(saved.values());
    }

    @Override
    public SavedAudience save(SavedAudience audience) {
        requireEdit();
        saved.put(audience.name(), audience);
        return audience;
    }

    @Override
    public SavedAudience duplicate(String name) {
        requireEdit();
        SavedAudience original = saved.get(name);
        if (original == null) {
            throw new UserError("no saved audience named '" + name + "'");
        }
        String copy = name + "-copy";
        for (int n = 2; saved.containsKey(copy); n++) {
            copy = name + "-copy-" + n;
        }
        return save(new SavedAudience(copy, original.description(), original.filter()));
    }

    @Override
    public boolean delete(String name) {
        requireEdit();
        return saved.remove(name) != null;
    }

    @Override
    public List<SuppressionRule> suppressionRules() {
        return rules;
    }

    @Override
    public List<SuppressionRule> enableRule(String name, boolean enabled) {
        requireEdit();
        rules = rules.stream().map(r -> r.name().equals(name)
                ? new SuppressionRule(r.name(), r.description(), r.filter(), enabled) : r).toList();
        return rules;
    }

    @Override
    public boolean mayEdit() {
        return mayEdit;
    }

    private void requireEdit() {
        if (!mayEdit) {
            throw new UserError("sam may not edit campaigns");
        }
    }

    private List<Customer> select(Filter filter) {
        return customers.stream().filter(c -> matches(filter, c)).toList();
    }

    private static boolean matches(Filter filter, Customer c) {
        if (filter instanceof Filter.And and) {
            return and.parts().stream().allMatch(p -> matches(p, c));
        }
        if (filter instanceof Filter.Or or) {
            return or.parts().stream().anyMatch(p -> matches(p, c));
        }
        if (filter instanceof Filter.Not not) {
            return !matches(not.filter(), c);
        }
        if (filter instanceof Filter.Compare compare) {
            Object value = value(compare.field(), c);
            Object wanted = compare.value() instanceof Value.Text t ? t.value() : compare.value().sqlValue();
            int order = value instanceof BigDecimal n ? n.compareTo((BigDecimal) wanted)
                    : value instanceof Boolean b ? (b.equals(wanted) ? 0 : 1)
                    : String.valueOf(value).compareToIgnoreCase(String.valueOf(wanted));
            return test(compare.op(), order);
        }
        if (filter instanceof Filter.InSet in) {
            Object value = value(in.field(), c);
            return in.values().stream().anyMatch(v -> String.valueOf(v.sqlValue()).equalsIgnoreCase(String.valueOf(value)));
        }
        if (filter instanceof Filter.Event event) {
            BigDecimal measured;
            if (event.measure() instanceof EventMeasure.Tickets) {
                measured = BigDecimal.valueOf(c.openTickets());
            } else if (event.measure() instanceof EventMeasure.Purchases && event.window() instanceof TimeWindow.LastDays) {
                measured = BigDecimal.ZERO; // Nobody in this fake bought in the last days.
            } else {
                measured = BigDecimal.valueOf(c.orders());
            }
            return test(event.op(), measured.compareTo(event.number()));
        }
        throw new UnsupportedOperationException("the fake desk does not evaluate " + filter);
    }

    private static boolean test(Operator op, int order) {
        return switch (op) {
            case EQ -> order == 0;
            case NE -> order != 0;
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            case GE -> order >= 0;
        };
    }

    private static Object value(AudienceField field, Customer c) {
        return switch (field) {
            case REGION -> c.region();
            case COUNTRY -> c.country();
            case LIFETIME_SPEND -> c.spend();
            case ORDER_COUNT -> BigDecimal.valueOf(c.orders());
            case CHURN_RISK -> BigDecimal.valueOf(c.churnRisk());
            case EMAIL_OPT_IN -> c.email();
            case SMS_OPT_IN -> c.sms();
            case PUSH_OPT_IN -> c.push();
            case TOP_CATEGORY -> c.category();
            default -> throw new UnsupportedOperationException("the fake desk has no " + field.fieldName());
        };
    }
}
