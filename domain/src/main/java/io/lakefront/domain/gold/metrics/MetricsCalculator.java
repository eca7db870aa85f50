package io.lakefront.domain.gold.metrics;

import io.lakefront.domain.gold.EngagementEvent;
import io.lakefront.domain.gold.GoldCustomer;
import io.lakefront.domain.gold.Purchase;
import io.lakefront.domain.gold.SupportTicket;
import io.lakefront.domain.task.TaskContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes every {@code customer_metrics} column for every gold customer as of one moment, from the
 * gold row and the customer's purchases, tickets and engagement events; anything after the moment
 * is ignored, so a fixed {@code --as-of} gives the same metrics every time. Pure: the caller reads
 * and writes the tables.
 */
public final class MetricsCalculator {
    /** The window of {@code email_opens_30d} and {@code email_clicks_30d}. */
    public static final int RECENT_DAYS = 30;
    /**
     * How many of the population's interactions a customer's own hours are weighed against: with
     * few interactions of their own, the preferred hour leans to the hour most customers use.
     */
    public static final double HOUR_PRIOR_WEIGHT = 3;
    /** Channel order when counts and recency tie, and the fallback order among consented channels. */
    static final List<String> CHANNELS = List.of("email", "sms", "push", "web");
    private static final int PROGRESS_EVERY = 1_000;

    /** The metrics and the churn model they were scored with. */
    public record Computed(List<CustomerMetrics> metrics, ChurnModel model) {
    }

    public Computed compute(MetricsInput input, Instant asOf, TaskContext context) {
        Map<String, CustomerActivity> customers = CustomerActivity.group(input);
        context.checkCancelled();
        ChurnModel model = ChurnModel.learn(customers.values(), asOf.minus(Duration.ofDays(ChurnModel.HORIZON_DAYS)));
        context.checkCancelled();
        double[] population = populationHours(customers.values(), asOf);
        List<CustomerMetrics> metrics = new ArrayList<>(customers.size());
        long done = 0;
        for (CustomerActivity customer : customers.values()) {
            metrics.add(metrics(customer, asOf, model, population));
            if (++done % PROGRESS_EVERY == 0) {
                context.checkCancelled();
                context.progress(done, customers.size());
            }
        }
        context.progress(customers.size(), customers.size());
        return new Computed(metrics, model);
    }

    static CustomerMetrics metrics(CustomerActivity activity, Instant asOf, ChurnModel model, double[] population) {
        GoldCustomer customer = activity.customer;
        BigDecimal spend = BigDecimal.ZERO;
        Set<String> orders = new HashSet<>();
        Map<String, BigDecimal> spendByCategory = new HashMap<>();
        Instant first = null;
        Instant last = null;
        for (Purchase p : activity.purchases) {
            if (p.purchasedAt().isAfter(asOf)) {
                break;
            }
            spend = spend.add(p.amount());
            orders.add(CustomerActivity.orderOf(p));
            if (p.category() != null && !p.category().isBlank()) {
                spendByCategory.merge(p.category(), p.amount(), BigDecimal::add);
            }
            first = first == null ? p.purchasedAt() : first;
            last = p.purchasedAt();
        }
        BigDecimal average = orders.isEmpty() ? null
                : spend.divide(BigDecimal.valueOf(orders.size()), CustomerMetrics.MONEY_SCALE, RoundingMode.HALF_EVEN);
        Integer daysSince = last == null ? null : (int) ChronoUnit.DAYS.between(last, asOf);

        int open = 0;
        for (SupportTicket t : activity.tickets) {
            if (!t.openedAt().isAfter(asOf) && openAt(t, asOf)) {
                open++;
            }
        }
        Instant recent = asOf.minus(Duration.ofDays(RECENT_DAYS));
        int opens = 0;
        int clicks = 0;
        Instant engaged = null;
        for (EngagementEvent e : activity.events) {
            if (e.occurredAt().isAfter(asOf)) {
                break;
            }
            if (!CustomerActivity.INTERACTIONS.contains(e.type())) {
                continue;
            }
            engaged = e.occurredAt();
            if (e.channel().equals("email") && e.occurredAt().isAfter(recent)) {
                opens += e.type().equals("open") ? 1 : 0;
                clicks += e.type().equals("click") ? 1 : 0;
            }
        }
        double[] features = ChurnFeatures.of(activity, asOf);
        if (features == null) {
            // Created after "now" (a clock set back): scored as they were when first known.
            features = ChurnFeatures.of(activity, activity.knownSince());
        }
        double risk = model.risk(features);
        return new CustomerMetrics(customer.customerId(), spend, orders.size(), average, first, last, daysSince,
                topCategory(spendByCategory), open, opens, clicks, engaged, risk, preferredChannel(activity, asOf),
                preferredHour(activity, asOf, population), asOf);
    }

    /**
     * Open as of {@code at}: status {@code open} or {@code pending} and not closed by then, or
     * closed only after {@code at} (a ticket closed later was still open then).
     */
    static boolean openAt(SupportTicket t, Instant at) {
        if (t.closedAt() != null) {
            return t.closedAt().isAfter(at);
        }
        return t.status().equals("open") || t.status().equals("pending");
    }

