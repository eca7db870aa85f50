package io.lakefront.ui.customers;

import io.lakefront.domain.gold.profile.CustomerMetrics;
import io.lakefront.domain.gold.profile.CustomerProfile;
import io.lakefront.domain.gold.profile.CustomerSearch;
import io.lakefront.domain.gold.profile.HistoryEntry;
import io.lakefront.domain.gold.profile.ProfileField;
import io.lakefront.domain.gold.profile.ProfileMember;
import io.lakefront.domain.gold.profile.SplitOutMember;
import io.lakefront.domain.gold.profile.TimelineEvent;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.domain.task.TaskHandle;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.common.EmptyStateText;
import io.lakefront.ui.common.Formats;
import io.lakefront.ui.identity.IdentityWorkbench;
import io.lakefront.ui.shell.Screen;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Customer 360: search as you type (debounced, in the background; an answer to an older query is
 * dropped), the highlighted result walked with the arrows and opened with Enter, and the opened
 * customer's profile — gold values with lineage, member records, history, timeline, metrics and the
 * two small charts. Splitting a member out records the decision and offers to run resolution, since
 * the customer changes only then. Personal data arrives masked from the desk for roles without the
 * permission; this class never sees it in clear then.
 */
public final class CustomersViewModel {
    static final EmptyStateText EMPTY = EmptyStateText.of("mdmz-people", "No customer profiles yet",
            "The gold customer table: one row per person, each value traced back to the source record it came from, with lifetime spend, last order, open tickets, churn risk and consent.",
            "Profiles appear once identities are resolved. Run resolution on the Identity screen — or build a demo workspace with ./lakefront demo.")
            .withAction(Screen.IDENTITY, "Open Identity");
    /** Results listed at most. */
    static final int RESULTS = 50;
    static final Duration DEBOUNCE = Duration.ofMillis(180);
    static final String NO_PROFILE = "Pick a customer on the left — type to search, ↓ and ↑ to walk the results, Enter to open.";
    static final String NO_LINEAGE = "No lineage recorded: the gold build has not stored where these values came from yet. "
            + "It does from the next resolution run on.";
    static final String NO_METRICS = "Metrics not computed yet for this customer: they appear after the metrics step of "
            + "a resolution run. The timeline and charts below come straight from the event tables.";

