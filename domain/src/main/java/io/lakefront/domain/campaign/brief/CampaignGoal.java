package io.lakefront.domain.campaign.brief;

import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.FilterTree;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why a campaign exists, and everything the offline generator knows about that kind of campaign: the
 * audience it usually targets, how success is measured and how much lift is a reasonable aim, how many
 * messages and how long it runs by default, and the touchpoints it draws from, in order.
 */
public enum CampaignGoal {
    WIN_BACK("win back", "lapsed customers: bought at least twice, not in the last 180 days",
            Map.of("all", List.of(
                    Map.of("field", "order_count", "op", ">=", "value", 2),
                    Map.of("field", "days_since_last_order", "op", ">", "value", 180))),
            MetricKind.REACTIVATION_RATE, 30, 0.40, 3, false, 45, List.of(
            new Template(Channel.EMAIL, TriggerKind.ENTRY, 0, "We miss you: picks from the categories you used to buy",
                    List.of("first_name", "top_category", "last_order_at"),
                    "Lapsed buyers answer a personal reminder of what they liked better than a generic offer."),
            new Template(Channel.SMS, TriggerKind.NO_RESPONSE, 7, "A time-limited offer to come back",
                    List.of("first_name", "top_category"),
                    "An incentive only for those the note did not bring back, so margin is not spent on those who return anyway."),
            new Template(Channel.EMAIL, TriggerKind.NO_RESPONSE, 7, "Last call: the offer ends soon",
                    List.of("first_name"),
                    "A deadline converts the undecided; after it the campaign stops rather than nag."),
            new Template(Channel.PUSH, TriggerKind.AFTER_PREVIOUS, 14, "What is new since your last visit",
                    List.of("top_category"),
                    "A low-pressure nudge on a second channel for those who still read the app."))),
    WELCOME("welcome", "customers who joined in the last 30 days",
            Map.of("field", "created_at", "op", "within", "window", Map.of("last_days", 30)),
            MetricKind.CONVERSION_RATE, 30, 0.25, 3, true, 0, List.of(
            new Template(Channel.EMAIL, TriggerKind.ENTRY, 0, "Thank you for joining: what the shop stands for",
                    List.of("first_name"),
                    "The first message after sign-up is the most read one; it sets expectations instead of selling."),
            new Template(Channel.EMAIL, TriggerKind.AFTER_PREVIOUS, 4, "A guide to the categories you browsed",
                    List.of("first_name", "top_category"),
                    "Relevance early on turns a sign-up into a first order."),
            new Template(Channel.PUSH, TriggerKind.AFTER_PREVIOUS, 5, "Join the loyalty programme",
                    List.of("loyalty_tier"),
                    "The loyalty invitation comes once the customer has seen what is on offer."),
            new Template(Channel.EMAIL, TriggerKind.NO_RESPONSE, 5, "A welcome offer on the first order",
                    List.of("first_name"),
                    "Only those who have not bought yet get an incentive."))),
    CROSS_SELL("cross-sell", "customers who bought in the last 90 days",
            Map.of("event", "purchases", "measure", "count", "window", Map.of("last_days", 90), "op", ">=", "number", 1),
            MetricKind.REPURCHASE_RATE, 30, 0.20, 2, false, 30, List.of(
            new Template(Channel.EMAIL, TriggerKind.ENTRY, 0, "Goes well with what you bought",
                    List.of("first_name", "top_category"),
                    "Recommendations next to a recent purchase are the most relevant a shop can make."),
            new Template(Channel.PUSH, TriggerKind.NO_RESPONSE, 5, "Still thinking about it?",
                    List.of("top_category"),
                    "A short reminder to those who did not open the recommendations."),
            new Template(Channel.EMAIL, TriggerKind.AFTER_PREVIOUS, 10, "Customers like you also chose",
                    List.of("first_name", "top_category", "lifetime_spend"),
                    "Social proof for a second category."))),
    RETAIN("retain", "active customers with a high churn risk",
            Map.of("all", List.of(
                    Map.of("field", "churn_risk", "op", ">=", "value", 0.6),
                    Map.of("field", "days_since_last_order", "op", "<=", "value", 180))),
            MetricKind.REPURCHASE_RATE, 45, 0.15, 2, true, 0, List.of(
            new Template(Channel.EMAIL, TriggerKind.ENTRY, 0, "Thank you: what your membership gives you",
                    List.of("first_name", "loyalty_tier", "lifetime_spend"),
                    "Customers at risk are reminded of the value they already have before any discount."),
            new Template(Channel.SMS, TriggerKind.NO_RESPONSE, 10, "A personal perk for your next order",
                    List.of("first_name", "top_category"),
                    "A perk for those who did not react, on the channel they read fastest."),
            new Template(Channel.EMAIL, TriggerKind.AFTER_PREVIOUS, 14, "Tell us how we are doing",
                    List.of("first_name"),
                    "Asking for feedback surfaces problems that drive churn."))),
    ANNOUNCE("announce", "silver, gold and platinum loyalty members who bought in the last year",
            Map.of("all", List.of(
                    Map.of("field", "loyalty_tier", "op", "in", "values", List.of("silver", "gold", "platinum")),
                    Map.of("event", "purchases", "measure", "count", "window", Map.of("last_days", 365), "op", ">=", "number", 1))),
            MetricKind.CLICK_RATE, 14, 0.20, 2, false, 14, List.of(
            new Template(Channel.EMAIL, TriggerKind.ENTRY, 0, "First look at the new collection",
                    List.of("first_name", "top_category"),
                    "The announcement itself, a day before everyone else."),
            new Template(Channel.PUSH, TriggerKind.AFTER_PREVIOUS, 2, "It is live: shop it now",
                    List.of("top_category"),
                    "A short nudge when the collection opens."),
            new Template(Channel.SMS, TriggerKind.NO_RESPONSE, 3, "Last days of early access",
                    List.of("first_name"),
                    "A final reminder to those who have not looked yet.")));

