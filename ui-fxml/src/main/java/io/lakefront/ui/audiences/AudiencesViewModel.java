package io.lakefront.ui.audiences;

import io.lakefront.domain.audience.AudienceInsights;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.InterpretRequest;
import io.lakefront.domain.audience.Interpretation;
import io.lakefront.domain.audience.SavedAudience;
import io.lakefront.domain.audience.SuppressionRule;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.domain.task.TaskHandle;
import io.lakefront.ui.common.EmptyStateText;
import io.lakefront.ui.common.Formats;
import io.lakefront.ui.shell.Screen;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Audiences: a description typed in plain words becomes conditions (chips beside the words that made
 * them), counted live while typing (debounced, in the background; an answer to older words is dropped)
 * with the suppression rules applied and the suppressed counted apart; the insights follow by themselves.
 * A clarifying question is asked with its choices, never guessed. Refinement ("only those in Texas")
 * changes the audience applied last when the Refine toggle is on or the words start with a refining
 * word. Saved audiences are opened, saved, duplicated, deleted and compared here.
 */
public final class AudiencesViewModel {
    static final EmptyStateText EMPTY = EmptyStateText.of("mdal-groups", "No audiences yet",
            "Describe an audience in your own words — “lapsed VIPs in Texas who opened an email this month” — and it becomes editable conditions with a live count, the size trend, top categories and churn risk.",
            "Audiences are built from customer profiles: resolve identities first, or build a demo workspace with ./lakefront demo.")
            .withAction(Screen.CUSTOMERS, "Open Customers");
    static final Duration DEBOUNCE = Duration.ofMillis(250);
    /** Words that, first in a description, make it change the current audience rather than replace it. */
    static final List<String> REFINE_WORDS = List.of("only", "exclude", "excluding", "except", "without", "but",
            "remove", "drop", "also", "and", "plus", "refine");
    /** The "audience" a comparison may use besides the saved ones: the one on screen. */
    public static final String THIS_AUDIENCE = "This audience";
    static final String OFFLINE = "Offline interpreter: words are understood on this computer, no language model involved";