    private final CustomerDesk desk;
    private final IdentityWorkbench identity;
    private final TaskExecutor tasks;
    private final WorkspaceClock clock;
    private final Duration debounce;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<ResultRow> results = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper highlighted = new ReadOnlyIntegerWrapper(this, "highlighted", -1);
    private final ReadOnlyStringWrapper resultsText = new ReadOnlyStringWrapper(this, "resultsText", "");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper noCustomers = new ReadOnlyBooleanWrapper(this, "noCustomers");
    private final ReadOnlyObjectWrapper<CustomerProfile> profile = new ReadOnlyObjectWrapper<>(this, "profile");
    private final ReadOnlyBooleanWrapper profileLoading = new ReadOnlyBooleanWrapper(this, "profileLoading");
    private final ObservableList<ProfileFieldRow> fields = FXCollections.observableArrayList();
    private final ObservableList<MemberRecordRow> members = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObservableList<TimelineRow> timeline = FXCollections.observableArrayList();
    private final ObservableList<MetricRow> metrics = FXCollections.observableArrayList();
    private final ObservableList<ChartBar> spendBars = FXCollections.observableArrayList();
    private final ObservableList<ChartBar> engagementBars = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper maskedNote = new ReadOnlyStringWrapper(this, "maskedNote", "");
    private final ReadOnlyStringWrapper lineageNote = new ReadOnlyStringWrapper(this, "lineageNote", "");
    private final ReadOnlyStringWrapper metricsNote = new ReadOnlyStringWrapper(this, "metricsNote", "");
    private final ReadOnlyStringWrapper timelineNote = new ReadOnlyStringWrapper(this, "timelineNote", "");
    private final ReadOnlyStringWrapper spendNote = new ReadOnlyStringWrapper(this, "spendNote", "");
    private final ReadOnlyStringWrapper fieldDetail = new ReadOnlyStringWrapper(this, "fieldDetail", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper resolutionOffered = new ReadOnlyBooleanWrapper(this, "resolutionOffered");
    private final ReadOnlyBooleanWrapper resolving = new ReadOnlyBooleanWrapper(this, "resolving");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    private long searchRequest;
    private long profileRequest;
    private TaskHandle<CustomerSearch> pendingSearch;
    private Boolean maySplit;

    public CustomersViewModel(CustomerDesk desk, IdentityWorkbench identity, TaskExecutor tasks, WorkspaceClock clock) {
        this(desk, identity, tasks, clock, DEBOUNCE);
    }

    /** With the pause after the last keystroke before a search starts ({@link Duration#ZERO} in tests). */
    public CustomersViewModel(CustomerDesk desk, IdentityWorkbench identity, TaskExecutor tasks, WorkspaceClock clock,
                              Duration debounce) {
        this.desk = desk;
        this.identity = identity;
        this.tasks = tasks;
        this.clock = clock;
        this.debounce = debounce;
        query.addListener((obs, old, text) -> search(text, false));
    }

    public EmptyStateText emptyState() {
        return EMPTY;
    }

    /** The screen became visible: lists the first customers the first time. */
    public void shown() {
        if (!loaded.get() && !searching.get()) {
            search(query.get(), true);
        }
    }

    /** Searches again and reloads the open profile. */
    public void refresh() {
        search(query.get(), true);
        CustomerProfile open = profile.get();
        if (open != null) {
            open(open.customerId());
        }
    }

    private void search(String text, boolean immediately) {
        long request = ++searchRequest;
        if (pendingSearch != null) {
            pendingSearch.cancel();
        }
        searching.set(true);
        long pause = immediately ? 0 : debounce.toMillis();
        TaskHandle<CustomerSearch> handle = tasks.submit("Searching customers", context -> {
            waitQuietly(pause, context);
            return desk.search(text, RESULTS);
        });
        pendingSearch = handle;
        handle.result().whenComplete((found, error) -> {
            if (request != searchRequest) {
                return;
            }
            searching.set(false);
            pendingSearch = null;
            if (error != null) {
                if (!(unwrap(error) instanceof CancellationException)) {
                    problem.set("Could not search: " + Formats.problem(error));
                }
                return;
            }
            loaded.set(true);
            applyResults(found);
        });
    }

    /** The debounce: a later keystroke cancels this search while it waits. */
    private static void waitQuietly(long millis, TaskContext context) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (context.cancelled()) {
                throw new CancellationException("a newer search replaced this one");
            }
            Thread.sleep(Math.min(20, Math.max(1, end - System.currentTimeMillis())));
        }
        if (context.cancelled()) {
            throw new CancellationException("a newer search replaced this one");
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private void applyResults(CustomerSearch found) {
        List<ResultRow> rows = found.results().stream().map(ResultRow::of).toList();
        results.setAll(rows);
        noCustomers.set(found.customers() == 0);
        String text = found.query().strip();
        if (found.customers() == 0) {
            resultsText.set("No customers yet");
        } else if (text.isEmpty()) {
            resultsText.set(Formats.count(found.customers()) + " customers · the first " + rows.size() + " by id");
        } else if (rows.isEmpty()) {
            resultsText.set("No customer matches “" + text + "” among " + Formats.count(found.customers())
                    + ". Try fewer letters, an email or a phone number.");
        } else {
            resultsText.set((rows.size() == RESULTS ? "The best " + RESULTS : rows.size() == 1 ? "1 match" : rows.size() + " matches")
                    + " for “" + text + "” among " + Formats.count(found.customers()) + " customers");
        }
        // Through -1, so that the list selects the first row again even when the index stays 0.
        highlighted.set(-1);
        highlighted.set(rows.isEmpty() ? -1 : 0);
    }

    public void highlight(int index) {
        if (index >= -1 && index < results.size()) {
            highlighted.set(index);
        }
    }

    public void highlightNext() {
        if (highlighted.get() + 1 < results.size()) {
            highlighted.set(highlighted.get() + 1);
        }
    }

    public void highlightPrevious() {
        if (highlighted.get() > 0) {
            highlighted.set(highlighted.get() - 1);
        }
    }

    /** Opens the highlighted result (Enter). */
    public void openHighlighted() {
        int at = highlighted.get();
        if (at >= 0 && at < results.size()) {
            open(results.get(at).customerId());
        }
    }

    /** Loads one customer's profile in the background; an answer for a customer no longer wanted is dropped. */
    public void open(String customerId) {
        long request = ++profileRequest;
        profileLoading.set(true);
        problem.set("");
        tasks.submit("Loading customer " + customerId, context -> new Opened(desk.show(customerId), maySplitNow()))
                .result()
                .whenComplete((opened, error) -> {
                    if (request != profileRequest) {
                        return;
                    }
                    profileLoading.set(false);
                    if (error != null) {
                        problem.set("Could not show customer " + customerId + ": " + Formats.problem(error));
                        return;
                    }
                    maySplit = opened.maySplit();
                    show(opened.profile());
                });
    }

    private record Opened(CustomerProfile profile, boolean maySplit) {
    }

    private boolean maySplitNow() {
        return desk.maySplit();
    }

    private void show(CustomerProfile shown) {
        profile.set(shown);
        title.set(shown.displayName());
        subtitle.set(shown.customerId() + " · " + (shown.sourceRecordCount() == 1 ? "1 source record"
                : shown.sourceRecordCount() + " source records") + (shown.runId() > 0 ? " · resolution run " + shown.runId() : "")
                + (shown.updatedAt() == null ? "" : " · updated " + Formats.time(shown.updatedAt(), clock.zone())));
        maskedNote.set(shown.masked()
                ? "Personal data is masked for your role: email, phone, birth date and street show in part or not at all."
                : "");
        List<ProfileFieldRow> rows = new ArrayList<>();
        for (ProfileField field : shown.fields()) {
            rows.add(ProfileFieldRow.of(field));
        }
        fields.setAll(rows);
        fieldDetail.set("");
        lineageNote.set(shown.hasLineage() ? "" : NO_LINEAGE);
        members.setAll(shown.members().stream().map(MemberRecordRow::of).toList());
        List<String> lines = new ArrayList<>();
        for (HistoryEntry entry : shown.history()) {
            lines.add(Formats.time(entry.at(), clock.zone()) + " · " + entry.actor() + " · " + entry.what()
                    + (entry.reason().isEmpty() ? "" : " — “" + entry.reason() + "”"));
        }
        history.setAll(lines);
        List<TimelineRow> events = new ArrayList<>();
        for (TimelineEvent event : shown.timeline()) {
            events.add(new TimelineRow(Formats.time(event.at(), clock.zone()), event.kind(), event.title(), event.detail(),
                    event.amount() == null ? "" : money(event.amount())));
        }
        timeline.setAll(events);
        CustomerProfile.Counts counts = shown.counts();
        int total = counts.purchases() + counts.tickets() + counts.engagementEvents();
        timelineNote.set(total == 0 ? "No purchases, tickets or engagement for this customer."
                : counts.purchases() + " purchases · " + counts.tickets() + " tickets · " + counts.engagementEvents()
                + " engagement events" + (total > events.size() ? " (the newest " + events.size() + " listed)" : ""));
        metrics.setAll(shown.metrics().map(CustomersViewModel::metricRows).orElse(List.of()));
        metricsNote.set(shown.metrics().isPresent() ? "" : NO_METRICS);
        spendBars.setAll(shown.monthlySpend().stream().map(m -> new ChartBar(
                m.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.US) + (m.month().getMonthValue() == 1
                        ? " " + m.month().getYear() : ""), m.amount().doubleValue())).toList());
        BigDecimal yearSpend = shown.monthlySpend().stream().map(CustomerProfile.MonthlySpend::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        spendNote.set("Spend per month, last 12 months: " + money(yearSpend) + " · lifetime " + money(counts.spend()));
        List<ChartBar> channels = new ArrayList<>();
        for (Map.Entry<String, Long> channel : shown.engagement().entrySet()) {
            channels.add(new ChartBar(channel.getKey(), channel.getValue()));
        }
        channels.sort((a, b) -> order(a.label()) - order(b.label()));
        engagementBars.setAll(channels);
    }

    private static int order(String channel) {
        int at = List.of("email", "sms", "push", "web").indexOf(channel);
        return at < 0 ? 99 : at;
    }

    private static List<MetricRow> metricRows(CustomerMetrics m) {
        List<MetricRow> rows = new ArrayList<>();
        rows.add(new MetricRow("Lifetime spend", money(m.lifetimeSpend())));
        rows.add(new MetricRow("Orders", Formats.count(m.orderCount())));
        rows.add(new MetricRow("Average order", m.avgOrderValue() == null ? Formats.NONE : money(m.avgOrderValue())));
        rows.add(new MetricRow("Last order", m.daysSinceLastOrder() == null ? Formats.NONE : m.daysSinceLastOrder() + " days ago"));
        rows.add(new MetricRow("Top category", m.topCategory() == null ? Formats.NONE : m.topCategory()));
        rows.add(new MetricRow("Open tickets", Integer.toString(m.openTickets())));
        rows.add(new MetricRow("Email opens / clicks (30 d)", m.emailOpens30d() + " / " + m.emailClicks30d()));
        rows.add(new MetricRow("Churn risk", m.churnRisk() == null ? Formats.NONE
                : String.format(Locale.ROOT, "%.0f%%", m.churnRisk() * 100)));
        rows.add(new MetricRow("Preferred channel", m.preferredChannel() == null ? Formats.NONE
                : m.preferredChannel() + (m.preferredHour() == null ? "" : String.format(Locale.ROOT, " at %02d:00", m.preferredHour()))));
        return rows;
    }

    private static String money(BigDecimal amount) {
        return String.format(Locale.US, "%,.2f", amount);
    }

    /** The lineage sentence of the field at {@code index} (side panel). */
    public void showFieldDetail(int index) {
        fieldDetail.set(index >= 0 && index < fields.size() ? fields.get(index).label() + ": " + fields.get(index).detail() : "");
    }

    /** True when the member can be split out by this user: the role allows it and the customer has others. */
    public boolean maySplit(MemberRecordRow member) {
        return member != null && Boolean.TRUE.equals(maySplit) && profile.get() != null && members.size() > 1
                && members.contains(member);
    }

    /** True once a profile is open and the user's role allows splits (the button shows). */
    public boolean splitAllowed() {
        return Boolean.TRUE.equals(maySplit);
    }

    /** Records the split with the reason; the notice says it takes effect at the next run and offers that run. */
    public void split(MemberRecordRow member, String reason) {
        CustomerProfile open = profile.get();
        if (open == null || member == null || busy.get()) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            problem.set("Say why " + member.key() + " is not " + open.displayName() + ": the reason stays in the history.");
            return;
        }
        busy.set(true);
        problem.set("");
        String customerId = open.customerId();
        tasks.submit("Splitting " + member.key() + " out of " + customerId, context -> {
                    SplitOutMember.Split split = desk.split(customerId, member.key(), reason.strip());
                    return new Split(split, desk.show(customerId));
                })
                .result()
                .whenComplete((done, error) -> {
                    busy.set(false);
                    if (error != null) {
                        problem.set("Could not split " + member.key() + " out: " + Formats.problem(error));
                        return;
                    }
                    notice.set(done.split().message() + " Run resolution now to see the change.");
                    resolutionOffered.set(true);
                    if (profile.get() != null && profile.get().customerId().equals(customerId)) {
                        show(done.profile());
                    }
                });
    }

