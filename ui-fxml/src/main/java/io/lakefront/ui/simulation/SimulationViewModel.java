package io.lakefront.ui.simulation;

import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.decision.CampaignDecision;
import io.lakefront.domain.decision.Competitor;
import io.lakefront.domain.decision.CustomerProfile;
import io.lakefront.domain.decision.Outcome;
import io.lakefront.domain.decision.Reason;
import io.lakefront.domain.decision.ReasonKind;
import io.lakefront.domain.decision.simulation.SimulatedProfile;
import io.lakefront.domain.decision.simulation.SimulationRequest;
import io.lakefront.domain.decision.simulation.SimulationResult;
import io.lakefront.domain.decision.simulation.SimulationSummary;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.domain.task.TaskHandle;
import io.lakefront.ui.common.EmptyStateText;
import io.lakefront.ui.common.Formats;
import io.lakefront.ui.shell.Screen;
import io.lakefront.ui.simulation.SimulationRows.Bar;
import io.lakefront.ui.simulation.SimulationRows.CompetitorRow;
import io.lakefront.ui.simulation.SimulationRows.Fact;
import io.lakefront.ui.simulation.SimulationRows.FunnelStep;
import io.lakefront.ui.simulation.SimulationRows.OtherDecision;
import io.lakefront.ui.simulation.SimulationRows.OutcomeFilter;
import io.lakefront.ui.simulation.SimulationRows.ReasonGroup;
import io.lakefront.ui.simulation.SimulationRows.ResultRow;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Simulation: choose a campaign (a draft too) and a sample size, run the decisions for a sample of its
 * qualified customers in the background (progress, cancel), then read the summary (funnel, sends by
 * message, channel and local hour, what held people back), the results table (filter by outcome, search
 * by id or name) and, for the selected customer, the Reasoning panel. Nothing is sent and nothing changes.
 */
public final class SimulationViewModel {
    /** The sample sizes the screen allows (the command line allows more). */
    public static final int MIN_SAMPLE = 1;
    public static final int MAX_SAMPLE = 100_000;
    /** How many reasons the summary lists as what kept people from a send. */
    static final int TOP_REASONS = 5;

    static final EmptyStateText NO_CAMPAIGNS = EmptyStateText.of("mdmz-science", "No campaigns to simulate",
            "Before a campaign launches, a simulation runs it over a sample of real profiles and shows what would happen to each one: which message, which channel, when — or why not. Nothing is sent.",
            "Plan a campaign on Campaigns with New brief; a draft can be simulated before it is approved. From a terminal: ./lakefront simulate --campaign NAME --out FILE.jsonl.")
            .withAction(Screen.CAMPAIGNS, "Open Campaigns");
    static final EmptyStateText NOT_SIMULATED = EmptyStateText.of("mdmz-science", "Nothing simulated yet",
            "A simulation decides for a sample of the campaign's qualified customers, as the live engine would, with every other live campaign competing: who would get which message, on which channel, at what local time — or why not.",
            "Choose a campaign and a sample size above, then Simulate (Ctrl+Enter).");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final SimulationDesk desk;
    private final TaskExecutor tasks;
    private final Executor uiThread;

    private final ObservableList<SimulationCampaign> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<SimulationCampaign> campaign = new SimpleObjectProperty<>(this, "campaign");
    private final IntegerProperty sampleSize = new SimpleIntegerProperty(this, "sampleSize", SimulationRequest.DEFAULT_SAMPLE);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper noCampaigns = new ReadOnlyBooleanWrapper(this, "noCampaigns");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper draftNote = new ReadOnlyStringWrapper(this, "draftNote", "");

    private final ReadOnlyObjectWrapper<SimulationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<EmptyStateText> placeholder = new ReadOnlyObjectWrapper<>(this, "placeholder", NOT_SIMULATED);
    private final ReadOnlyStringWrapper resultTitle = new ReadOnlyStringWrapper(this, "resultTitle", "");
    private final ObservableList<FunnelStep> funnel = FXCollections.observableArrayList();
    private final ObservableList<Bar> byMessage = FXCollections.observableArrayList();
    private final ObservableList<Bar> byChannel = FXCollections.observableArrayList();
    private final ObservableList<Bar> byHour = FXCollections.observableArrayList();
    private final ObservableList<Bar> topReasons = FXCollections.observableArrayList();