    private final AudienceDesk desk;
    private final TaskExecutor tasks;
    private final Duration debounce;

    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final BooleanProperty refineMode = new SimpleBooleanProperty(this, "refineMode");
    private final ReadOnlyBooleanWrapper refining = new ReadOnlyBooleanWrapper(this, "refining");
    private final ReadOnlyStringWrapper refiningText = new ReadOnlyStringWrapper(this, "refiningText", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper noCustomers = new ReadOnlyBooleanWrapper(this, "noCustomers");
    private final ReadOnlyBooleanWrapper mayEdit = new ReadOnlyBooleanWrapper(this, "mayEdit");
    private final ObservableList<AudienceRows.Chip> chips = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notUnderstood = new ReadOnlyStringWrapper(this, "notUnderstood", "");
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper(this, "question", "");
    private final ObservableList<Interpretation.Choice> choices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper interpreter = new ReadOnlyStringWrapper(this, "interpreter", OFFLINE);
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyStringWrapper suppressedText = new ReadOnlyStringWrapper(this, "suppressedText", "");
    private final ReadOnlyBooleanWrapper insightsLoading = new ReadOnlyBooleanWrapper(this, "insightsLoading");
    private final ReadOnlyBooleanWrapper hasInsights = new ReadOnlyBooleanWrapper(this, "hasInsights");
    private final ObservableList<AudienceRows.TrendPoint> trend = FXCollections.observableArrayList();
    private final ObservableList<AudienceRows.InsightRow> categories = FXCollections.observableArrayList();
    private final ObservableList<AudienceRows.InsightRow> churnRisk = FXCollections.observableArrayList();
    private final ObservableList<AudienceRows.InsightRow> reachability = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper averageSpend = new ReadOnlyStringWrapper(this, "averageSpend", "");
    private final ReadOnlyStringWrapper trendNote = new ReadOnlyStringWrapper(this, "trendNote", "");
    private final ObservableList<AudienceRows.RuleRow> rules = FXCollections.observableArrayList();
    private final ObservableList<AudienceRows.SavedRow> saved = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper openName = new ReadOnlyStringWrapper(this, "openName", "");
    private final ObservableList<String> compareChoices = FXCollections.observableArrayList();
    private final ObservableList<AudienceRows.CompareRow> comparison = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper comparisonTitle = new ReadOnlyStringWrapper(this, "comparisonTitle", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** What the screen shows: the conditions, from words or from chips edited since. */
    private Interpretation current;
    /** What a refinement changes: the audience applied last (Enter), opened, or edited on its chips. */
    private Interpretation base;
    /** The words of {@link #current} and of {@link #base}: a refinement's words joined to those it refined. */
    private String words = "";
    private String baseWords = "";
    private final Map<String, String> answers = new LinkedHashMap<>();
    private boolean quiet;
    private long request;
    private TaskHandle<?> pending;
    private List<SuppressionRule> ruleList = List.of();
    private AudienceCount lastCount;

    public AudiencesViewModel(AudienceDesk desk, TaskExecutor tasks) {
        this(desk, tasks, DEBOUNCE);
    }

    /** With the pause after the last keystroke before the words are understood ({@link Duration#ZERO} in tests). */
    public AudiencesViewModel(AudienceDesk desk, TaskExecutor tasks, Duration debounce) {
        this.desk = desk;
        this.tasks = tasks;
        this.debounce = debounce;
        description.addListener((obs, old, text) -> {
            updateRefining();
            if (!quiet) {
                understand(false, false);
            }
        });
        refineMode.addListener((obs, old, on) -> updateRefining());
    }

    /** What the screen shows while there are no customers to build audiences from. */
    public EmptyStateText emptyState() {
        return EMPTY;
    }

    /** The screen became visible: the first time, whether there are customers, the rules and the saved audiences. */
    public void shown() {
        if (!loaded.get()) {
            refresh();
        }
    }

    /** Reads the population, the rules and the saved audiences again, and counts the current audience again. */
    public void refresh() {
        problem.set("");
        tasks.submit("Loading audiences", context -> new Loaded(desk.population(), desk.suppressionRules(), desk.saved(),
                desk.mayEdit())).result().whenComplete((done, error) -> {
                    if (error != null) {
                        // No gold table to count, say: the empty state says what to do; the problem says what happened.
                        loaded.set(true);
                        noCustomers.set(true);
                        problem.set("Could not load audiences: " + Formats.problem(error));
                        return;
                    }
                    loaded.set(true);
                    noCustomers.set(done.population() == 0);
                    mayEdit.set(done.mayEdit());
                    ruleList = done.rules();
                    showRules();
                    showSaved(done.saved());
                    if (current != null && done.population() > 0) {
                        recount();
                    }
                });
    }

    private record Loaded(long population, List<SuppressionRule> rules, List<SavedAudience> saved, boolean mayEdit) { }

    /** Enter: understands the words at once and applies them (a refinement then becomes the audience refined further). */
    public void apply() {
        understand(true, true);
    }

    /** Esc: a blank description and no audience. */
    public void clear() {
        request++;
        cancelPending();
        quietly(() -> description.set(""));
        current = null;
        base = null;
        words = "";
        baseWords = "";
        answers.clear();
        openName.set("");
        showInterpretation(null);
        showCount(null);
        showInsights(null);
        counting.set(false);
        notice.set("");
        problem.set("");
        updateRefining();
    }

    /** Answers the clarifying question with one of its choices and applies the words again. */
    public void answer(Interpretation.Choice choice) {
        if (current == null || current.question().isEmpty()) {
            return;
        }
        answers.put(current.question().get().words(), choice.key());
        understand(true, true);
    }

    /** Understands the words in the background; {@code commit}: they become the audience refinements change. */
    private void understand(boolean immediately, boolean commit) {
        String text = description.get() == null ? "" : description.get();
        long mine = ++request;
        cancelPending();
        problem.set("");
        if (text.isBlank()) {
            current = base;
            words = baseWords;
            showInterpretation(base);
            if (base == null) {
                showCount(null);
                showInsights(null);
            } else {
                recount();
            }
            return;
        }
        boolean refine = refiningNow();
        Optional<Interpretation> on = refine ? Optional.of(base) : Optional.empty();
        InterpretRequest asked = new InterpretRequest(text, on, answers);
        long pause = immediately ? 0 : debounce.toMillis();
        counting.set(true);
        TaskHandle<Live> handle = tasks.submit("Understanding the audience", context -> {
            waitQuietly(pause, context);
            // While typing, the quick offline reading; a configured model is asked once the words are applied.
            Interpretation understood = commit ? desk.interpret(asked) : desk.draft(asked);
            if (context.cancelled()) {
                throw new CancellationException("newer words replaced these");
            }
            return new Live(understood, desk.count(understood.filter()));
        });
        pending = handle;
        handle.result().whenComplete((live, error) -> {
            if (mine != request) {
                return;
            }
            pending = null;
            counting.set(false);
            if (error != null) {
                if (!(unwrap(error) instanceof CancellationException)) {
                    problem.set("Could not understand the description: " + Formats.problem(error));
                }
                return;
            }
            current = live.interpretation();
            words = refine ? baseWords + ", " + text.strip() : text.strip();
            if (commit) {
                commit(refine);
            }
            showInterpretation(current);
            showCount(live.count());
            loadInsights(current.filter(), mine);
        });
    }

    private record Live(Interpretation interpretation, AudienceCount count) { }

    /** The words applied become the base of the next refinement; a refinement's words are cleared for the next one. */
    private void commit(boolean refined) {
        if (current.ambiguous()) {
            return;
        }
        base = current;
        baseWords = words;
        if (refined) {
            quietly(() -> description.set(""));
        }
        updateRefining();
    }

    /** Removes one condition; the rest stay (and become what a refinement changes). */
    public void removeChip(int index) {
        if (current == null || index < 0 || index >= current.conditions().size()) {
            return;
        }
        List<Interpretation.InterpretedCondition> kept = new ArrayList<>(current.conditions());
        kept.remove(index);
        edited(kept);
    }

    /** Gives one simple condition a new value ("1000" → "500", "TX" → "TX, OK"); a value that does not fit is a problem shown. */
    public void editChip(int index, String value) {
        if (current == null || index < 0 || index >= current.conditions().size()) {
            return;
        }
        Interpretation.InterpretedCondition old = current.conditions().get(index);
        Filter changed;
        try {
            changed = ConditionText.edit(old.filter(), value);
        } catch (RuntimeException notAValue) {
            problem.set("Could not change “" + old.description() + "”: " + Formats.problem(notAValue));
            return;
        }
        List<Interpretation.InterpretedCondition> conditions = new ArrayList<>(current.conditions());
        conditions.set(index, new Interpretation.InterpretedCondition(old.words(), old.start(), old.end(), changed,
                io.lakefront.domain.audience.nl.FilterText.describe(changed)));
        edited(conditions);
    }

    private void edited(List<Interpretation.InterpretedCondition> conditions) {
        request++;
        cancelPending();
        problem.set("");
        current = new Interpretation(current.text(), and(conditions), conditions, current.notUnderstood(),
                current.question(), current.interpreter());
        base = current;
        baseWords = words;
        showInterpretation(current);
        updateRefining();
        recount();
    }

    private static Filter and(List<Interpretation.InterpretedCondition> conditions) {
        return conditions.size() == 1 ? conditions.get(0).filter()
                : new Filter.And(conditions.stream().map(Interpretation.InterpretedCondition::filter).toList());
    }

    /** Counts the current audience again (a rule switched, a chip edited), then its insights. */
    private void recount() {
        if (current == null) {
            return;
        }
        long mine = ++request;
        Filter filter = current.filter();
        counting.set(true);
        tasks.submit("Counting the audience", context -> desk.count(filter)).result().whenComplete((count, error) -> {
            if (mine != request) {
                return;
            }
            counting.set(false);
            if (error != null) {
                problem.set("Could not count the audience: " + Formats.problem(error));
                return;
            }
            showCount(count);
            loadInsights(filter, mine);
        });
    }

    private void loadInsights(Filter filter, long mine) {
        insightsLoading.set(true);
        tasks.submit("Audience insights", context -> desk.insights(filter)).result().whenComplete((insights, error) -> {
            if (mine != request) {
                return;
            }
            insightsLoading.set(false);
            if (error != null) {
                problem.set("Could not compute the insights: " + Formats.problem(error));
                return;
            }
            showInsights(insights);
        });
    }

    private void showInterpretation(Interpretation shown) {
        if (shown == null) {
            chips.clear();
            notUnderstood.set("");
            question.set("");
            choices.clear();
            return;
        }
        List<AudienceRows.Chip> rows = new ArrayList<>();
        for (int i = 0; i < shown.conditions().size(); i++) {
            Interpretation.InterpretedCondition c = shown.conditions().get(i);
            rows.add(new AudienceRows.Chip(i, c.words(), c.description(), ConditionText.editable(c.filter()).orElse("")));
        }
        chips.setAll(rows);
        notUnderstood.set(shown.notUnderstood().isEmpty() ? "" : "Not understood: " + String.join(", ",
                shown.notUnderstood().stream().map(w -> "“" + w + "”").toList()) + " — these words became no condition.");
        question.set(shown.question().map(Interpretation.Question::text).orElse(""));
        choices.setAll(shown.question().map(Interpretation.Question::choices).orElse(List.of()));
        interpreter.set(shown.interpreter().equals("offline") || shown.interpreter().equals("saved") ? OFFLINE
                : "Language model " + shown.interpreter() + ": its answer was checked against the field catalogue before use");
    }

    private void showCount(AudienceCount count) {
        lastCount = count;
        if (count == null) {
            countText.set("");
            suppressedText.set("");
        } else {
            String share = count.population() == 0 ? "" : " · " + percent((double) count.size() / count.population()) + " of "
                    + Formats.count(count.population());
            countText.set((count.size() == 1 ? "1 customer" : Formats.count(count.size()) + " customers") + share
                    + (current != null && current.ambiguous() ? " (before your answer)" : ""));
            suppressedText.set(count.suppressed() == 0 ? "No one suppressed"
                    : Formats.count(count.suppressed()) + " suppressed by the rules");
        }
        showRules();
    }

    private void showRules() {
        List<AudienceRows.RuleRow> rows = new ArrayList<>();
        for (SuppressionRule rule : ruleList) {
            String taken = "";
            if (rule.enabled() && lastCount != null) {
                long n = lastCount.suppressedByRule().getOrDefault(rule.name(), 0L);
                taken = Formats.count(n) + " suppressed";
            } else if (!rule.enabled()) {
                taken = "off";
            }
            rows.add(new AudienceRows.RuleRow(rule.name(), rule.description(), rule.enabled(), taken));
        }
        rules.setAll(rows);
    }

    private void showInsights(AudienceInsights insights) {
        hasInsights.set(insights != null);
        if (insights == null) {
            trend.clear();
            categories.clear();
            churnRisk.clear();
            reachability.clear();
            averageSpend.set("");
            trendNote.set("");
            return;
        }
        trend.setAll(insights.trend().stream().map(m -> new AudienceRows.TrendPoint(
                m.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.US) + " " + String.valueOf(m.month().getYear()).substring(2),
                m.size())).toList());
        if (insights.trend().size() >= 2) {
            long first = insights.trend().get(0).size();
            long last = insights.trend().get(insights.trend().size() - 1).size();
            trendNote.set("12 months ago " + Formats.count(first) + ", now " + Formats.count(last)
                    + (first == 0 ? "" : " (" + (last >= first ? "+" : "") + percent((double) (last - first) / first) + ")"));
        } else {
            trendNote.set("");
        }
        categories.setAll(insights.categories().stream().limit(8).map(c -> new AudienceRows.InsightRow(c.category(),
                Formats.count(c.customers()), c.share(), "affinity " + Math.round(c.affinity()))).toList());
        averageSpend.set(insights.averageLifetimeSpend().map(AudiencesViewModel::money).orElse(Formats.NONE));
        long members = insights.size();
        churnRisk.setAll(insights.churnRisk().stream().map(b -> new AudienceRows.InsightRow(
                String.format(Locale.ROOT, "%.1f–%.1f", b.low(), b.high()), Formats.count(b.customers()),
                members == 0 ? 0 : (double) b.customers() / members, "")).toList());
        reachability.setAll(insights.reachability().stream().map(r -> new AudienceRows.InsightRow(r.channel(),
                Formats.count(r.reachable()), r.share(), percent(r.share()))).toList());
    }

    /** Switches a suppression rule on or off, then counts again. */
    public void enableRule(String name, boolean enabled) {
        run("Suppression rule " + name, context -> desk.enableRule(name, enabled), now -> {
            ruleList = now;
            showRules();
            notice.set("“" + name + "” is " + (enabled ? "on: it takes customers out of every audience." : "off."));
            if (pending != null) {
                understand(true, false); // the words being understood are counted again, with the rule as it is now
            } else {
                recount();
            }
        });
    }

    /** Ctrl+S: saves the audience on screen under {@code name} (the one opened, by default). */
    public void save(String name) {
        if (current == null) {
            problem.set("Describe an audience first, then save it.");
            return;
        }
        if (current.ambiguous()) {
            problem.set("Answer the question first: " + question.get());
            return;
        }
        String said = words.isBlank() ? io.lakefront.domain.audience.nl.FilterText.describe(current.filter()) : words;
        SavedAudience audience;
        try {
            audience = new SavedAudience(name == null ? "" : name.strip(), said, current.filter());
        } catch (RuntimeException badName) {
            problem.set(Formats.problem(badName));
            return;
        }
        run("Saving audience " + audience.name(), context -> {
            desk.save(audience);
            return desk.saved();
        }, list -> {
            showSaved(list);
            openName.set(audience.name());
            notice.set("Saved “" + audience.name() + "”.");
        });
    }

    /** Opens a saved audience: its words in the box, its filter's conditions as chips, counted with today's rules. */
    public void open(String name) {
        run("Opening audience " + name, context -> desk.saved().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new io.lakefront.domain.UserError("no saved audience named '" + name + "'")), audience -> {
            answers.clear();
            current = new Interpretation(audience.description(), audience.filter(), conditionsOf(audience.filter()),
                    List.of(), Optional.empty(), "saved");
            base = current;
            words = audience.description();
            baseWords = words;
            quietly(() -> description.set(audience.description()));
            openName.set(audience.name());
            notice.set("");
            showInterpretation(current);
            updateRefining();
            recount();
        });
    }