    private final String label;
    private final String audience;
    private final Map<String, Object> audienceTree;
    private final MetricKind metric;
    private final int metricWindowDays;
    private final double lift;
    private final int messages;
    private final boolean alwaysOn;
    private final int durationDays;
    private final List<Template> templates;

    CampaignGoal(String label, String audience, Map<String, Object> audienceTree, MetricKind metric, int metricWindowDays,
                 double lift, int messages, boolean alwaysOn, int durationDays, List<Template> templates) {
        this.label = label;
        this.audience = audience;
        this.audienceTree = audienceTree;
        this.metric = metric;
        this.metricWindowDays = metricWindowDays;
        this.lift = lift;
        this.messages = messages;
        this.alwaysOn = alwaysOn;
        this.durationDays = durationDays;
        this.templates = templates;
    }

    /** "win back": the word in files, the command line and {@link io.lakefront.domain.campaign.Campaign#goal()}. */
    public String label() {
        return label;
    }

    /** The audience such campaigns usually target, in words. */
    public String defaultAudience() {
        return audience;
    }

    /** The filter of {@link #defaultAudience()}. */
    public Filter defaultFilter() {
        return FilterTree.read(audienceTree);
    }

    public MetricKind metric() {
        return metric;
    }

    public int metricWindowDays() {
        return metricWindowDays;
    }

    /** The relative improvement over the baseline the generator aims for (0.4: 40% better). */
    public double lift() {
        return lift;
    }

    public int defaultMessages() {
        return messages;
    }

    public boolean defaultAlwaysOn() {
        return alwaysOn;
    }

    /** How long a campaign with an end runs by default. */
    public int defaultDurationDays() {
        return durationDays == 0 ? 30 : durationDays;
    }

    /** The touchpoints such a campaign draws from, in order; at most this many messages. */
    public List<Template> templates() {
        return templates;
    }

    /** The goal of {@code text}: its label or name, any case ({@code win back}, {@code WIN_BACK}, {@code win-back}). */
    public static CampaignGoal parse(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (CampaignGoal goal : values()) {
            if (goal.name().equals(key)) {
                return goal;
            }
        }
        throw new UserError("unknown goal '" + (text == null ? "" : text.strip())
                + "' (win back, welcome, cross-sell, retain, announce)");
    }

    /** A touchpoint the generator may use: the channel it prefers, its trigger, theme, signals and why. */
    public record Template(Channel channel, TriggerKind trigger, int delayDays, String theme, List<String> signals,
                           String rationale) {
    }
}
