package io.lakefront.domain.campaign.brief;

import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.FilterTree;
import io.lakefront.domain.campaign.CampaignStatus;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A brief as a plain tree of maps, lists and scalars: the one shape behind {@code campaigns/NAME.yaml},
 * its versions, the diff and a language model's answer. The campaign list's keys ({@code name, goal,
 * status, audience, channels, summary, start_date, end_date}) stay where they were, so a brief file is
 * still a campaign file. Reading checks everything the records check and names where a problem is
 * ({@code touchpoints[1].channel: unknown channel 'fax'}, counting from 0), for the file reader to turn
 * into a line and column. Keys other than {@link #KEYS} at the top level belong to other parts of
 * Lakefront and are left alone; inside the sections every key must be known.
 */
public final class BriefTree {
    /** The keys of a brief file in the order they are written. */
    public static final List<String> KEYS = List.of("name", "goal", "status", "version", "audience", "saved_audience",
            "audience_filter", "channels", "summary", "start_date", "end_date", "send_hour", "metric", "touchpoints",
            "guardrails", "signals", "assumptions", "approved_by", "approved_at");

    private BriefTree() {
    }

    /** True when a campaign file's tree holds a brief, not only the campaign list's keys (files from before briefs). */
    public static boolean holdsBrief(Map<?, ?> tree) {
        return tree.containsKey("touchpoints") || tree.containsKey("metric") || tree.containsKey("audience_filter");
    }

    public static Map<String, Object> write(CampaignBrief brief) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", brief.name());
        node.put("goal", brief.goal().label());
        node.put("status", brief.status().name().toLowerCase(Locale.ROOT));
        node.put("version", brief.version());
        node.put("audience", brief.audience().description());
        if (brief.audience().savedName() != null) {
            node.put("saved_audience", brief.audience().savedName());
        }
        node.put("audience_filter", FilterTree.write(brief.audience().filter()));
        node.put("channels", brief.channels().stream().map(Channel::code).toList());
        node.put("summary", brief.summary());
        node.put("start_date", brief.schedule().start().toString());
        if (brief.schedule().end() != null) {
            node.put("end_date", brief.schedule().end().toString());
        }
        node.put("send_hour", brief.schedule().sendHour());
        Map<String, Object> metric = new LinkedHashMap<>();
        metric.put("kind", brief.metric().kind().name().toLowerCase(Locale.ROOT));
        metric.put("baseline", brief.metric().baseline());
        metric.put("target", brief.metric().target());
        metric.put("window_days", brief.metric().windowDays());
        node.put("metric", metric);
        List<Object> touchpoints = new ArrayList<>();
        for (Touchpoint t : brief.touchpoints()) {
            Map<String, Object> tp = new LinkedHashMap<>();
            tp.put("channel", t.channel().code());
            tp.put("trigger", t.trigger().kind().code());
            tp.put("delay_days", t.trigger().delayDays());
            tp.put("theme", t.theme());
            tp.put("signals", t.signals());
            tp.put("rationale", t.rationale());
            if (!t.variants().isEmpty()) {
                List<Object> variants = new ArrayList<>();
                for (Variant v : t.variants()) {
                    Map<String, Object> vn = new LinkedHashMap<>();
                    vn.put("name", v.name());
                    vn.put("description", v.description());
                    vn.put("weight", v.weight());
                    variants.add(vn);
                }
                tp.put("variants", variants);
            }
            touchpoints.add(tp);
        }
        node.put("touchpoints", touchpoints);
        Guardrails g = brief.guardrails();
        Map<String, Object> guardrails = new LinkedHashMap<>();
        guardrails.put("overall_cap", g.overallCap());
        guardrails.put("cap_window_days", g.capWindowDays());
        if (!g.channelCaps().isEmpty()) {
            Map<String, Object> caps = new LinkedHashMap<>();
            g.channelCaps().forEach((channel, cap) -> caps.put(channel.code(), cap));
            guardrails.put("channel_caps", caps);
        }
        guardrails.put("quiet_start", g.quietStart());
        guardrails.put("quiet_end", g.quietEnd());
        guardrails.put("opt_outs", "always");
        guardrails.put("suppress_open_tickets", g.suppressOpenTickets());
        guardrails.put("suppress_converters_days", g.suppressConvertersDays());
        node.put("guardrails", guardrails);
        node.put("signals", brief.signals());
        node.put("assumptions", brief.assumptions());
        if (brief.approvedBy() != null) {
            node.put("approved_by", brief.approvedBy());
        }
        if (brief.approvedAt() != null) {
            node.put("approved_at", brief.approvedAt().toString());
        }
        return node;
    }

    /** The brief a tree describes; a {@link UserError} names the first problem and its path. */
    public static CampaignBrief read(Map<?, ?> tree) {
        String name = text(tree, "name", "name");
        CampaignGoal goal = at("goal", () -> CampaignGoal.parse(text(tree, "goal", "goal")));
        CampaignStatus status = tree.get("status") == null ? CampaignStatus.DRAFT
                : at("status", () -> status(text(tree, "status", "status")));
        int version = tree.get("version") == null ? 0 : whole(tree.get("version"), "version");
        String description = tree.get("audience") == null ? "" : text(tree, "audience", "audience");
        String saved = tree.get("saved_audience") == null ? null : text(tree, "saved_audience", "saved_audience");
        if (tree.get("audience_filter") == null) {
            throw new UserError("audience_filter: missing (the filter that selects the audience)");
        }
        Filter filter;
        try {
            filter = FilterTree.read(tree.get("audience_filter"));
        } catch (UserError problem) {
            String message = problem.getMessage();
            throw new UserError("audience_filter" + (message.startsWith("filter") ? message.substring("filter".length())
                    : ": " + message));
        }
        List<Channel> channels = new ArrayList<>();
        List<?> channelItems = list(tree.get("channels"), "channels");
        for (int i = 0; i < channelItems.size(); i++) {
            Object item = channelItems.get(i);
            channels.add(at("channels[" + i + "]", () -> Channel.parse(scalar(item, "channels"))));
        }
        LocalDate start = date(tree.get("start_date"), "start_date");
        if (start == null) {
            throw new UserError("start_date: missing");
        }
        LocalDate end = date(tree.get("end_date"), "end_date");
        int hour = tree.get("send_hour") == null ? DraftBrief.DEFAULT_SEND_HOUR : whole(tree.get("send_hour"), "send_hour");
        Schedule schedule = at("end_date", () -> new Schedule(start, end, hour));
        SuccessMetric metric = metric(map(tree.get("metric"), "metric"));
        List<Touchpoint> touchpoints = new ArrayList<>();
        List<?> items = list(tree.get("touchpoints"), "touchpoints");
        for (int i = 0; i < items.size(); i++) {
            touchpoints.add(touchpoint(map(items.get(i), "touchpoints[" + i + "]"), "touchpoints[" + i + "]"));
        }
        Guardrails guardrails = tree.get("guardrails") == null ? Guardrails.defaults()
                : guardrails(map(tree.get("guardrails"), "guardrails"));
        List<String> signals = texts(tree.get("signals"), "signals");
        List<String> assumptions = texts(tree.get("assumptions"), "assumptions");
        String approvedBy = tree.get("approved_by") == null ? null : text(tree, "approved_by", "approved_by");
        Instant approvedAt = null;
        if (tree.get("approved_at") != null) {
            String value = text(tree, "approved_at", "approved_at");
            try {
                approvedAt = Instant.parse(value.strip());
            } catch (DateTimeException notAnInstant) {
                throw new UserError("approved_at: '" + value + "' is not a time (2026-10-20T09:30:00Z)");
            }
        }
        Instant approvedAtValue = approvedAt;
        return at("name", () -> new CampaignBrief(name, goal, new BriefAudience(saved, description, filter), channels,
                schedule, metric, touchpoints, guardrails, signals, assumptions, version, status, approvedBy, approvedAtValue));
    }

    private static SuccessMetric metric(Map<?, ?> node) {
        known(node, "metric", "kind", "baseline", "target", "window_days");
        MetricKind kind = at("metric.kind", () -> MetricKind.parse(text(node, "kind", "metric.kind")));
        double baseline = number(node.get("baseline"), "metric.baseline");
        double target = number(node.get("target"), "metric.target");
        int window = node.get("window_days") == null ? 30 : whole(node.get("window_days"), "metric.window_days");
        return at("metric", () -> new SuccessMetric(kind, baseline, target, window));
    }

    private static Touchpoint touchpoint(Map<?, ?> node, String at) {
        known(node, at, "channel", "trigger", "delay_days", "theme", "signals", "rationale", "variants");
        Channel channel = at(at + ".channel", () -> Channel.parse(text(node, "channel", at + ".channel")));
        TriggerKind kind = node.get("trigger") == null ? TriggerKind.AFTER_PREVIOUS
                : at(at + ".trigger", () -> TriggerKind.parse(text(node, "trigger", at + ".trigger")));
        int delay = node.get("delay_days") == null ? 0 : whole(node.get("delay_days"), at + ".delay_days");
        Trigger trigger = at(at + ".delay_days", () -> new Trigger(kind, delay));
        String theme = node.get("theme") == null ? "" : text(node, "theme", at + ".theme");
        String rationale = node.get("rationale") == null ? "" : text(node, "rationale", at + ".rationale");
        List<String> signals = texts(node.get("signals"), at + ".signals");
        List<Variant> variants = new ArrayList<>();
        List<?> items = list(node.get("variants"), at + ".variants");
        for (int i = 0; i < items.size(); i++) {
            String vat = at + ".variants[" + i + "]";
            Map<?, ?> v = map(items.get(i), vat);
            known(v, vat, "name", "description", "weight");
            String name = text(v, "name", vat + ".name");
            String description = v.get("description") == null ? "" : text(v, "description", vat + ".description");
            int weight = v.get("weight") == null ? 0 : whole(v.get("weight"), vat + ".weight");
            variants.add(at(vat + ".weight", () -> new Variant(name, description, weight)));
        }
        return new Touchpoint(channel, trigger, theme, signals, rationale, variants);
    }

    private static Guardrails guardrails(Map<?, ?> node) {
        known(node, "guardrails", "overall_cap", "cap_window_days", "channel_caps", "quiet_start", "quiet_end",
                "opt_outs", "suppress_open_tickets", "suppress_converters_days");
        Guardrails d = Guardrails.defaults();
        int cap = node.get("overall_cap") == null ? d.overallCap() : whole(node.get("overall_cap"), "guardrails.overall_cap");
        int window = node.get("cap_window_days") == null ? d.capWindowDays()
                : whole(node.get("cap_window_days"), "guardrails.cap_window_days");
        Map<Channel, Integer> caps = new EnumMap<>(Channel.class);
        if (node.get("channel_caps") != null) {
            Map<?, ?> capNode = map(node.get("channel_caps"), "guardrails.channel_caps");
            for (Map.Entry<?, ?> entry : capNode.entrySet()) {
                String where = "guardrails.channel_caps." + entry.getKey();
                caps.put(at(where, () -> Channel.parse(String.valueOf(entry.getKey()))), whole(entry.getValue(), where));
            }
        }
        int quietStart = node.get("quiet_start") == null ? d.quietStart() : whole(node.get("quiet_start"), "guardrails.quiet_start");
        int quietEnd = node.get("quiet_end") == null ? d.quietEnd() : whole(node.get("quiet_end"), "guardrails.quiet_end");
        if (node.get("opt_outs") != null && !"always".equals(String.valueOf(node.get("opt_outs")).strip())) {
            throw new UserError("guardrails.opt_outs: opt-outs are always honoured (write 'always' or leave it out)");
        }
        boolean tickets = node.get("suppress_open_tickets") == null ? d.suppressOpenTickets()
                : bool(node.get("suppress_open_tickets"), "guardrails.suppress_open_tickets");
        int converters = node.get("suppress_converters_days") == null ? d.suppressConvertersDays()
                : whole(node.get("suppress_converters_days"), "guardrails.suppress_converters_days");
        return at("guardrails", () -> new Guardrails(cap, window, caps, quietStart, quietEnd, tickets, converters));
    }

    private static CampaignStatus status(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT);
        for (CampaignStatus status : CampaignStatus.values()) {
            if (status.name().equals(key)) {
                return status;
            }
        }
        throw new UserError("'" + text + "' is not one of draft, approved, active, paused, ended");
    }

    /** Runs {@code build}; a {@link UserError} without a path gets {@code at} in front. */
    private static <T> T at(String at, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (UserError problem) {
            if (problem.getMessage().startsWith(at)) {
                throw problem;
            }
            throw new UserError(at + ": " + problem.getMessage());
        }
    }

    private static void known(Map<?, ?> node, String at, String... keys) {
        List<String> known = List.of(keys);
        for (Object key : node.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                throw new UserError(at + "." + key + ": unknown key (known: " + String.join(", ", known) + ")");
            }
        }
    }

    private static Map<?, ?> map(Object value, String at) {
        if (!(value instanceof Map<?, ?> node)) {
            throw new UserError(at + ": " + (value == null ? "missing" : "expected keys and values (key: value)"));
        }
        return node;
    }

    private static List<?> list(Object value, String at) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw new UserError(at + ": expected a list (- item)");
        }
        return items;
    }

    private static List<String> texts(Object value, String at) {
        List<String> texts = new ArrayList<>();
        List<?> items = list(value, at);
        for (int i = 0; i < items.size(); i++) {
            texts.add(scalar(items.get(i), at + "[" + i + "]"));
        }
        return texts;
    }

    private static String text(Map<?, ?> node, String key, String at) {
        Object value = node.get(key);
        if (value == null) {
            throw new UserError(at + ": missing");
        }
        return scalar(value, at);
    }

    private static String scalar(Object value, String at) {
        if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new UserError(at + ": expected a single value");
        }
        return String.valueOf(value);
    }

    private static int whole(Object value, String at) {
        String text = scalar(value, at).strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notWhole) {
            throw new UserError(at + ": '" + text + "' is not a whole number");
        }
    }

    private static double number(Object value, String at) {
        String text = scalar(value, at).strip();
        try {
            return Double.parseDouble(text.endsWith("%") ? text.substring(0, text.length() - 1) : text)
                    / (text.endsWith("%") ? 100 : 1);
        } catch (NumberFormatException notANumber) {
            throw new UserError(at + ": '" + text + "' is not a number");
        }
    }

    private static boolean bool(Object value, String at) {
        String text = scalar(value, at).strip().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("yes")) {
            return true;
        }
        if (text.equals("false") || text.equals("no")) {
            return false;
        }
        throw new UserError(at + ": '" + text + "' is not true or false");
    }

    private static LocalDate date(Object value, String at) {
        if (value == null) {
            return null;
        }
        String text = scalar(value, at).strip();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException notADate) {
            throw new UserError(at + ": '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }
}