    private static List<Interpretation.InterpretedCondition> conditionsOf(Filter filter) {
        List<Filter> parts = filter instanceof Filter.And and ? and.parts() : List.of(filter);
        return parts.stream().map(p -> new Interpretation.InterpretedCondition("", -1, -1, p, io.lakefront.domain.audience.nl.FilterText.describe(p))).toList();
    }

    public void duplicate(String name) {
        run("Duplicating audience " + name, context -> {
            SavedAudience copy = desk.duplicate(name);
            return new Duplicated(copy, desk.saved());
        }, done -> {
            showSaved(done.saved());
            notice.set("Saved a copy of “" + name + "” as “" + done.copy().name() + "”.");
        });
    }

    private record Duplicated(SavedAudience copy, List<SavedAudience> saved) { }

    public void delete(String name) {
        run("Deleting audience " + name, context -> {
            desk.delete(name);
            return desk.saved();
        }, list -> {
            showSaved(list);
            if (openName.get().equals(name)) {
                openName.set("");
            }
            notice.set("Deleted “" + name + "”.");
        });
    }

    private void showSaved(List<SavedAudience> list) {
        saved.setAll(list.stream().map(a -> new AudienceRows.SavedRow(a.name(), a.description())).toList());
        List<String> names = new ArrayList<>();
        names.add(THIS_AUDIENCE);
        list.forEach(a -> names.add(a.name()));
        compareChoices.setAll(names);
    }