    private final List<ResultRow> allRows = new ArrayList<>();
    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final ObservableList<OutcomeFilter> filters = FXCollections.observableArrayList();
    private final ObjectProperty<Outcome> outcomeFilter = new SimpleObjectProperty<>(this, "outcomeFilter");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");

    private final ObjectProperty<ResultRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper reasoningTitle = new ReadOnlyStringWrapper(this, "reasoningTitle", "");
    private final ReadOnlyStringWrapper reasoningHeadline = new ReadOnlyStringWrapper(this, "reasoningHeadline", "");
    private final ObservableList<Fact> who = FXCollections.observableArrayList();
    private final ObservableList<ReasonGroup> reasonGroups = FXCollections.observableArrayList();
    private final ObservableList<CompetitorRow> competitors = FXCollections.observableArrayList();
    private final ObservableList<OtherDecision> others = FXCollections.observableArrayList();

    private TaskHandle<SimulationResult> runningTask;
    /** A campaign asked for (from the Campaigns screen) before the list had it; chosen when it arrives. */
    private String wanted;

    /**
     * @param uiThread runs progress updates where the view reads them (the JavaFX thread in the app;
     *                 {@code Runnable::run} in tests)
     */
    public SimulationViewModel(SimulationDesk desk, TaskExecutor tasks, Executor uiThread) {
        this.desk = desk;
        this.tasks = tasks;
        this.uiThread = uiThread;
        campaign.addListener((obs, old, now) -> {
            draftNote.set(now != null && !now.live()
                    ? "'" + now.name() + "' is a " + (now.status().isBlank() ? "draft" : now.status())
                    + ": it is simulated as if approved, competing with the live campaigns." : "");
            if (old != null && now != null && !old.name().equals(now.name())) {
                clearResult();
            }
        });
        outcomeFilter.addListener((obs, old, now) -> filter());
        search.addListener((obs, old, now) -> filter());
        selected.addListener((obs, old, row) -> explain(row));
    }

    /** The screen became visible: (re)load the campaigns, keeping the chosen one. */
    public void shown() {
        tasks.submit("Loading campaigns to simulate", context -> desk.campaigns()).result()
                .whenComplete((list, error) -> {
                    loaded.set(true);
                    if (error != null) {
                        problem.set("Could not load the campaigns: " + Formats.problem(error));
                        noCampaigns.set(campaigns.isEmpty());
                        return;
                    }
                    applyCampaigns(list);
                });
    }

    private void applyCampaigns(List<SimulationCampaign> list) {
        String keep = wanted != null ? wanted : campaign.get() == null ? null : campaign.get().name();
        campaigns.setAll(list);
        noCampaigns.set(list.isEmpty());
        SimulationCampaign chosen = list.stream().filter(c -> c.name().equals(keep)).findFirst()
                .orElseGet(() -> list.stream().filter(SimulationCampaign::live).findFirst()
                        .orElse(list.isEmpty() ? null : list.get(0)));
        if (chosen != null && chosen.name().equals(wanted)) {
            wanted = null;
        }
        campaign.set(chosen);
    }

    /** Chooses the campaign called {@code name} (the Campaigns screen's Simulate), now or once the list has loaded. */
    public void choose(String name) {
        SimulationCampaign found = campaigns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (found == null) {
            wanted = name;
        } else {
            wanted = null;
            campaign.set(found);
        }
    }