    /** The category with the highest spend; on a tie the alphabetically first. */
    static String topCategory(Map<String, BigDecimal> spendByCategory) {
        String top = null;
        BigDecimal best = null;
        for (Map.Entry<String, BigDecimal> e : spendByCategory.entrySet()) {
            int c = best == null ? 1 : e.getValue().compareTo(best);
            if (c > 0 || c == 0 && e.getKey().compareTo(top) < 0) {
                top = e.getKey();
                best = e.getValue();
            }
        }
        return top;
    }

    /**
     * The channel the customer interacts on most (opens, clicks and visits by their channel; a
     * order counts once for web), among those they may be contacted on: email, sms and push only with
     * the gold opt-in set to true, web always. Ties go to the more recently used channel, then to the
     * order email, sms, push, web. Without interactions on an allowed channel: the first channel in
     * that order the customer opted in to, else none.
     */
    static String preferredChannel(CustomerActivity activity, Instant asOf) {
        GoldCustomer c = activity.customer;
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Instant> latest = new HashMap<>();
        for (EngagementEvent e : activity.events) {
            if (e.occurredAt().isAfter(asOf)) {
                break;
            }
            if (CustomerActivity.INTERACTIONS.contains(e.type())) {
                counts.merge(e.channel(), 1, Integer::sum);
                latest.merge(e.channel(), e.occurredAt(), MetricsCalculator::later);
            }
        }
        Set<String> orders = new HashSet<>();
        for (Purchase p : activity.purchases) {
            if (p.purchasedAt().isAfter(asOf)) {
                break;
            }
            if (!orders.add(CustomerActivity.orderOf(p))) {
                continue;
            }
            counts.merge("web", 1, Integer::sum);
            latest.merge("web", p.purchasedAt(), MetricsCalculator::later);
        }
        String best = null;
        for (String channel : CHANNELS) {
            if (!allowed(c, channel) || !counts.containsKey(channel)) {
                continue;
            }
            if (best == null || counts.get(channel) > counts.get(best)
                    || counts.get(channel).equals(counts.get(best)) && latest.get(channel).isAfter(latest.get(best))) {
                best = channel;
            }
        }
        if (best != null) {
            return best;
        }
        for (String channel : List.of("email", "sms", "push")) {
            if (allowed(c, channel)) {
                return channel;
            }
        }
        return null;
    }

    static boolean allowed(GoldCustomer c, String channel) {
        return switch (channel) {
            case "email" -> Boolean.TRUE.equals(c.emailOptIn());
            case "sms" -> Boolean.TRUE.equals(c.smsOptIn());
            case "push" -> Boolean.TRUE.equals(c.pushOptIn());
            default -> true;
        };
    }

    /** The local hours (0..23) of the customer's own actions up to {@code asOf}: orders (once each, whatever their lines), tickets opened, opens, clicks, visits. */
    static int[] localHours(CustomerActivity activity, Instant asOf) {
        ZoneId zone = LocalZones.of(activity.customer.country(), activity.customer.region());
        int[] hours = new int[24];
        Set<String> orders = new HashSet<>();
        for (Purchase p : activity.purchases) {
            if (p.purchasedAt().isAfter(asOf)) {
                break;
            }
            if (orders.add(CustomerActivity.orderOf(p))) {
                hours[p.purchasedAt().atZone(zone).getHour()]++;
            }
        }
        for (SupportTicket t : activity.tickets) {
            if (t.openedAt().isAfter(asOf)) {
                break;
            }
            hours[t.openedAt().atZone(zone).getHour()]++;
        }
        for (EngagementEvent e : activity.events) {
            if (e.occurredAt().isAfter(asOf)) {
                break;
            }
            if (CustomerActivity.INTERACTIONS.contains(e.type())) {
                hours[e.occurredAt().atZone(zone).getHour()]++;
            }
        }
        return hours;
    }

    /** Each local hour's share of all customers' interactions; all zero when nobody interacted. */
    static double[] populationHours(Collection<CustomerActivity> customers, Instant asOf) {
        double[] shares = new double[24];
        long total = 0;
        for (CustomerActivity customer : customers) {
            int[] hours = localHours(customer, asOf);
            for (int h = 0; h < 24; h++) {
                shares[h] += hours[h];
                total += hours[h];
            }
        }
        for (int h = 0; h < 24; h++) {
            shares[h] = total == 0 ? 0 : shares[h] / total;
        }
        return shares;
    }

    /**
     * The hour with the most interactions after adding {@link #HOUR_PRIOR_WEIGHT} interactions spread
     * like the population's; ties go to the hour the population uses more, then to the earlier hour.
     * {@code null} when neither the customer nor anybody else interacted.
     */
    static Integer preferredHour(CustomerActivity activity, Instant asOf, double[] population) {
        int[] own = localHours(activity, asOf);
        Integer best = null;
        double bestScore = 0;
        for (int h = 0; h < 24; h++) {
            double score = own[h] + HOUR_PRIOR_WEIGHT * population[h];
            if (score > 0 && (best == null || score > bestScore + 1e-12
                    || Math.abs(score - bestScore) <= 1e-12 && population[h] > population[best])) {
                best = h;
                bestScore = score;
            }
        }
        return best;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