    /** Compares two audiences ({@link #THIS_AUDIENCE} or saved names): sizes, overlap, key insights side by side. */
    public void compare(String a, String b) {
        if (a == null || b == null) {
            problem.set("Choose two audiences to compare.");
            return;
        }
        if ((THIS_AUDIENCE.equals(a) || THIS_AUDIENCE.equals(b)) && current == null) {
            problem.set("Describe an audience first to compare it.");
            return;
        }
        Filter here = current == null ? null : current.filter();
        run("Comparing audiences", context -> {
            List<SavedAudience> list = desk.saved();
            return desk.compare(filterOf(a, here, list), filterOf(b, here, list));
        }, result -> {
            comparisonTitle.set(a + " and " + b + ": " + Formats.count(result.overlap()) + " in both");
            comparison.setAll(compareRows(result));
        });
    }

    private static Filter filterOf(String name, Filter here, List<SavedAudience> saved) {
        if (THIS_AUDIENCE.equals(name)) {
            return here;
        }
        return saved.stream().filter(s -> s.name().equals(name)).findFirst().map(SavedAudience::filter)
                .orElseThrow(() -> new io.lakefront.domain.UserError("no saved audience named '" + name + "'"));
    }

    private static List<AudienceRows.CompareRow> compareRows(AudienceComparison c) {
        List<AudienceRows.CompareRow> rows = new ArrayList<>();
        rows.add(new AudienceRows.CompareRow("Customers", Formats.count(c.a().size()), Formats.count(c.b().size())));
        rows.add(new AudienceRows.CompareRow("In this one only", Formats.count(c.onlyA()), Formats.count(c.onlyB())));
        rows.add(new AudienceRows.CompareRow("Share of both", share(c.overlap(), c.a().size()), share(c.overlap(), c.b().size())));
        rows.add(new AudienceRows.CompareRow("Average lifetime spend",
                c.a().averageLifetimeSpend().map(AudiencesViewModel::money).orElse(Formats.NONE),
                c.b().averageLifetimeSpend().map(AudiencesViewModel::money).orElse(Formats.NONE)));
        rows.add(new AudienceRows.CompareRow("Top category", topCategory(c.a()), topCategory(c.b())));
        rows.add(new AudienceRows.CompareRow("High churn risk (≥ 0.6)", highRisk(c.a()), highRisk(c.b())));
        for (String channel : List.of("email", "sms", "push")) {
            rows.add(new AudienceRows.CompareRow("Reachable by " + channel, reach(c.a(), channel), reach(c.b(), channel)));
        }
        return rows;
    }