    /** Runs the simulation of the chosen campaign in the background; progress shows here, Cancel stops it. */
    public void simulate() {
        SimulationCampaign chosen = campaign.get();
        if (running.get() || chosen == null) {
            return;
        }
        problem.set("");
        notice.set("");
        SimulationRequest request;
        try {
            request = new SimulationRequest(chosen.name(), sampleSize.get(), 1L);
            if (sampleSize.get() > MAX_SAMPLE) {
                throw new io.lakefront.domain.UserError("sample size " + sampleSize.get() + " is not between "
                        + MIN_SAMPLE + " and " + Formats.count(MAX_SAMPLE) + " here (the command line takes more)");
            }
        } catch (RuntimeException bad) {
            problem.set(Formats.problem(bad));
            return;
        }
        running.set(true);
        progress.set(-1);
        progressText.set("Sampling the qualified customers of '" + chosen.name() + "'");
        runningTask = tasks.submit("Simulating " + chosen.name(), context -> desk.simulate(request, reporting(context)));
        runningTask.result().whenComplete((finished, error) -> {
            running.set(false);
            runningTask = null;
            progressText.set("");
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                if (cause instanceof CancellationException) {
                    notice.set("Simulation cancelled. Nothing was sent and nothing changed.");
                } else {
                    problem.set("Could not simulate '" + chosen.name() + "': " + Formats.problem(cause));
                }
                return;
            }
            show(finished);
        });
    }

    /** Asks the running simulation to stop at its next checkpoint. */
    public void cancel() {
        if (runningTask != null) {
            progressText.set("Cancelling…");
            runningTask.cancel();
        }
    }

    private TaskContext reporting(TaskContext context) {
        return new TaskContext() {
            @Override public void progress(long done, long total) {
                context.progress(done, total);
                double share = total <= 0 ? -1 : (double) done / total;
                String text = total <= 0 ? "" : Formats.count(done) + " of " + Formats.count(total) + " profiles decided";
                uiThread.execute(() -> {
                    progress.set(share);
                    if (!text.isEmpty()) {
                        progressText.set(text);
                    }
                });
            }
            @Override public void message(String text) {
                context.message(text);
                uiThread.execute(() -> progressText.set(text));
            }
            @Override public boolean cancelled() {
                return context.cancelled();
            }
        };
    }

    private void clearResult() {
        result.set(null);
        placeholder.set(NOT_SIMULATED);
        resultTitle.set("");
        for (ObservableList<?> list : List.of(funnel, byMessage, byChannel, byHour, topReasons, filters)) {
            list.clear();
        }
        allRows.clear();
        rows.clear();
        selected.set(null);
    }

    private void show(SimulationResult shown) {
        clearResult();
        result.set(shown);
        SimulationSummary summary = shown.summary();
        resultTitle.set("'" + shown.campaign() + "'" + (shown.draft() ? " (draft, as if approved)" : "") + " · "
                + Formats.count(summary.sampled()) + " of " + Formats.count(summary.qualified())
                + " qualified customers sampled · decided as of " + Formats.time(shown.at(), ZoneOffset.UTC) + " UTC"
                + (shown.competing().isEmpty() ? " · no other live campaign competing"
                : " · competing with " + shown.competing().stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "))));
        if (shown.profiles().isEmpty()) {
            placeholder.set(nobody(shown.campaign()));
            return;
        }
        placeholder.set(null);
        summarise(summary);
        for (SimulatedProfile profile : shown.profiles()) {
            allRows.add(row(profile));
        }
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (ResultRow row : allRows) {
            counts.merge(row.outcome(), 1, Integer::sum);
        }
        filters.add(new OutcomeFilter(null, "All " + Formats.count(allRows.size()), allRows.size()));
        for (Outcome outcome : Outcome.values()) {
            int n = counts.getOrDefault(outcome, 0);
            filters.add(new OutcomeFilter(outcome, OutcomeWords.label(outcome) + " " + Formats.count(n), n));
        }
        filter();
        selected.set(rows.isEmpty() ? null : rows.get(0));
    }

    static EmptyStateText nobody(String campaign) {
        return EmptyStateText.of("mdal-groups", "The audience selects nobody now",
                "'" + campaign + "' has no qualified customers at this moment, so there is nobody to decide for: its audience "
                        + "selects no one in the gold table as it is now.",
                "Widen the audience in the campaign's brief (or check it on Audiences: the count there is the same rule), "
                        + "sync and resolve new data if the customers are not in yet, then simulate again.")
                .withAction(Screen.CAMPAIGNS, "Open Campaigns");
    }

    private void summarise(SimulationSummary summary) {
        int sampled = Math.max(1, summary.sampled());
        funnel.add(new FunnelStep("Qualified", null, Formats.count(summary.sampled()) + " sampled",
                "of " + Formats.count(summary.qualified()), 1.0));
        for (Outcome outcome : List.of(Outcome.SUPPRESS, Outcome.SKIP, Outcome.DEFER, Outcome.SEND)) {
            int n = summary.count(outcome);
            funnel.add(new FunnelStep(OutcomeWords.past(outcome), outcome, Formats.count(n),
                    "≈ " + Formats.count(summary.estimated().getOrDefault(outcome, 0L)), (double) n / sampled));
        }
        byMessage.setAll(bars(summary.byMessage()));
        Map<String, Integer> channels = new java.util.LinkedHashMap<>();
        summary.byChannel().forEach((code, n) -> channels.put(channelName(code), n));
        byChannel.setAll(bars(channels));
        int most = summary.byHour().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int hour = 0; hour < 24; hour++) {
            int n = summary.byHour().getOrDefault(hour, 0);
            byHour.add(new Bar(String.format(Locale.ROOT, "%02d", hour), n, most == 0 ? 0 : (double) n / most));
        }
        Map<String, Integer> reasons = new java.util.LinkedHashMap<>();
        summary.reasons().entrySet().stream().limit(TOP_REASONS)
                .forEach(e -> reasons.merge(OutcomeWords.reason(e.getKey()), e.getValue(), Integer::sum));
        topReasons.setAll(bars(reasons));
    }

    private static List<Bar> bars(Map<String, Integer> counts) {
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        counts.forEach((label, n) -> bars.add(new Bar(label, n, most == 0 ? 0 : (double) n / most)));
        return bars;
    }

    private static String channelName(String code) {
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "email" -> "Email";
            case "sms" -> "SMS";
            case "push" -> "Push";
            default -> code;
        };
    }

    private static String channelName(Channel channel) {
        return channel == null ? "" : channelName(channel.code());
    }

    static ResultRow row(SimulatedProfile profile) {
        CampaignDecision decision = profile.decision();
        CustomerProfile customer = profile.facts().profile();
        return new ResultRow(profile.customerId(), customer.firstName() == null ? "" : customer.firstName(),
                decision.outcome(), decision.message(), channelName(decision.channel()),
                sendTime(decision), decision.headline(), profile);
    }

    /** "Thu 3 Dec 18:00 (America/Chicago)" for a send, "next try …" for a deferral, empty otherwise. */
    static String sendTime(CampaignDecision decision) {
        ZonedDateTime at = decision.sendAt();
        if (at == null || (decision.outcome() != Outcome.SEND && decision.outcome() != Outcome.DEFER)) {
            return "";
        }
        String when = WHEN.format(at) + " (" + at.getZone().getId() + ")";
        return decision.outcome() == Outcome.DEFER ? "next try " + when : when;
    }

    private void filter() {
        Outcome only = outcomeFilter.get();
        String words = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        rows.setAll(allRows.stream()
                .filter(r -> only == null || r.outcome() == only)
                .filter(r -> words.isEmpty() || r.customerId().toLowerCase(Locale.ROOT).contains(words)
                        || r.name().toLowerCase(Locale.ROOT).contains(words))
                .toList());
    }

    /** Fills the Reasoning panel for {@code row}: who, the decision by reason kind, the competition, the other campaigns. */
    private void explain(ResultRow row) {
        who.clear();
        reasonGroups.clear();
        competitors.clear();
        others.clear();
        if (row == null) {
            reasoningTitle.set("");
            reasoningHeadline.set("");
            return;
        }
        SimulatedProfile profile = row.profile();
        CustomerProfile customer = profile.facts().profile();
        CampaignDecision decision = profile.decision();
        reasoningTitle.set((customer.firstName() == null ? "Customer" : customer.firstName()) + " · " + row.customerId());
        reasoningHeadline.set(OutcomeWords.label(decision.outcome()) + (row.sendTime().isEmpty() ? "" : " · " + row.sendTime())
                + (decision.message().isEmpty() ? "" : " · " + decision.message())
                + (decision.channel() == null ? "" : " by " + channelName(decision.channel())));
        who.addAll(whoIs(profile));
        for (ReasonKind kind : ReasonKind.values()) {
            List<String> sentences = decision.reasons().stream().filter(r -> r.kind() == kind).map(Reason::text).toList();
            if (!sentences.isEmpty()) {
                reasonGroups.add(new ReasonGroup(kind.heading(), sentences));
            }
        }
        if (decision.priority() != null) {
            competitors.add(new CompetitorRow(decision.campaign(), priority(decision.priority().score()), true));
        }
        for (Competitor competitor : decision.competing()) {
            competitors.add(new CompetitorRow(competitor.campaign(), priority(competitor.priority()), false));
        }
        competitors.sort((a, b) -> Double.compare(Double.parseDouble(b.priority()), Double.parseDouble(a.priority())));
        for (CampaignDecision other : profile.all().decisions()) {
            if (!other.campaign().equals(decision.campaign())) {
                others.add(new OtherDecision(other.campaign(), other.outcome(), other.headline()));
            }
        }
    }

    private static List<Fact> whoIs(SimulatedProfile profile) {
        CustomerProfile c = profile.facts().profile();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Name", c.firstName() == null ? "Not shown: none on file, or your role does not see personal data" : c.firstName()));
        facts.add(new Fact("Customer id", c.customerId()));
        facts.add(new Fact("Time zone", c.zone().getId()));
        facts.add(new Fact("Consent", c.globallyOptedOut() ? "None: opted out of every channel" : channels(c.consent())));
        facts.add(new Fact("Reachable on", c.reachable().isEmpty() ? "No address on file" : channels(c.reachable())));
        facts.add(new Fact("Preferred hour", c.preferredHour() == null ? "Unknown: no interactions yet"
                : String.format(Locale.ROOT, "%02d:00 local, from %d interaction%s", c.preferredHour(), c.interactions(),
                c.interactions() == 1 ? "" : "s")));
        if (c.preferredChannel() != null) {
            facts.add(new Fact("Preferred channel", channelName(c.preferredChannel())));
        }
        if (!profile.facts().suppressedBy().isEmpty()) {
            facts.add(new Fact("Suppressed by", String.join(", ", profile.facts().suppressedBy())));
        }
        facts.add(new Fact("Sampled from", profile.stratum() + " · stands for "
                + Formats.count(Math.round(profile.weight())) + " customer" + (Math.round(profile.weight()) == 1 ? "" : "s")));
        return facts;
    }

    private static String channels(java.util.Set<Channel> channels) {
        return channels.stream().sorted().map(SimulationViewModel::channelName).collect(Collectors.joining(", "));
    }

    private static String priority(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** How the campaign box names a campaign: "VIP early access · active", drafts marked as simulated as if approved. */
    public static String campaignLabel(SimulationCampaign c) {
        if (c == null) {
            return "";
        }
        return c.name() + " · " + (c.live() ? c.status() : (c.status().isBlank() ? "draft" : c.status())
                + " — simulated as if approved");
    }

    public ObservableList<SimulationCampaign> campaigns() { return campaigns; }
    public ObjectProperty<SimulationCampaign> campaignProperty() { return campaign; }
    public IntegerProperty sampleSizeProperty() { return sampleSize; }
    /** True once the campaigns have been asked for and answered. */
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    /** True once loaded with no campaign at all: the screen shows its empty state. */
    public ReadOnlyBooleanProperty noCampaignsProperty() { return noCampaigns.getReadOnlyProperty(); }
    public EmptyStateText noCampaignsState() { return NO_CAMPAIGNS; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    /** The running simulation's progress in [0, 1], or -1 while its total is unknown. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    /** Says that the chosen campaign is a draft simulated as if approved; empty for a live one. */
    public ReadOnlyStringProperty draftNoteProperty() { return draftNote.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<SimulationResult> resultProperty() { return result.getReadOnlyProperty(); }
    /** What shows instead of the results (not simulated yet, nobody qualified); {@code null} when there are results. */
    public ReadOnlyObjectProperty<EmptyStateText> placeholderProperty() { return placeholder.getReadOnlyProperty(); }
    public ReadOnlyStringProperty resultTitleProperty() { return resultTitle.getReadOnlyProperty(); }
    public ObservableList<FunnelStep> funnel() { return funnel; }
    public ObservableList<Bar> byMessage() { return byMessage; }
    public ObservableList<Bar> byChannel() { return byChannel; }
    /** Sends by local hour, one bar for each hour 0..23. */
    public ObservableList<Bar> byHour() { return byHour; }
    public ObservableList<Bar> topReasons() { return topReasons; }
    /** The results table's rows after the outcome filter and the search. */
    public ObservableList<ResultRow> rows() { return rows; }
    public ObservableList<OutcomeFilter> filters() { return filters; }
    /** {@code null}: every outcome. */
    public ObjectProperty<Outcome> outcomeFilterProperty() { return outcomeFilter; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<ResultRow> selectedProperty() { return selected; }
    public ReadOnlyStringProperty reasoningTitleProperty() { return reasoningTitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty reasoningHeadlineProperty() { return reasoningHeadline.getReadOnlyProperty(); }
    public ObservableList<Fact> who() { return who; }
    public ObservableList<ReasonGroup> reasonGroups() { return reasonGroups; }
    public ObservableList<CompetitorRow> competitors() { return competitors; }
    public ObservableList<OtherDecision> others() { return others; }
}
