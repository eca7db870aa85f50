package io.lakefront.domain.audience.nl;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.EventMeasure;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.InterpretRequest;
import io.lakefront.domain.audience.Interpretation;
import io.lakefront.domain.audience.Operator;
import io.lakefront.domain.audience.TimeWindow;
import io.lakefront.domain.audience.Value;
import io.lakefront.domain.audience.nl.Text.Num;
import io.lakefront.domain.audience.nl.Text.Token;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One reading of one description: finds, at each word from left to right, the longest phrase a
 * recognizer understands (a condition, a negation, a time window), then applies negations, attaches
 * time windows to the condition they belong to, merges lists of places, resolves or asks about
 * ambiguous words, and joins the conditions ("or" binds closer than "and": "gold or platinum members
 * in Texas" is (gold or platinum) and Texas).
 */
final class Parse {
    private static final Set<String> FILLER = Set.of("customer", "customers", "people", "person", "persons", "user",
            "users", "contact", "contacts", "member", "members", "client", "clients", "shopper", "shoppers", "buyer", "buyers",
            "everyone", "everybody", "anyone", "anybody", "all", "the", "a", "an", "those", "these", "them", "they", "who",
            "whom", "whose", "that", "which", "are", "is", "was", "were", "be", "been", "being", "have", "has", "had",
            "having", "with", "in", "from", "of", "at", "to", "on", "by", "for", "our", "my", "their", "show", "me", "find",
            "list", "get", "give", "select", "please", "i", "want", "need", "only", "just", "also", "living", "live", "lives",
            "located", "based", "residing", "reside", "resides", "currently", "do", "does", "did", "any", "some", "ones",
            "one", "audience", "segment", "and", "or", ",", ";", "&", "but", "plus", "either", "both", "still", "already",
            "ever", "placed", "made", "s", "who've", "whove", "there", "here", "everyone's", "time", "times", "total",
            "like", "as", "well", "too", "so", "far", "yet", "state", "province", "country",
            "city", "region", "area", "residents", "resident", "folks", "group", "where", "when", "what", "least");
    private static final Set<String> ITEM_STOP = Set.of("in", "and", "or", "on", "since", "during", "over", "last", "this",
            "with", "who", "that", "but", "not", "from", "at", "more", "less", "than", "between", "past", "within",
            "before", "after", ",", ";", "buyers", "buyer", "shoppers", "customers", "fans", "lovers", "category",
            "times", "time", "twice", "once", "ago", "recently", "for", "is", "are", "to");
    private static final Map<String, Operator> COMPARATORS = new LinkedHashMap<>();
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    static {
        for (String p : List.of("more than", "over", "above", "greater than", "higher than", "exceeding", "in excess of",
                "bigger than", "larger than", ">")) {
            COMPARATORS.put(p, Operator.GT);
        }
        for (String p : List.of("at least", "no less than", "no fewer than", "not less than", "a minimum of", "minimum",
                "min", ">=", "=>")) {
            COMPARATORS.put(p, Operator.GE);
        }
        for (String p : List.of("less than", "under", "below", "fewer than", "lower than", "smaller than", "<")) {
            COMPARATORS.put(p, Operator.LT);
        }
        for (String p : List.of("at most", "no more than", "not more than", "up to", "a maximum of", "maximum", "max",
                "<=", "=<")) {
            COMPARATORS.put(p, Operator.LE);
        }
        for (String p : List.of("exactly", "equal to", "equals", "=", "==")) {
            COMPARATORS.put(p, Operator.EQ);
        }
    }

    private enum Kind { COND, NEG, WINDOW }

    /** An option of an ambiguous phrase. */
    private record Option(String key, String label, Filter filter) {
    }

    /** Something found in the words: a condition, a negation or a time window. */
    private static final class Item {
        final Kind kind;
        final int start;
        final int end;
        Filter filter;
        Function<TimeWindow, Filter> windowed;
        TimeWindow window;
        int windowStart = -1;
        int windowEnd = -1;
        int negStart = -1;
        boolean negated;
        boolean place;
        List<Option> options;
        String label;

        Item(Kind kind, int start, int end) {
            this.kind = kind;
            this.start = start;
            this.end = end;
        }
    }

    /** A number compared: {@code op number}, or {@code low..high} when {@code high} is set. */
    private record Quant(Operator op, BigDecimal low, BigDecimal high, int end, boolean money) {
        boolean range() {
            return high != null;
        }
    }

    private record Win(TimeWindow window, int end) {
    }

    private final InterpretRequest request;
    private final Vocabulary v;
    private final Synonyms synonyms;
    private final LocalDate today;
    private final String text;
    private final List<Token> t;
    private final int n;

    Parse(InterpretRequest request, Vocabulary vocabulary, Synonyms synonyms, LocalDate today) {
        this.request = request;
        this.v = vocabulary;
        this.synonyms = synonyms;
        this.today = today;
        this.text = request.text();
        this.t = Text.tokens(text);
        this.n = t.size();
    }

    Interpretation run() {
        int i = 0;
        boolean combineWithOr = false;
        boolean excludeAll = false;
        int cue = any(0, "exclude", "excluding", "remove", "except", "minus", "drop", "but not", "and not", "take out",
                "leave out");
        if (cue > 0) {
            excludeAll = true;
            i = cue;
        } else if (request.current().isPresent()) {
            int or = any(0, "also include", "add", "include", "or", "plus", "and also include", "as well as");
            if (or > 0) {
                combineWithOr = true;
                i = or;
            }
        }
        List<Item> items = new ArrayList<>();
        List<Integer> leftover = new ArrayList<>();
        while (i < n) {
            Item best = best(i, items);
            if (best == null) {
                leftover.add(i);
                i++;
            } else {
                items.add(best);
                i = best.end;
            }
        }
        List<Item> conds = link(items, leftover);
        return build(conds, leftover, excludeAll, combineWithOr);
    }

    // ---------------------------------------------------------------- assembling

    private List<Item> link(List<Item> items, List<Integer> leftover) {
        // "bought books in 2025 but not in 2026": the same condition again, negated, in the second window.
        for (int k = 0; k + 1 < items.size(); k++) {
            Item neg = items.get(k);
            Item w = items.get(k + 1);
            boolean condFollows = k + 2 < items.size() && items.get(k + 2).kind == Kind.COND;
            Item previous = k >= 2 && items.get(k - 1).kind == Kind.WINDOW ? items.get(k - 2) : null;
            if (neg.kind == Kind.NEG && w.kind == Kind.WINDOW && !condFollows && previous != null
                    && previous.kind == Kind.COND && previous.windowed != null) {
                Item again = new Item(Kind.COND, neg.start, w.end);
                again.windowed = previous.windowed;
                again.window = w.window;
                again.negated = true;
                items.set(k, again);
                items.remove(k + 1);
            }
        }
        List<Item> conds = new ArrayList<>();
        int negStart = -1;
        for (Item item : items) {
            if (item.kind == Kind.NEG) {
                negStart = negStart < 0 ? item.start : negStart;
            } else if (item.kind == Kind.COND) {
                if (negStart >= 0) {
                    item.negated = !item.negated;
                    item.negStart = negStart;
                    negStart = -1;
                }
                conds.add(item);
            }
        }
        if (negStart >= 0) {
            leftover.add(negStart);
        }
        // Time windows belong to the condition just before them, else to the one just after.
        for (int k = 0; k < items.size(); k++) {
            Item w = items.get(k);
            if (w.kind != Kind.WINDOW) {
                continue;
            }
            Item target = null;
            for (int b = k - 1; b >= 0 && target == null; b--) {
                Item c = items.get(b);
                if (c.kind == Kind.COND) {
                    target = c.windowed != null && c.window == null ? c : null;
                    break;
                }
            }
            if (target == null) {
                for (int a = k + 1; a < items.size(); a++) {
                    Item c = items.get(a);
                    if (c.kind == Kind.COND) {
                        target = c.windowed != null && c.window == null ? c : null;
                        break;
                    }
                }
            }
            if (target == null) {
                for (int x = w.start; x < w.end; x++) {
                    leftover.add(x);
                }
            } else {
                target.window = w.window;
                target.windowStart = w.start;
                target.windowEnd = w.end;
            }
        }
        // Lists of places ("in Texas, Florida or Ohio") become one condition.
        List<Item> merged = new ArrayList<>();
        for (Item c : conds) {
            Item last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.place && c.place && last.options == null && c.options == null && !c.negated
                    && onlyJoiners(last.end, c.start)) {
                Item joined = new Item(Kind.COND, last.start, c.end);
                joined.place = true;
                joined.negated = last.negated;
                joined.negStart = last.negStart;
                joined.filter = unitePlaces(last.filter, c.filter);
                merged.set(merged.size() - 1, joined);
            } else {
                merged.add(c);
            }
        }
        return merged;
    }

    private boolean onlyJoiners(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.get(k).is(",", "and", "or", "&", "in", "/", "either", "from")) {
                return false;
            }
        }
        return true;
    }

    private static Filter unitePlaces(Filter a, Filter b) {
        if (a instanceof Filter.InSet x && b instanceof Filter.Compare y && x.field() == y.field()) {
            List<Value> values = new ArrayList<>(x.values());
            values.add(y.value());
            return new Filter.InSet(x.field(), values);
        }
        if (a instanceof Filter.Compare x && b instanceof Filter.Compare y && x.field() == y.field()
                && x.op() == Operator.EQ && y.op() == Operator.EQ) {
            return new Filter.InSet(x.field(), List.of(x.value(), y.value()));
        }
        List<Filter> parts = new ArrayList<>();
        if (a instanceof Filter.Or or) {
            parts.addAll(or.parts());
        } else {
            parts.add(a);
        }
        parts.add(b);
        return new Filter.Or(parts);
    }

    private Interpretation build(List<Item> conds, List<Integer> leftover, boolean excludeAll, boolean combineWithOr) {
        Optional<Interpretation.Question> question = Optional.empty();
        List<Interpretation.InterpretedCondition> conditions = new ArrayList<>();
        List<Filter> chain = new ArrayList<>();
        List<Filter> chains = new ArrayList<>();
        int previousEnd = -1;
        for (Item c : conds) {
            int startToken = c.negStart >= 0 ? Math.min(c.negStart, c.start) : c.start;
            int endToken = Math.max(c.end, c.windowEnd);
            startToken = c.windowStart >= 0 ? Math.min(startToken, c.windowStart) : startToken;
            String words = text.substring(t.get(startToken).start(), t.get(endToken - 1).end());
            if (c.options != null) {
                Option chosen = answer(words, c);
                if (chosen == null) {
                    if (question.isEmpty()) {
                        question = Optional.of(new Interpretation.Question(words, questionText(words, c.options),
                                c.options.stream().map(o -> new Interpretation.Choice(o.key(), o.label())).toList()));
                    }
                    continue;
                }
                c.filter = chosen.filter();
            }
            Filter f = c.window != null ? c.windowed.apply(c.window) : c.filter;
            if (f == null) {
                for (int x = c.start; x < c.end; x++) {
                    leftover.add(x);
                }
                continue;
            }
            if (c.negated) {
                f = new Filter.Not(f);
            }
            boolean or = previousEnd >= 0 && containsOr(previousEnd, startToken);
            if (!or && !chain.isEmpty()) {
                chains.add(chain.size() == 1 ? chain.get(0) : new Filter.Or(chain));
                chain = new ArrayList<>();
            }
            chain.add(f);
            previousEnd = endToken;
            String description = (c.label == null ? "" : c.label + ": ") + FilterText.describe(f);
            conditions.add(new Interpretation.InterpretedCondition(words, t.get(startToken).start(),
                    t.get(endToken - 1).end(), f, description));
        }
        if (!chain.isEmpty()) {
            chains.add(chain.size() == 1 ? chain.get(0) : new Filter.Or(chain));
        }
        Filter filter = chains.size() == 1 ? chains.get(0) : new Filter.And(chains);
        if (excludeAll && !chains.isEmpty()) {
            filter = new Filter.Not(filter);
            if (conditions.size() == 1) {
                Interpretation.InterpretedCondition only = conditions.get(0);
                int start = t.get(0).start();
                conditions.set(0, new Interpretation.InterpretedCondition(text.substring(start, only.end()), start,
                        only.end(), filter, FilterText.describe(filter)));
            } else {
                conditions.add(new Interpretation.InterpretedCondition(text.strip(), t.get(0).start(), t.get(n - 1).end(),
                        filter, FilterText.describe(filter)));
            }
        }
        if (request.current().isPresent()) {
            Interpretation current = request.current().get();
            List<Interpretation.InterpretedCondition> all = new ArrayList<>();
            for (Interpretation.InterpretedCondition kept : current.conditions()) {
                all.add(new Interpretation.InterpretedCondition("", -1, -1, kept.filter(), kept.description()));
            }
            all.addAll(conditions);
            conditions = all;
            if (OfflineAudienceInterpreter.isEveryone(current.filter())) {
                // nothing to combine with
            } else if (chains.isEmpty()) {
                filter = current.filter();
            } else {
                filter = combineWithOr ? new Filter.Or(List.of(current.filter(), filter))
                        : new Filter.And(List.of(current.filter(), filter));
            }
        }
        return new Interpretation(text, filter, conditions, notUnderstood(leftover), question, OfflineAudienceInterpreter.NAME);
    }

    private Option answer(String words, Item c) {
        String key = request.answers().get(words);
        if (key == null) {
            for (Map.Entry<String, String> e : request.answers().entrySet()) {
                if (Text.fold(e.getKey()).equals(Text.fold(words)) || Text.fold(e.getKey()).equals(Text.fold(placeWords(c)))) {
                    key = e.getValue();
                }
            }
        }
        if (key == null) {
            return null;
        }
        for (Option o : c.options) {
            if (o.key().equalsIgnoreCase(key)) {
                return o;
            }
        }
        return null;
    }

    private String placeWords(Item c) {
        return text.substring(t.get(c.start).start(), t.get(c.end - 1).end());
    }

    private static String questionText(String words, List<Option> options) {
        StringBuilder s = new StringBuilder("Does “" + words + "” mean ");
        for (int k = 0; k < options.size(); k++) {
            if (k > 0) {
                s.append(k == options.size() - 1 ? " or " : ", ");
            }
            s.append(options.get(k).label());
        }
        return s.append("?").toString();
    }

    private boolean containsOr(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).is("or")) {
                return true;
            }
        }
        return false;
    }

    private List<String> notUnderstood(List<Integer> leftover) {
        List<Integer> sorted = leftover.stream().distinct().sorted().toList();
        List<String> phrases = new ArrayList<>();
        int from = -1;
        int last = -2;
        for (int k : sorted) {
            boolean filler = FILLER.contains(t.get(k).norm());
            if (filler) {
                continue;
            }
            if (k != last + 1 && from >= 0) {
                phrases.add(text.substring(t.get(from).start(), t.get(last).end()));
                from = -1;
            }
            if (from < 0) {
                from = k;
            }
            last = k;
        }
        if (from >= 0) {
            phrases.add(text.substring(t.get(from).start(), t.get(last).end()));
        }
        return phrases;
    }

    // ---------------------------------------------------------------- recognizers

    private Item best(int i, List<Item> before) {
        Item best = null;
        for (Item found : new Item[] {glossary(i), tier(i), consent(i), contact(i), tickets(i), engagement(i), spend(i),
                orders(i), averageOrder(i), churn(i), recency(i), purchases(i), itemBuyers(i), topCategory(i), age(i),
                gender(i), preferredChannel(i), joined(i), engaged(i), place(i, before), window(i), negation(i)}) {
            if (found != null && found.end > i && (best == null || found.end > best.end)) {
                best = found;
            }
        }
        return best;
    }

    private Item cond(int start, int end, Filter filter) {
        Item item = new Item(Kind.COND, start, end);
        item.filter = filter;
        return item;
    }

    private Item glossary(int i) {
        Item best = null;
        for (Vocabulary.Phrase phrase : v.phrases) {
            int k = i;
            boolean ok = true;
            for (String word : phrase.words()) {
                if (k >= n || !Text.stem(t.get(k).norm()).equals(word)) {
                    ok = false;
                    break;
                }
                k++;
            }
            if (ok && (best == null || k > best.end)) {
                best = cond(i, k, phrase.term().filter());
                best.label = phrase.term().name();
            }
        }
        return best;
    }

    private Item tier(int i) {
        int j = opt(i, "loyalty tier is", "loyalty tier", "tier is", "tier", "in the", "loyalty status");
        String[] noTier = {"no loyalty tier", "no tier", "non members", "not a member", "not members", "without a loyalty tier",
            "without loyalty tier", "without a tier", "with no loyalty tier", "with no tier", "without any loyalty tier"};
        if (any(i, noTier) > 0) {
            int e = any(i, noTier);
            return cond(i, e, Filter.compare("loyalty_tier", "=", "none"));
        }
        if (any(i, "loyalty members", "loyalty program members", "any tier", "loyalty program", "any loyalty tier") > 0) {
            int e = any(i, "loyalty members", "loyalty program members", "any tier", "loyalty program", "any loyalty tier");
            return cond(i, e, new Filter.InSet(AudienceField.LOYALTY_TIER,
                    tiersFrom("bronze").stream().map(x -> (Value) new Value.Text(x)).toList()));
        }
        List<String> tiers = new ArrayList<>();
        int k = j;
        while (k < n && isTier(t.get(k).norm())) {
            tiers.add(t.get(k).norm());
            k++;
            int sep = any(k, "or", ",", "and", "/", ", or", ", and");
            if (sep > 0 && sep < n && isTier(t.get(sep).norm())) {
                k = sep;
            } else {
                break;
            }
        }
        if (tiers.isEmpty()) {
            return null;
        }
        int afterWord = any(k, "tier", "level", "members", "status");
        int up = any(afterWord > 0 ? afterWord : k, "or above", "and above", "or higher", "and up", "or better", "+",
                "and higher", "or more");
        if (up > 0) {
            String lowest = tiers.stream().min((a, b) -> Vocabulary.TIER_ORDER.indexOf(a) - Vocabulary.TIER_ORDER.indexOf(b))
                    .orElseThrow();
            tiers = tiersFrom(lowest);
            k = up;
        }
        k = opt(k, "tier members", "loyalty members", "members", "member", "tier", "level", "status", "customers",
                "card holders", "cardholders", "loyalty");
        List<Value> values = tiers.stream().map(x -> (Value) new Value.Text(x)).toList();
        return cond(i, k, values.size() == 1 ? new Filter.Compare(AudienceField.LOYALTY_TIER, Operator.EQ, values.get(0))
                : new Filter.InSet(AudienceField.LOYALTY_TIER, values));
    }

    private boolean isTier(String word) {
        return !word.equals("none") && v.tiers.contains(word) && Vocabulary.TIER_ORDER.contains(word);
    }

    private List<String> tiersFrom(String lowest) {
        List<String> tiers = new ArrayList<>();
        for (String tier : Vocabulary.TIER_ORDER.subList(Vocabulary.TIER_ORDER.indexOf(lowest), Vocabulary.TIER_ORDER.size())) {
            if (v.tiers.contains(tier)) {
                tiers.add(tier);
            }
        }
        return tiers;
    }

    /** A contact channel word at {@code i}: [channel, end]. */
    private Object[] channel(int i) {
        int e = any(i, "email", "emails", "e mail", "newsletter", "newsletters", "mail", "mailing list", "email list");
        if (e > 0) {
            return new Object[] {"email", e};
        }
        e = any(i, "sms", "text", "texts", "text messages", "text message", "sms messages", "mobile messages");
        if (e > 0) {
            return new Object[] {"sms", e};
        }
        e = any(i, "push", "push notifications", "push notification", "notifications", "app notifications", "the app");
        if (e > 0) {
            return new Object[] {"push", e};
        }
        return null;
    }

    private static AudienceField consentField(String channel) {
        return AudienceField.named(channel + "_opt_in");
    }

    private Item consent(int i) {
        boolean yes = true;
        int j = any(i, "subscribed to", "subscribed for", "subscribe to", "subscribes to", "opted in to", "opted in for",
                "opted into", "opt in to", "opted in", "opt in", "opt in for", "consented to", "consent to", "consent for",
                "reachable by", "reachable via", "reachable on", "reachable through", "contactable by", "contactable via",
                "can be reached by", "can be contacted by", "accept", "accepts", "signed up for", "signed up to",
                "on the", "who allow", "allow", "allows", "marketing consent for", "consent on");
        if (j < 0) {
            j = any(i, "unsubscribed from", "opted out of", "opted out from", "opted out", "opt out of", "unsubscribed to");
            yes = false;
        }
        if (j > 0) {
            j = opt(j, "marketing", "our");
            List<String> channels = new ArrayList<>();
            boolean or = false;
            int k = j;
            while (true) {
                Object[] ch = channel(k);
                if (ch == null) {
                    break;
                }
                channels.add((String) ch[0]);
                k = (int) ch[1];
                int sep = any(k, "and", ",", "or", "&", ", and", ", or");
                if (sep > 0 && channel(sep) != null) {
                    or |= t.get(sep - 1).is("or");
                    k = sep;
                } else {
                    break;
                }
            }
            if (channels.isEmpty()) {
                return null;
            }
            k = opt(k, "list", "marketing", "messages", "updates", "consent");
            return cond(i, k, consentFilter(channels, yes, or));
        }
        Object[] ch = channel(i);
        if (ch != null) {
            int k = (int) ch[1];
            int e = any(k, "subscribers", "subscriber", "opt ins", "opt in", "optins", "opted in", "consent", "subscribed",
                    "marketing consent", "opt in customers", "opt in status", "consent status");
            if (e > 0) {
                int no = any(e, "is false", "is no", "= false", "false", "is off", "is not given", "is denied");
                int given = any(e, "is true", "is yes", "= true", "true", "is on", "is given");
                if (no > 0) {
                    return cond(i, no, consentFilter(List.of((String) ch[0]), false, false));
                }
                return cond(i, Math.max(e, given), consentFilter(List.of((String) ch[0]), true, false));
            }
            e = any(k, "opt outs", "opted out", "unsubscribers", "unsubscribed");
            if (e > 0) {
                return cond(i, e, consentFilter(List.of((String) ch[0]), false, false));
            }
        }
        return null;
    }

    private static Filter consentFilter(List<String> channels, boolean yes, boolean or) {
        List<Filter> parts = channels.stream().distinct()
                .map(c -> (Filter) new Filter.Compare(consentField(c), Operator.EQ, new Value.Bool(yes))).toList();
        return parts.size() == 1 ? parts.get(0) : or ? new Filter.Or(parts) : new Filter.And(parts);
    }

    private Item contact(int i) {
        boolean present;
        int j = any(i, "without", "missing", "no", "lacking", "has no", "have no", "with no", "without any", "with missing",
                "that have no", "who have no", "who has no");
        if (j > 0) {
            present = false;
        } else {
            j = any(i, "with", "has", "have", "having", "who have", "who has", "that have", "with known");
            present = true;
            if (j < 0) {
                return null;
            }
        }
        int mail = any(opt(j, "a", "an"), "gmail", "yahoo", "hotmail", "outlook", "icloud", "aol", "gmx");
        if (mail > 0) {
            int e = any(mail, "address", "email", "email address", "account", "addresses");
            if (e > 0) {
                Filter f = new Filter.TextMatch(AudienceField.EMAIL, Filter.Match.CONTAINS, "@" + t.get(mail - 1).norm() + ".");
                return cond(i, e, present ? f : new Filter.Not(f));
            }
        }
        List<Filter> parts = new ArrayList<>();
        int k = j;
        while (true) {
            Object[] f = contactField(opt(k, "a", "an", "valid", "known", "their", "a valid", "a known", "any"));
            if (f == null) {
                break;
            }
            AudienceField field = (AudienceField) f[0];
            parts.add(present ? new Filter.IsNotEmpty(field) : new Filter.IsEmpty(field));
            k = opt((int) f[1], "on file", "on record", "number");
            int sep = any(k, "and", ",", "or", ", and", "and with", "and no", "or no", "nor");
            if (sep < 0 || contactField(opt(sep, "a", "an", "valid", "known", "their", "any")) == null) {
                break;
            }
            k = sep;
        }
        if (parts.isEmpty()) {
            return null;
        }
        return cond(i, k, parts.size() == 1 ? parts.get(0) : new Filter.And(parts));
    }

    /** A contact field named at {@code j}: [field, end]. */
    private Object[] contactField(int j) {
        AudienceField field = null;
        int e;
        if ((e = any(j, "phone number", "phone", "mobile number", "mobile phone", "telephone", "telephone number",
                "phone numbers", "cell phone", "cell number")) > 0) {
            field = AudienceField.PHONE;
        } else if ((e = any(j, "email address", "email", "e mail", "email addresses", "e mail address")) > 0) {
            field = AudienceField.EMAIL;
        } else if ((e = any(j, "postal address", "street address", "address", "mailing address", "home address")) > 0) {
            field = AudienceField.STREET;
        } else if ((e = any(j, "birthday", "birth date", "date of birth", "dob", "birthdate")) > 0) {
            field = AudienceField.BIRTH_DATE;
        } else if ((e = any(j, "postcode", "zip code", "zip", "postal code", "post code")) > 0) {
            field = AudienceField.POSTCODE;
        } else if ((e = any(j, "gender")) > 0) {
            field = AudienceField.GENDER;
        }
        return field == null ? null : new Object[] {field, e};
    }

    private Item tickets(int i) {
        int j = opt(i, "with", "has", "have", "having", "who have", "who has", "that have", "who opened", "opened",
                "who raised", "raised", "filed", "submitted", "who filed", "who submitted", "who had");
        boolean negated = false;
        Quant q = null;
        int k = any(j, "no", "zero", "without");
        if (k > 0) {
            negated = true;
        } else {
            q = quant(j);
            k = q != null ? q.end() : opt(j, "an", "a", "any", "one or more", "some", "at least one");
        }
        String status = null;
        int s = any(k, "open", "unresolved", "outstanding", "active");
        if (s > 0) {
            status = "open";
        } else if ((s = any(k, "pending", "waiting")) > 0) {
            status = "pending";
        } else if ((s = any(k, "closed", "resolved", "solved")) > 0) {
            status = "closed";
        }
        k = s > 0 ? s : k;
        List<String> statuses = new ArrayList<>();
        if (status != null) {
            statuses.add(status);
            while (true) {
                int sep = any(k, "or", ",", "and", ", or", "and/or");
                String more = sep < 0 ? null : any(sep, "open", "unresolved") > 0 ? "open" : any(sep, "pending") > 0 ? "pending"
                        : any(sep, "closed", "resolved") > 0 ? "closed" : null;
                if (more == null) {
                    break;
                }
                statuses.add(more);
                k = sep + 1;
            }
        }
        k = opt(k, "support", "help desk", "helpdesk", "customer service", "service");
        int e = any(k, "ticket", "tickets", "case", "cases", "complaint", "complaints", "support ticket", "support tickets",
                "support request", "support requests");
        if (e < 0) {
            int c = any(i, "contacted support", "contacted customer service", "complained", "called support",
                    "reached out to support", "contacted us");
            if (c < 0) {
                return null;
            }
            e = c;
        }
        if (q == null && status == null && s < 0 && j == i && k == i && !t.get(i).is("ticket", "tickets", "complaint", "complaints")) {
            // a bare "tickets" needs nothing before it; "case" alone is too loose
            if (!t.get(i).is("contacted", "complained", "called", "reached")) {
                return null;
            }
        }
        EventMeasure.Tickets measure = new EventMeasure.Tickets(status);
        Operator op = q == null ? Operator.GE : q.op();
        BigDecimal number = q == null ? BigDecimal.ONE : q.low();
        Item item;
        if (statuses.size() > 1 && (q == null || !q.range())) {
            Function<TimeWindow, Filter> any = w -> new Filter.Or(statuses.stream().distinct()
                    .map(x -> (Filter) new Filter.Event(new EventMeasure.Tickets(x), w, op, number)).toList());
            item = cond(i, e, any.apply(null));
            item.windowed = any;
            item.negated = negated;
            return item;
        }
        if (q != null && q.range()) {
            Quant range = q;
            item = cond(i, e, between(w -> measure, range, null));
            item.windowed = w -> between(x -> measure, range, w);
        } else {
            item = cond(i, e, new Filter.Event(measure, null, op, number));
            item.windowed = w -> new Filter.Event(measure, w, op, number);
        }
        item.negated = negated;
        return item;
    }

    private static Filter between(Function<Object, EventMeasure> measure, Quant q, TimeWindow w) {
        EventMeasure m = measure.apply(null);
        return new Filter.And(List.of(new Filter.Event(m, w, Operator.GE, q.low()), new Filter.Event(m, w, Operator.LE, q.high())));
    }

    /** An engagement channel word: [channel, end]. */
    private Object[] engagementChannel(int i) {
        Object[] ch = channel(i);
        if (ch != null) {
            return ch;
        }
        int e = any(i, "website", "site", "web", "web site", "online store", "store", "web shop", "webshop", "shop online");
        return e > 0 ? new Object[] {"web", e} : null;
    }

    private Item engagement(int i) {
        String type = null;
        int j;
        if ((j = any(i, "opened", "open", "opens", "who opened", "who open", "read")) > 0) {
            type = "open";
        } else if ((j = any(i, "clicked", "click", "clicks", "clicked on", "clicked through", "clicked a link in",
                "clicked links in", "clicked a link", "who clicked")) > 0) {
            type = "click";
        } else if ((j = any(i, "visited", "visit", "visits", "who visited", "browsed")) > 0) {
            type = "visit";
        } else if ((j = any(i, "bounced", "whose emails bounced", "hard bounced")) > 0) {
            type = "bounce";
        } else if ((j = any(i, "received", "were sent", "was sent", "got")) > 0) {
            type = "delivered";
        }
        String channel = null;
        Quant q = null;
        int k;
        if (type != null) {
            k = j;
            Quant before = quant(k);
            if (before != null) {
                q = before;
                k = opt(before.end(), "times");
            }
            k = opt(k, "an", "a", "any", "our", "the", "one of our", "at least one", "one of the", "some");
            if (q == null && (before = quant(k)) != null) {
                q = before;
                k = before.end();
            }
            Object[] ch = engagementChannel(k);
            if (ch != null) {
                channel = (String) ch[0];
                k = (int) ch[1];
                k = opt(k, "email", "emails", "message", "messages", "campaign", "campaigns", "notification",
                        "notifications", "newsletter", "newsletters", "link", "links");
            } else {
                int m = any(k, "message", "messages", "campaign", "campaigns", "link", "links");
                if (m > 0) {
                    k = m;
                } else if (type.equals("delivered") || (k == j && q == null && !type.equals("visit"))) {
                    return null;
                }
            }
            if (q == null) {
                Quant after = quant(k);
                if (after != null && any(after.end(), "times", "time") > 0) {
                    q = after;
                    k = any(after.end(), "times", "time");
                }
            }
        } else {
            Object[] ch = engagementChannel(i);
            if (ch == null) {
                return null;
            }
            k = (int) ch[1];
            int e;
            if ((e = any(k, "openers", "opener")) > 0) {
                type = "open";
            } else if ((e = any(k, "clickers", "clicker")) > 0) {
                type = "click";
            } else if ((e = any(k, "visitors", "visitor")) > 0) {
                type = "visit";
            } else {
                return null;
            }
            channel = (String) ch[0];
            k = e;
        }
        if ("visit".equals(type) && channel == null) {
            channel = null;
        }
        EventMeasure.Engagement measure = new EventMeasure.Engagement(channel, type);
        return eventItem(i, k, measure, q);
    }

    private Item eventItem(int i, int end, EventMeasure measure, Quant q) {
        Operator op = q == null ? Operator.GE : q.op();
        BigDecimal number = q == null ? BigDecimal.ONE : q.low();
        Item item;
        if (q != null && q.range()) {
            item = cond(i, end, between(x -> measure, q, null));
            item.windowed = w -> between(x -> measure, q, w);
        } else {
            item = cond(i, end, new Filter.Event(measure, null, op, number));
            item.windowed = w -> new Filter.Event(measure, w, op, number);
        }
        return item;
    }

    /** A category or product named at {@code i}: [category or null, product or null, end]. */
    private Object[] item(int i) {
        int from = opt(i, "any", "some", "a", "an", "the", "our", "from the", "from our", "in the", "from", "products from the",
                "products in the", "items from the", "items in the");
        for (int len = Math.min(5, n - from); len >= 1; len--) {
            boolean ok = true;
            for (int k = from; k < from + len; k++) {
                if (ITEM_STOP.contains(t.get(k).norm())) {
                    ok = false;
                    break;
                }
            }
            if (!ok) {
                continue;
            }
            String phrase = text.substring(t.get(from).start(), t.get(from + len - 1).end());
            Optional<Synonyms.Match> category = synonyms.best(phrase, v.categories);
            Optional<Synonyms.Match> product = synonyms.best(phrase, v.products);
            double cs = category.map(Synonyms.Match::score).orElse(0.0);
            double ps = product.map(Synonyms.Match::score).orElse(0.0);
            if (Math.max(cs, ps) < Synonyms.MEANINGFUL) {
                continue;
            }
            int end = opt(from + len, "category", "products", "items", "department", "section", "gear");
            return cs >= ps ? new Object[] {category.get().value(), null, end} : new Object[] {null, product.get().value(), end};
        }
        return null;
    }

    private Item purchases(int i) {
        int j = any(i, "bought", "buy", "buys", "purchased", "purchase", "ordered", "shopped", "shop", "made a purchase",
                "made purchases", "made any purchase", "placed an order", "placed orders", "placed any order", "have bought",
                "has bought", "have purchased", "has purchased", "purchasing", "buying", "have ordered", "has ordered",
                "who bought", "who purchased", "who ordered", "shopped for", "ordered from", "bought from", "purchased from",
                "made an order");
        if (j < 0) {
            return null;
        }
        Quant q = null;
        int k = j;
        k = opt(k, "from us", "with us", "online");
        Quant first = quant(k);
        if (first != null && timesEnd(first) > 0) {
            q = first;
            k = timesEnd(first);
        }
        Quant worth = quant(k);
        if (worth != null && worth.money()) {
            int of = any(worth.end(), "worth of", "worth", "in", "of");
            if (of > 0) {
                Object[] bought = item(of);
                int end = bought == null ? (t.get(of - 1).is("worth") ? of : -1) : (int) bought[2];
                if (end > 0) {
                    EventMeasure.Purchases measure = new EventMeasure.Purchases(EventMeasure.Aggregate.SUM,
                            bought == null ? null : (String) bought[0], bought == null ? null : (String) bought[1]);
                    return eventItem(i, end, measure, worth);
                }
            }
        }
        k = opt(k, "anything", "something", "any", "from us", "online", "both", "either");
        Object[] it = item(k);
        if (it == null && k < n && t.get(k).is("in", "from") && k + 1 < n && !t.get(k + 1).is("the")) {
            it = item(k + 1);
        }
        String category = null;
        String product = null;
        if (it != null) {
            category = (String) it[0];
            product = (String) it[1];
            k = (int) it[2];
        }
        List<Object[]> more = new ArrayList<>();
        boolean orList = true;
        while (it != null) {
            int sep = any(k, "or", ",", "and", ", or", ", and", "or a", "or an", "and a", "and an", "or any");
            Object[] next = sep > 0 ? item(sep) : null;
            if (next == null) {
                break;
            }
            orList = !t.get(k).is("and") && !(k + 1 < n && t.get(k + 1).is("and"));
            more.add(next);
            k = (int) next[2];
        }
        k = opt(k, "from us", "online");
        if (q == null) {
            Quant after = quant(k);
            if (after != null && timesEnd(after) > 0) {
                q = after;
                k = timesEnd(after);
            }
        }
        if (!more.isEmpty()) {
            List<Filter> parts = new ArrayList<>();
            Operator op = q == null ? Operator.GE : q.op();
            BigDecimal number = q == null ? BigDecimal.ONE : q.low();
            List<EventMeasure> measures = new ArrayList<>();
            measures.add(new EventMeasure.Purchases(EventMeasure.Aggregate.COUNT, category, product));
            for (Object[] m : more) {
                measures.add(new EventMeasure.Purchases(EventMeasure.Aggregate.COUNT, (String) m[0], (String) m[1]));
            }
            boolean or = orList;
            Function<TimeWindow, Filter> windowed = w -> {
                List<Filter> each = measures.stream().map(m -> (Filter) new Filter.Event(m, w, op, number)).toList();
                return or ? new Filter.Or(each) : new Filter.And(each);
            };
            Item item = cond(i, k, windowed.apply(null));
            item.windowed = windowed;
            return item;
        }
        if (category == null && product == null && q != null) {
            // "ordered more than 3 times": the order count, unless a window turns it into purchases in that window
            return ordersItem(i, k, q, null, null);
        }
        EventMeasure.Purchases measure = new EventMeasure.Purchases(EventMeasure.Aggregate.COUNT, category, product);
        return eventItem(i, k, measure, q);
    }

    private Item itemBuyers(int i) {
        if (any(i, "interested in", "who like", "who love", "fans of", "lovers of", "buyers of", "shoppers of",
                "purchasers of", "customers of") > 0) {
            int j = any(i, "interested in", "who like", "who love", "fans of", "lovers of", "buyers of", "shoppers of",
                    "purchasers of", "customers of");
            Object[] it = item(j);
            if (it == null) {
                return null;
            }
            return eventItem(i, (int) it[2], new EventMeasure.Purchases(EventMeasure.Aggregate.COUNT, (String) it[0], (String) it[1]), null);
        }
        for (int len = Math.min(4, n - i - 1); len >= 1; len--) {
            int after = i + len;
            int e = any(after, "buyers", "buyer", "shoppers", "shopper", "purchasers", "customers", "fans", "lovers",
                    "enthusiasts", "category buyers", "category shoppers");
            if (e < 0) {
                continue;
            }
            boolean ok = true;
            for (int k = i; k < after; k++) {
                if (ITEM_STOP.contains(t.get(k).norm()) || FILLER.contains(t.get(k).norm()) || isTier(t.get(k).norm())) {
                    ok = false;
                }
            }
            if (!ok) {
                continue;
            }
            String phrase = text.substring(t.get(i).start(), t.get(after - 1).end());
            Optional<Synonyms.Match> category = synonyms.best(phrase, v.categories);
            Optional<Synonyms.Match> product = synonyms.best(phrase, v.products);
            double cs = category.map(Synonyms.Match::score).orElse(0.0);
            double ps = product.map(Synonyms.Match::score).orElse(0.0);
            if (Math.max(cs, ps) < Synonyms.MEANINGFUL) {
                continue;
            }
            EventMeasure.Purchases measure = cs >= ps
                    ? new EventMeasure.Purchases(EventMeasure.Aggregate.COUNT, category.get().value(), null)
                    : new EventMeasure.Purchases(EventMeasure.Aggregate.COUNT, null, product.get().value());
            return eventItem(i, e, measure, null);
        }
        return null;
    }

    private Item topCategory(int i) {
        int j = any(i, "top category is", "top category", "favorite category is", "favorite category", "favourite category is",
                "favourite category", "main category is", "main category", "mostly buy", "mostly bought", "mainly buy",
                "whose top category is", "top category of", "preferred category", "preferred category is", "mostly shop");
        if (j < 0) {
            return null;
        }
        j = opt(j, "in");
        Object[] it = item(j);
        if (it == null || it[0] == null) {
            return null;
        }
        return cond(i, (int) it[2], Filter.compare("top_category", "=", (String) it[0]));
    }

    private Item spend(int i) {
        Quant first = quant(i);
        if (first != null) {
            int e = any(first.end(), "lifetime spend", "in lifetime spend", "spend", "in spend", "total spend",
                    "in total spend", "lifetime value", "in lifetime value", "ltv", "spent", "in purchases", "in sales",
                    "worth of purchases", "worth of orders");
            if (e > 0) {
                Item item = cond(i, e, metric(AudienceField.LIFETIME_SPEND, first));
                EventMeasure measure = new EventMeasure.Purchases(EventMeasure.Aggregate.SUM, null, null);
                item.windowed = w -> first.range() ? between(x -> measure, first, w)
                        : new Filter.Event(measure, w, first.op(), first.low());
                return item;
            }
        }
        int j = any(i, "spent", "spend", "spending", "spends", "lifetime spend", "lifetime value", "ltv", "clv",
                "total spend", "total spending", "customer lifetime value", "lifetime spending", "have spent", "has spent",
                "who spent", "who have spent", "revenue", "total revenue", "spent a total of", "spend of", "spent in total");
        if (j < 0) {
            return null;
        }
        j = opt(j, "of", "is", "was", "in total", "a total of", "total");
        Object[] it = null;
        int k = j;
        if (k < n && t.get(k).is("on")) {
            it = item(k + 1);
            if (it != null) {
                k = (int) it[2];
            }
        }
        Quant q = quant(k);
        if (q == null) {
            return null;
        }
        k = opt(q.end(), "in total", "total", "overall");
        if (it == null && k < n && t.get(k).is("on")) {
            it = item(k + 1);
            if (it != null) {
                k = (int) it[2];
            }
        }
        if (it != null) {
            EventMeasure.Purchases measure = new EventMeasure.Purchases(EventMeasure.Aggregate.SUM, (String) it[0], (String) it[1]);
            return eventItem(i, k, measure, q);
        }
        Item item = cond(i, k, metric(AudienceField.LIFETIME_SPEND, q));
        EventMeasure measure = new EventMeasure.Purchases(EventMeasure.Aggregate.SUM, null, null);
        item.windowed = w -> q.range() ? between(x -> measure, q, w) : new Filter.Event(measure, w, q.op(), q.low());
        return item;
    }

    private static Filter metric(AudienceField field, Quant q) {
        if (q.range()) {
            return new Filter.Between(field, new Value.Number(q.low()), new Value.Number(q.high()));
        }
        return new Filter.Compare(field, q.op(), new Value.Number(q.low()));
    }

    private Item orders(int i) {
        int j = opt(i, "order count is", "order count", "number of orders is", "number of orders", "orders count");
        if (j > i) {
            Quant q = quant(j);
            if (q == null) {
                return null;
            }
            return ordersItem(i, q.end(), q, null, null);
        }
        if (any(i, "no orders", "zero orders", "no purchases", "0 orders", "without orders", "without any orders") > 0) {
            int e = any(i, "no orders", "zero orders", "no purchases", "0 orders", "without orders", "without any orders");
            return ordersItem(i, e, new Quant(Operator.EQ, BigDecimal.ZERO, null, e, false), null, null);
        }
        Quant q = quant(i);
        if (q == null || q.money()) {
            return null;
        }
        int e = any(q.end(), "orders", "order", "purchases", "purchase", "transactions", "transaction");
        if (e < 0) {
            return null;
        }
        Object[] it = null;
        if (e < n && t.get(e).is("of", "in", "from")) {
            it = item(e + 1);
        }
        if (it != null) {
            return ordersItem(i, (int) it[2], q, (String) it[0], (String) it[1]);
        }
        return ordersItem(i, e, q, null, null);
    }

    private Item ordersItem(int i, int end, Quant q, String category, String product) {
        if (category != null || product != null) {
            return eventItem(i, end, new EventMeasure.Purchases(EventMeasure.Aggregate.COUNT, category, product), q);
        }
        Item item = cond(i, end, metric(AudienceField.ORDER_COUNT, q));
        EventMeasure measure = EventMeasure.Purchases.count();
        item.windowed = w -> q.range() ? between(x -> measure, q, w) : new Filter.Event(measure, w, q.op(), q.low());
        return item;
    }

    private Item averageOrder(int i) {
        int j = any(i, "average order", "average order value", "avg order", "avg order value", "aov", "average basket",
                "average basket size", "average basket value", "average purchase", "average purchase value",
                "average spend per order", "average order size", "average order amount", "average spend", "basket size");
        if (j < 0) {
            return null;
        }
        j = opt(j, "of", "is", "was", "value", "value is", "value of", "size", "amount");
        Quant q = quant(j);
        if (q == null) {
            return null;
        }
        Quant quant = q;
        Item item = cond(i, q.end(), metric(AudienceField.AVG_ORDER_VALUE, q));
        EventMeasure measure = new EventMeasure.Purchases(EventMeasure.Aggregate.AVERAGE, null, null);
        item.windowed = w -> quant.range() ? between(x -> measure, quant, w) : new Filter.Event(measure, w, quant.op(), quant.low());
        return item;
    }

    private Item churn(int i) {
        int j = any(i, "churn risk", "churn score", "risk of churn", "churn probability", "likelihood of churn",
                "chance of churning", "risk of churning", "churn risk score");
        if (j < 0) {
            return null;
        }
        j = opt(j, "of", "is");
        Quant q = quant(j);
        if (q == null) {
            return null;
        }
        int end = q.end();
        boolean percent = end < n && t.get(end).is("%", "percent");
        if (percent) {
            end++;
        }
        BigDecimal scale = percent || q.low().compareTo(BigDecimal.ONE) > 0 ? BigDecimal.valueOf(100) : BigDecimal.ONE;
        Quant scaled = new Quant(q.op(), q.low().divide(scale), q.high() == null ? null : q.high().divide(scale), end, false);
        return cond(i, end, metric(AudienceField.CHURN_RISK, scaled));
    }

    private Item recency(int i) {
        int j = any(i, "last ordered", "last order", "last purchase", "last purchased", "last bought", "last order was",
                "last purchase was", "whose last order was", "most recent order", "most recent order was", "latest order");
        if (j < 0) {
            j = any(i, "days since last order", "days since last purchase", "days since their last order");
            if (j < 0) {
                return null;
            }
            j = opt(j, "is", "of");
            Quant q = quant(j);
            return q == null ? null : cond(i, q.end(), metric(AudienceField.DAYS_SINCE_LAST_ORDER, q));
        }
        j = opt(j, "was", "is", "placed");
        Quant q = quant(j);
        if (q != null && !q.range()) {
            int unit = q.end();
            int days = unitDays(unit);
            if (days > 0) {
                int e = any(unit + 1, "ago");
                if (e > 0) {
                    BigDecimal d = q.low().multiply(BigDecimal.valueOf(days));
                    return cond(i, e, new Filter.Compare(AudienceField.DAYS_SINCE_LAST_ORDER, q.op(), new Value.Number(d)));
                }
            }
        }
        Item item = cond(i, j, null);
        item.windowed = w -> new Filter.InWindow(AudienceField.LAST_ORDER_AT, w);
        return item;
    }

    /** Where "N times" ends ("twice" and "once" need no "times"), or -1. */
    private int timesEnd(Quant q) {
        int e = any(q.end(), "times", "time", "orders");
        if (e > 0) {
            return e;
        }
        return !q.range() && t.get(q.end() - 1).is("once", "twice", "thrice") ? q.end() : -1;
    }

    private int unitDays(int k) {
        if (k >= n) {
            return -1;
        }
        String u = Text.stem(t.get(k).norm());
        return switch (u) {
            case "day" -> 1;
            case "week" -> 7;
            case "month" -> 30;
            case "year" -> 365;
            default -> -1;
        };
    }

    private Item gender(int i) {
        if (any(i, "women", "woman", "female", "females", "ladies", "womens") > 0) {
            return cond(i, i + 1, Filter.compare("gender", "=", "female"));
        }
        if (any(i, "men", "man", "male", "males", "guys", "mens") > 0) {
            return cond(i, i + 1, Filter.compare("gender", "=", "male"));
        }
        return null;
    }

    private Item preferredChannel(int i) {
        int j = any(i, "prefer", "prefers", "preferred channel is", "preferred channel", "who prefer", "favorite channel is",
                "best reached by", "best reached via", "preferring");
        if (j < 0) {
            return null;
        }
        Object[] ch = engagementChannel(j);
        if (ch == null) {
            return null;
        }
        return cond(i, (int) ch[1], Filter.compare("preferred_channel", "=", (String) ch[0]));
    }

    private Item joined(int i) {
        int j = any(i, "joined", "signed up", "registered", "created", "became a customer", "became customers",
                "customer since", "customers since", "first seen", "who joined", "who signed up", "sign ups", "signups");
        if (j < 0) {
            return null;
        }
        Item item = cond(i, j, null);
        if (t.get(j - 1).is("since")) {
            item = cond(i, j - 1, null);
        }
        item.windowed = w -> new Filter.InWindow(AudienceField.CREATED_AT, w);
        return item;
    }

    private Item engaged(int i) {
        int j = any(i, "engaged", "engaged with us", "who engaged", "have engaged", "has engaged", "interacted with us",
                "engaged with our emails");
        if (j < 0) {
            return null;
        }
        Item item = cond(i, j, new Filter.IsNotEmpty(AudienceField.LAST_ENGAGED_AT));
        item.windowed = w -> new Filter.InWindow(AudienceField.LAST_ENGAGED_AT, w);
        return item;
    }

    // ---------------------------------------------------------------- ages

    private Item age(int i) {
        int j = seq(i, "born");
        if (j > 0) {
            int k = any(j, "in the", "in", "during the", "during");
            if (k > 0 && k < n) {
                Num num = t.get(k).number();
                if (num != null && num.decade()) {
                    int start = decade(num.value().intValue());
                    int e = opt(k + 1, "s");
                    return cond(i, e, new Filter.Between(AudienceField.BIRTH_DATE, date(LocalDate.of(start, 1, 1)),
                            date(LocalDate.of(start + 9, 12, 31))));
                }
                Integer year = year(k);
                if (year != null) {
                    return cond(i, k + 1, new Filter.Between(AudienceField.BIRTH_DATE, date(LocalDate.of(year, 1, 1)),
                            date(LocalDate.of(year, 12, 31))));
                }
            }
            k = seq(j, "before");
            if (k > 0 && year(k) != null) {
                return cond(i, k + 1, new Filter.Compare(AudienceField.BIRTH_DATE, Operator.LT, date(LocalDate.of(year(k), 1, 1))));
            }
            k = seq(j, "after");
            if (k > 0 && year(k) != null) {
                return cond(i, k + 1, new Filter.Compare(AudienceField.BIRTH_DATE, Operator.GT, date(LocalDate.of(year(k), 12, 31))));
            }
            k = seq(j, "between");
            if (k > 0 && year(k) != null && any(k + 1, "and", "to") > 0 && year(k + 2) != null) {
                return cond(i, k + 3, new Filter.Between(AudienceField.BIRTH_DATE, date(LocalDate.of(year(k), 1, 1)),
                        date(LocalDate.of(year(k + 2), 12, 31))));
            }
            return null;
        }
        j = any(i, "in their");
        if (j > 0 && j < n) {
            Num num = t.get(j).number();
            int low = num != null && num.decade() ? num.value().intValue() : decadeWord(t.get(j).norm());
            if (low >= 10 && low <= 90) {
                return cond(i, opt(j + 1, "s"), ageRange(low, low + 9));
            }
            return null;
        }
        j = any(i, "between the ages of", "between ages", "aged between", "ages between", "age between");
        if (j > 0) {
            Integer a = whole(j);
            int k = any(j + 1, "and", "to");
            if (a != null && k > 0 && whole(k) != null) {
                return cond(i, ageUnits(k + 1), ageRange(a, whole(k)));
            }
            return null;
        }
        j = any(i, "aged", "age", "ages", "age is", "of age");
        if (j > 0) {
            Quant q = quant(j);
            if (q == null || q.money()) {
                return null;
            }
            return cond(i, ageUnits(q.end()), ageFilter(q));
        }
        j = any(i, "older than", "over the age of", "above the age of", "over age");
        Operator op = Operator.GT;
        boolean strong = j > 0;
        if (j < 0) {
            j = any(i, "younger than", "under the age of", "below the age of", "under age");
            op = Operator.LT;
            strong = j > 0;
        }
        if (j < 0) {
            j = any(i, "over", "above");
            op = Operator.GT;
        }
        if (j < 0) {
            j = any(i, "under", "below");
            op = Operator.LT;
        }
        if (j > 0) {
            Integer a = whole(j);
            if (a == null || t.get(j).number().money() || a < 10 || a > 110) {
                return null;
            }
            int e = ageUnits(j + 1);
            if (!strong && e == j + 1 && j + 1 < n && (t.get(j + 1).is("%", "percent") || unitDays(j + 1) > 0
                    || t.get(j + 1).number() != null)) {
                return null;
            }
            return cond(i, e, ageFilter(new Quant(op, BigDecimal.valueOf(a), null, e, false)));
        }
        Quant q = quant(i);
        if (q != null && !q.money() && !q.range()) {
            int older = any(q.end(), "or older", "and older", "years or older", "years and older", "years old or older",
                    "or over");
            int younger = any(q.end(), "or younger", "and younger", "years or younger", "years old or younger", "or under");
            if (older > 0 && whole(i) != null) {
                return cond(i, older, ageFilter(new Quant(Operator.GE, q.low(), null, older, false)));
            }
            if (younger > 0 && whole(i) != null) {
                return cond(i, younger, ageFilter(new Quant(Operator.LE, q.low(), null, younger, false)));
            }
        }
        if (q != null && !q.money()) {
            int e = ageUnits(q.end());
            if (e > q.end()) {
                return cond(i, e, ageFilter(q));
            }
        }
        return null;
    }

    private int ageUnits(int k) {
        return opt(k, "years old", "year olds", "year old", "yo", "years of age", "years");
    }

    private static int decadeWord(String word) {
        return switch (word) {
            case "twenties" -> 20;
            case "thirties" -> 30;
            case "forties" -> 40;
            case "fifties" -> 50;
            case "sixties" -> 60;
            case "seventies" -> 70;
            case "eighties" -> 80;
            default -> -1;
        };
    }

    private static int decade(int written) {
        if (written >= 1000) {
            return written;
        }
        return written < 30 ? 2000 + written : 1900 + written;
    }

    private Filter ageFilter(Quant q) {
        int a = q.low().intValue();
        if (q.range()) {
            return ageRange(a, q.high().intValue());
        }
        return switch (q.op()) {
            case GT -> new Filter.Compare(AudienceField.BIRTH_DATE, Operator.LE, date(today.minusYears(a + 1L)));
            case GE -> new Filter.Compare(AudienceField.BIRTH_DATE, Operator.LE, date(today.minusYears(a)));
            case LT -> new Filter.Compare(AudienceField.BIRTH_DATE, Operator.GT, date(today.minusYears(a)));
            case LE -> new Filter.Compare(AudienceField.BIRTH_DATE, Operator.GT, date(today.minusYears(a + 1L)));
            default -> ageRange(a, a);
        };
    }

    /** Ages {@code low} through {@code high}, both included: born after today − (high + 1) years, on or before today − low years. */
    private Filter ageRange(int low, int high) {
        return new Filter.Between(AudienceField.BIRTH_DATE, date(today.minusYears(high + 1L).plusDays(1)),
                date(today.minusYears(low)));
    }

    private static Value date(LocalDate date) {
        return new Value.Date(date);
    }

    // ---------------------------------------------------------------- places

    private Item place(int i, List<Item> before) {
        Item best = null;
        for (int len = Math.min(5, n - i); len >= 1 && best == null; len--) {
            StringBuilder key = new StringBuilder();
            for (int k = i; k < i + len; k++) {
                key.append(k > i ? " " : "").append(t.get(k).norm());
            }
            best = placeNamed(i, i + len, key.toString(), before);
        }
        return best;
    }

    private Item placeNamed(int i, int end, String key, List<Item> before) {
        Token first = t.get(i);
        String demonym = Places.DEMONYMS.get(Text.stem(key));
        if (demonym == null) {
            demonym = Places.DEMONYMS.get(key);
        }
        if (demonym != null) {
            String[] parts = demonym.split(":");
            Item item = cond(i, end, Filter.compare(parts[0], "=", parts[1]));
            item.place = true;
            return item;
        }
        List<Option> options = new ArrayList<>();
        String region = Places.REGIONS.get(key);
        String country = Places.COUNTRIES.get(key);
        if (key.equals("us") && !first.text().startsWith("U")) {
            country = null;
        }
        if (end == i + 1 && first.upperCaseCode()) {
            String code = first.text();
            boolean wordLike = Places.WORDLIKE_CODES.contains(code);
            boolean afterPlace = i > 0 && (t.get(i - 1).is("in", "from", ",", "and", "or")
                    || (!before.isEmpty() && before.get(before.size() - 1).place && before.get(before.size() - 1).end == i));
            if (!wordLike || afterPlace) {
                region = v.regionCodes.contains(code) ? code : null;
                country = v.countryCodes.contains(code) ? code : code.equals("UK") ? "GB" : null;
            } else {
                return null;
            }
        } else if (end == i + 1 && key.length() <= 3 && !first.upperCaseCode() && region == null) {
            // short lower-case words ("in", "or", "me") are never codes; "usa" and "uk" are names
            if (country == null) {
                return null;
            }
        }
        String cityKey = Places.CITY_ALIASES.getOrDefault(key, key);
        Vocabulary.City city = v.cities.get(cityKey);
        if (region != null && city != null && (city.regions().isEmpty()
                || city.regions().stream().anyMatch(r -> r.region().equals(Places.REGIONS.get(key))))) {
            city = null; // "New York", "Berlin", "Quebec": the region, which holds the city
        }
        if (region != null && country == null && city == null) {
            Item item = cond(i, end, Filter.compare("region", "=", region));
            item.place = true;
            return item;
        }
        if (country != null && region == null && city == null) {
            Item item = cond(i, end, Filter.compare("country", "=", country));
            item.place = true;
            return item;
        }
        if (region != null) {
            options.add(new Option("region:" + region, Places.regionName(region) + " (region " + region + ")",
                    Filter.compare("region", "=", region)));
        }
        if (country != null) {
            options.add(new Option("country:" + country, Places.countryName(country) + " (country " + country + ")",
                    Filter.compare("country", "=", country)));
        }
        if (city != null) {
            List<Vocabulary.CityRegion> regions = city.regions();
            // "Portland, Oregon" / "Portland OR": the city in that region
            int k = opt(end, ",");
            for (Vocabulary.CityRegion r : regions) {
                int e = regionAt(k, r.region());
                if (e > 0) {
                    Item item = cond(i, e, new Filter.And(List.of(Filter.compare("city", "=", city.name()),
                            Filter.compare("region", "=", r.region()))));
                    item.place = true;
                    return item;
                }
            }
            if (regions.size() <= 1 && options.isEmpty()) {
                Item item = cond(i, end, Filter.compare("city", "=", city.name()));
                item.place = true;
                return item;
            }
            if (regions.size() <= 1) {
                options.add(new Option("city:" + city.name(), city.name() + " (city" + (regions.isEmpty() ? ""
                        : ", " + Places.regionName(regions.get(0).region())) + ")", Filter.compare("city", "=", city.name())));
            } else {
                for (Vocabulary.CityRegion r : regions) {
                    options.add(new Option("city:" + city.name() + "|region:" + r.region(),
                            city.name() + ", " + Places.regionName(r.region()),
                            new Filter.And(List.of(Filter.compare("city", "=", city.name()), Filter.compare("region", "=", r.region())))));
                }
            }
        }
        if (options.isEmpty()) {
            return null;
        }
        Item item = cond(i, end, null);
        item.options = options;
        item.place = true;
        return item;
    }

    private int regionAt(int k, String code) {
        if (k >= n) {
            return -1;
        }
        if (t.get(k).text().equals(code)) {
            return k + 1;
        }
        for (int len = Math.min(4, n - k); len >= 1; len--) {
            StringBuilder key = new StringBuilder();
            for (int x = k; x < k + len; x++) {
                key.append(x > k ? " " : "").append(t.get(x).norm());
            }
            if (code.equals(Places.REGIONS.get(key.toString()))) {
                return k + len;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- time

    private Item window(int i) {
        Win w = timeWindow(i);
        if (w == null) {
            return null;
        }
        Item item = new Item(Kind.WINDOW, i, w.end());
        item.window = w.window();
        return item;
    }

    private Win timeWindow(int i) {
        int j = opt(i, "in", "over", "within", "during", "for", "from");
        int k = opt(j, "the");
        int l = any(k, "last", "past", "previous", "recent");
        if (l > 0) {
            Num num = l < n ? t.get(l).number() : null;
            int m = num != null && !num.money() ? l + 1 : l;
            int count = num != null && !num.money() ? num.value().intValue() : 1;
            Win unit = unitWindow(m, count);
            if (unit != null && (num != null || k > j || j > i)) {
                return unit;
            }
            if (num == null && k == j) {
                // "last year", "last month": the previous calendar period
                if (any(l, "year") > 0) {
                    int y = today.getYear() - 1;
                    return new Win(new TimeWindow.Dates(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)), l + 1);
                }
                if (any(l, "month") > 0) {
                    LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                    return new Win(new TimeWindow.Dates(first, first.with(TemporalAdjusters.lastDayOfMonth())), l + 1);
                }
                if (any(l, "week") > 0) {
                    return new Win(new TimeWindow.LastDays(7), l + 1);
                }
            }
            if (unit != null) {
                return unit;
            }
        }
        if (j > i && t.get(i).is("in", "within", "for", "over")) {
            int m = opt(j, "over", "more than", "the", "over the");
            Num num = m < n ? t.get(m).number() : null;
            if (num != null && !num.money() && !num.decade() && num.value().intValue() < 1000) {
                Win unit = unitWindow(m + 1, num.value().intValue());
                if (unit != null) {
                    return unit;
                }
            }
        }
        int e = any(i, "this year", "year to date", "ytd", "so far this year");
        if (e > 0) {
            return new Win(new TimeWindow.ThisYear(), e);
        }
        e = any(i, "this month", "so far this month");
        if (e > 0) {
            return new Win(new TimeWindow.Dates(today.withDayOfMonth(1), null), e);
        }
        e = any(i, "this week");
        if (e > 0) {
            return new Win(new TimeWindow.Dates(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), null), e);
        }
        e = any(i, "recently", "lately", "of late");
        if (e > 0) {
            return new Win(new TimeWindow.LastDays(30), e);
        }
        e = any(i, "today");
        if (e > 0) {
            return new Win(new TimeWindow.Dates(today, today), e);
        }
        e = any(i, "yesterday");
        if (e > 0) {
            return new Win(new TimeWindow.Dates(today.minusDays(1), today.minusDays(1)), e);
        }
        e = any(i, "since");
        if (e > 0) {
            LocalDate[] period = period(e);
            if (period != null) {
                return new Win(new TimeWindow.Dates(period[0], null), periodEnd(e));
            }
            if (any(e, "last year") > 0) {
                return new Win(new TimeWindow.Dates(LocalDate.of(today.getYear() - 1, 1, 1), null), e + 2);
            }
            return null;
        }
        e = any(i, "before", "prior to");
        if (e > 0) {
            LocalDate[] period = period(e);
            return period == null ? null : new Win(new TimeWindow.Dates(null, period[0].minusDays(1)), periodEnd(e));
        }
        e = any(i, "after");
        if (e > 0) {
            LocalDate[] period = period(e);
            return period == null ? null : new Win(new TimeWindow.Dates(period[1].plusDays(1), null), periodEnd(e));
        }
        e = any(i, "in", "during", "in the year", "throughout");
        if (e > 0) {
            LocalDate[] period = period(e);
            return period == null ? null : new Win(new TimeWindow.Dates(period[0], period[1]), periodEnd(e));
        }
        return null;
    }

    private Win unitWindow(int m, int count) {
        if (m >= n || count < 1) {
            return null;
        }
        String unit = Text.stem(t.get(m).norm());
        return switch (unit) {
            case "day" -> new Win(new TimeWindow.LastDays(count), m + 1);
            case "week" -> new Win(new TimeWindow.LastDays(count * 7), m + 1);
            case "month" -> new Win(new TimeWindow.LastMonths(count), m + 1);
            case "quarter" -> new Win(new TimeWindow.LastMonths(count * 3), m + 1);
            case "year" -> new Win(new TimeWindow.LastMonths(count * 12), m + 1);
            default -> null;
        };
    }

    /** A year, a month (this year's, or last year's if it has not come yet) or a month and year at {@code k}. */
    private LocalDate[] period(int k) {
        if (k >= n) {
            return null;
        }
        int month = month(t.get(k).norm());
        if (month > 0) {
            Integer year = k + 1 < n ? year(k + 1) : null;
            int y = year != null ? year : month <= today.getMonthValue() ? today.getYear() : today.getYear() - 1;
            LocalDate first = LocalDate.of(y, month, 1);
            return new LocalDate[] {first, first.with(TemporalAdjusters.lastDayOfMonth())};
        }
        Integer year = year(k);
        if (year != null) {
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
        return null;
    }

    private int periodEnd(int k) {
        if (month(t.get(k).norm()) > 0) {
            return k + 1 < n && year(k + 1) != null ? k + 2 : k + 1;
        }
        return k + 1;
    }

    private static int month(String word) {
        for (int m = 0; m < 12; m++) {
            String name = MONTHS.get(m);
            if (word.equals(name) || (word.length() >= 3 && !word.equals("may") && name.startsWith(word) && word.length() <= name.length()
                    && (word.length() == 3 || word.equals("sept")))) {
                return m + 1;
            }
        }
        return word.equals("may") ? 5 : -1;
    }

    private Integer year(int k) {
        if (k >= n) {
            return null;
        }
        Num num = t.get(k).number();
        if (num == null || num.money() || num.decade() || num.plus()) {
            return null;
        }
        int y;
        try {
            y = num.value().intValueExact();
        } catch (ArithmeticException notWhole) {
            return null;
        }
        return y >= 1900 && y <= 2100 ? y : null;
    }

    private Integer whole(int k) {
        if (k >= n) {
            return null;
        }
        Num num = t.get(k).number();
        if (num == null) {
            return null;
        }
        try {
            return num.value().intValueExact();
        } catch (ArithmeticException notWhole) {
            return null;
        }
    }

    // ---------------------------------------------------------------- negation and numbers

    private Item negation(int i) {
        int e = any(i, "not", "no", "never", "without", "excluding", "exclude", "except", "except for", "but not",
                "other than", "outside", "outside of", "havent", "hasnt", "didnt", "dont", "doesnt", "arent", "isnt",
                "werent", "wasnt", "have not", "has not", "did not", "do not", "does not", "are not", "is not", "non",
                "who havent", "who have not", "who hasnt", "who didnt", "who dont", "who are not", "who arent", "not yet",
                "havent yet", "have never", "has never", "who have never", "who never", "apart from", "besides");
        return e > 0 ? new Item(Kind.NEG, i, e) : null;
    }

    private Quant quant(int i) {
        if (i >= n) {
            return null;
        }
        int j = any(i, "between", "from");
        if (j > 0) {
            Num a = num(j);
            int k = any(j + 1, "and", "to");
            if (a != null && k > 0 && num(k) != null) {
                int end = money(k + 1);
                return new Quant(Operator.EQ, a.value(), num(k).value(), end, a.money() || num(k).money());
            }
            return null;
        }
        Num a = num(i);
        if (a != null) {
            int end = money(i + 1);
            int k = any(i + 1, "to");
            if (k > 0 && num(k) != null) {
                return new Quant(Operator.EQ, a.value(), num(k).value(), money(k + 1), a.money() || num(k).money());
            }
            int m = any(end, "or more", "or above", "or over", "and up", "and above", "and over", "or higher", "plus",
                    "or greater", "and more", "+");
            if (m > 0 || a.plus()) {
                return new Quant(Operator.GE, a.value(), null, Math.max(m, end), a.money());
            }
            m = any(end, "or less", "or fewer", "or under", "or below", "and under", "and below", "or lower", "at most",
                    "or lesser");
            if (m > 0) {
                return new Quant(Operator.LE, a.value(), null, m, a.money());
            }
            return new Quant(Operator.EQ, a.value(), null, end, a.money());
        }
        int best = -1;
        Operator op = null;
        for (Map.Entry<String, Operator> c : COMPARATORS.entrySet()) {
            int e = seq(i, c.getKey());
            if (e > best && num(e) != null) {
                best = e;
                op = c.getValue();
            }
        }
        if (best < 0) {
            return null;
        }
        Num b = num(best);
        return new Quant(op, b.value(), null, money(best + 1), b.money());
    }

    private int money(int k) {
        return opt(k, "dollars", "dollar", "usd", "bucks", "euros", "eur", "pounds", "gbp", "cad");
    }

    private Num num(int k) {
        if (k < 0 || k >= n) {
            return null;
        }
        Num num = t.get(k).number();
        if (num == null && t.get(k).is("a", "an") && k + 1 < n && unitDays(k + 1) > 0) {
            return null;
        }
        return num;
    }

    // ---------------------------------------------------------------- word matching

    private int seq(int i, String phrase) {
        int k = i;
        for (String word : phrase.split(" ")) {
            if (k >= n || !t.get(k).norm().equals(word)) {
                return -1;
            }
            k++;
        }
        return k;
    }

    private int any(int i, String... phrases) {
        int best = -1;
        for (String phrase : phrases) {
            best = Math.max(best, seq(i, phrase));
        }
        return best;
    }

    private int opt(int i, String... phrases) {
        int e = any(i, phrases);
        return e < 0 ? i : e;
    }
}