    private static String share(long part, long of) {
        return of == 0 ? Formats.NONE : percent((double) part / of);
    }

    private static String topCategory(AudienceInsights insights) {
        return insights.categories().isEmpty() ? Formats.NONE : insights.categories().get(0).category()
                + " (" + percent(insights.categories().get(0).share()) + ")";
    }

    private static String highRisk(AudienceInsights insights) {
        long high = insights.churnRisk().stream().filter(b -> b.low() >= 0.6).mapToLong(AudienceInsights.RiskBand::customers).sum();
        return Formats.count(high) + " (" + share(high, insights.size()) + ")";
    }

    private static String reach(AudienceInsights insights, String channel) {
        return insights.reachability().stream().filter(r -> r.channel().equals(channel)).findFirst()
                .map(r -> Formats.count(r.reachable()) + " (" + percent(r.share()) + ")").orElse(Formats.NONE);
    }

    private boolean refiningNow() {
        if (base == null) {
            return false;
        }
        if (refineMode.get()) {
            return true;
        }
        String text = description.get() == null ? "" : description.get().strip().toLowerCase(Locale.ROOT);
        String first = text.split("[^\\p{L}]+", 2)[0];
        return REFINE_WORDS.contains(first);
    }

    private void updateRefining() {
        boolean now = refiningNow();
        refining.set(now);
        refiningText.set(now ? "Refining the current audience (" + conditionsText(base.conditions().size())
                + "): the words change it instead of replacing it." : base == null && refineMode.get()
                ? "Refine is on: press Enter on a description first; later words then change that audience." : "");
    }