    private record Split(SplitOutMember.Split split, CustomerProfile profile) {
    }

    /** Runs identity resolution (after a split), then searches and reloads the open customer again. */
    public void runResolution() {
        if (resolving.get()) {
            return;
        }
        resolving.set(true);
        problem.set("");
        tasks.submit("Resolving identities", context -> {
                    identity.run(context);
                    return Boolean.TRUE;
                })
                .result()
                .whenComplete((ran, error) -> {
                    resolving.set(false);
                    if (error != null) {
                        problem.set("Resolution did not finish: " + Formats.problem(error));
                        return;
                    }
                    resolutionOffered.set(false);
                    notice.set("Resolution finished: the profiles show the new run.");
                    refresh();
                });
    }

    public StringProperty queryProperty() { return query; }
    public ObservableList<ResultRow> results() { return results; }
    public ReadOnlyIntegerProperty highlightedProperty() { return highlighted.getReadOnlyProperty(); }
    public ReadOnlyStringProperty resultsTextProperty() { return resultsText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty searchingProperty() { return searching.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty noCustomersProperty() { return noCustomers.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<CustomerProfile> profileProperty() { return profile.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty profileLoadingProperty() { return profileLoading.getReadOnlyProperty(); }
    public ObservableList<ProfileFieldRow> fields() { return fields; }
    public ObservableList<MemberRecordRow> members() { return members; }
    public ObservableList<String> history() { return history; }
    public ObservableList<TimelineRow> timeline() { return timeline; }
    public ObservableList<MetricRow> metrics() { return metrics; }
    public ObservableList<ChartBar> spendBars() { return spendBars; }
    public ObservableList<ChartBar> engagementBars() { return engagementBars; }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty subtitleProperty() { return subtitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty maskedNoteProperty() { return maskedNote.getReadOnlyProperty(); }
    public ReadOnlyStringProperty lineageNoteProperty() { return lineageNote.getReadOnlyProperty(); }
    public ReadOnlyStringProperty metricsNoteProperty() { return metricsNote.getReadOnlyProperty(); }
    public ReadOnlyStringProperty timelineNoteProperty() { return timelineNote.getReadOnlyProperty(); }
    public ReadOnlyStringProperty spendNoteProperty() { return spendNote.getReadOnlyProperty(); }
    public ReadOnlyStringProperty fieldDetailProperty() { return fieldDetail.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty resolutionOfferedProperty() { return resolutionOffered.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty resolvingProperty() { return resolving.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