    private static String conditionsText(int n) {
        return n == 1 ? "1 condition" : n + " conditions";
    }

    /** Runs desk work in the background and shows its result, or the problem. */
    private <T> void run(String title, io.lakefront.domain.task.BackgroundWork<T> work, Consumer<T> then) {
        problem.set("");
        tasks.submit(title, work).result().whenComplete((value, error) -> {
            if (error != null) {
                problem.set(title + ": " + Formats.problem(error));
                return;
            }
            then.accept(value);
        });
    }

    private void quietly(Runnable change) {
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = false;
        }
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    /** The debounce: newer words cancel this work while it waits. */
    private static void waitQuietly(long millis, TaskContext context) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (context.cancelled()) {
                throw new CancellationException("newer words replaced these");
            }
            Thread.sleep(Math.min(20, Math.max(1, end - System.currentTimeMillis())));
        }
        if (context.cancelled()) {
            throw new CancellationException("newer words replaced these");
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    // Properties.

    public StringProperty descriptionProperty() { return description; }
    public BooleanProperty refineModeProperty() { return refineMode; }
    public ReadOnlyBooleanProperty refiningProperty() { return refining.getReadOnlyProperty(); }
    public ReadOnlyStringProperty refiningTextProperty() { return refiningText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty noCustomersProperty() { return noCustomers.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty mayEditProperty() { return mayEdit.getReadOnlyProperty(); }
    public ObservableList<AudienceRows.Chip> chips() { return chips; }
    public ReadOnlyStringProperty notUnderstoodProperty() { return notUnderstood.getReadOnlyProperty(); }
    public ReadOnlyStringProperty questionProperty() { return question.getReadOnlyProperty(); }
    public ObservableList<Interpretation.Choice> choices() { return choices; }
    public ReadOnlyStringProperty interpreterProperty() { return interpreter.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty countingProperty() { return counting.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countTextProperty() { return countText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty suppressedTextProperty() { return suppressedText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty insightsLoadingProperty() { return insightsLoading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasInsightsProperty() { return hasInsights.getReadOnlyProperty(); }
    public ObservableList<AudienceRows.TrendPoint> trend() { return trend; }
    public ReadOnlyStringProperty trendNoteProperty() { return trendNote.getReadOnlyProperty(); }
    public ObservableList<AudienceRows.InsightRow> categories() { return categories; }
    public ObservableList<AudienceRows.InsightRow> churnRisk() { return churnRisk; }
    public ObservableList<AudienceRows.InsightRow> reachability() { return reachability; }
    public ReadOnlyStringProperty averageSpendProperty() { return averageSpend.getReadOnlyProperty(); }
    public ObservableList<AudienceRows.RuleRow> rules() { return rules; }
    public ObservableList<AudienceRows.SavedRow> saved() { return saved; }
    public ReadOnlyStringProperty openNameProperty() { return openName.getReadOnlyProperty(); }
    public ObservableList<String> compareChoices() { return compareChoices; }
    public ObservableList<AudienceRows.CompareRow> comparison() { return comparison; }
    public ReadOnlyStringProperty comparisonTitleProperty() { return comparisonTitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    /** True when there is an audience on screen (to save or compare). */
    public boolean hasAudience() {
        return current != null;
    }
}
