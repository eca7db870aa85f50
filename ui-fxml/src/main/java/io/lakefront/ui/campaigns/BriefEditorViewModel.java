package io.lakefront.ui.campaigns;

import io.lakefront.domain.UserError;
import io.lakefront.domain.campaign.brief.AudienceFacts;
import io.lakefront.domain.campaign.brief.BriefDiff;
import io.lakefront.domain.campaign.brief.BriefProblem;
import io.lakefront.domain.campaign.brief.BriefValidator;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.campaign.brief.Guardrails;
import io.lakefront.domain.campaign.brief.Schedule;
import io.lakefront.domain.campaign.brief.SuccessMetric;
import io.lakefront.domain.campaign.brief.Touchpoint;
import io.lakefront.domain.campaign.brief.Trigger;
import io.lakefront.domain.campaign.brief.TriggerKind;
import io.lakefront.domain.campaign.brief.Variant;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.ui.common.Formats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One campaign's brief being edited: a working copy changed section by section (each change re-checked
 * at once against the audience's facts, read once per load), the touchpoints in order with moves up and
 * down, the saved versions with a diff of any of them against the working copy, save and approve.
 * Nothing is written until {@link #save()}; approving needs the saved, unchanged brief.
 */
public final class BriefEditorViewModel {
    private final BriefDesk desk;
    private final TaskExecutor tasks;

    private final ReadOnlyObjectWrapper<CampaignBrief> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyObjectWrapper<CampaignBrief> draft = new ReadOnlyObjectWrapper<>(this, "draft");
    private AudienceFacts facts;
    private final ObservableList<Touchpoint> touchpoints = FXCollections.observableArrayList();
    private final ObservableList<BriefProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<CampaignBrief> versions = FXCollections.observableArrayList();
    private final ObservableList<String> diff = FXCollections.observableArrayList();
    private final ObjectProperty<CampaignBrief> comparedVersion = new SimpleObjectProperty<>(this, "comparedVersion");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper approvable = new ReadOnlyBooleanWrapper(this, "approvable");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public BriefEditorViewModel(BriefDesk desk, TaskExecutor tasks) {
        this.desk = desk;
        this.tasks = tasks;
        comparedVersion.addListener((obs, old, version) -> updateDiff());
    }

    /** Loads the brief of {@code name} (none: the editor stays empty), its versions and its audience's facts. */
    public void load(String name) {
        busy.set(true);
        tasks.submit("Loading the brief", context -> {
            Optional<CampaignBrief> brief = desk.find(name);
            return new Loaded(brief.orElse(null), desk.versions(name),
                    brief.map(b -> desk.facts(b.audience().filter())).orElse(null));
        }).result().whenComplete((loaded, error) -> {
            busy.set(false);
            if (error != null) {
                problem.set("Could not load the brief: " + Formats.problem(error));
                return;
            }
            problem.set("");
            show(loaded);
        });
    }

    /** Shows a brief just saved elsewhere (the conversation's), with its audience's facts read in the background. */
    public void open(CampaignBrief brief) {
        load(brief.name());
    }

    private record Loaded(CampaignBrief brief, List<CampaignBrief> versions, AudienceFacts facts) { }

    private void show(Loaded loaded) {
        facts = loaded.facts();
        saved.set(loaded.brief());
        versions.setAll(loaded.versions());
        setDraft(loaded.brief());
        comparedVersion.set(loaded.versions().size() > 1 ? loaded.versions().get(loaded.versions().size() - 2) : null);
        updateDiff();
    }

    private void setDraft(CampaignBrief brief) {
        draft.set(brief);
        if (brief == null) {
            touchpoints.clear();
            problems.clear();
            dirty.set(false);
            approvable.set(false);
            status.set("");
            return;
        }
        touchpoints.setAll(brief.touchpoints());
        problems.setAll(BriefValidator.validate(brief, Optional.ofNullable(facts)));
        dirty.set(saved.get() != null && !saved.get().samePlan(brief));
        approvable.set(!dirty.get() && !brief.approved() && desk.mayApprove() && BriefValidator.approvable(problems));
        long errors = problems.stream().filter(BriefProblem::error).count();
        status.set(brief.status().name().toLowerCase(Locale.ROOT) + " · version " + brief.version()
                + (dirty.get() ? " · unsaved changes" : "")
                + (errors == 0 ? "" : " · " + errors + (errors == 1 ? " error" : " errors")));
        updateDiff();
    }

    /** Applies an edit to the working copy; a bad value leaves it as it was and says why. */
    private void edit(UnaryOperator<CampaignBrief> change) {
        CampaignBrief current = draft.get();
        if (current == null) {
            return;
        }
        try {
            setDraft(change.apply(current));
            problem.set("");
        } catch (UserError | IllegalArgumentException bad) {
            problem.set(bad.getMessage());
        }
    }

    public void setChannels(List<Channel> channels) {
        edit(b -> b.withChannels(channels));
    }

    public void setSchedule(LocalDate start, LocalDate end, int sendHour) {
        edit(b -> b.withSchedule(new Schedule(start, end, sendHour)));
    }

    /** The target as typed: "3.5%" or "0.035". */
    public void setTarget(String text) {
        edit(b -> {
            SuccessMetric m = b.metric();
            return b.withMetric(new SuccessMetric(m.kind(), m.baseline(), share(text), m.windowDays()));
        });
    }

    public void setGuardrails(int overallCap, int windowDays, Map<Channel, Integer> channelCaps, int quietStart, int quietEnd,
                              boolean suppressOpenTickets, int suppressConvertersDays) {
        edit(b -> b.withGuardrails(new Guardrails(overallCap, windowDays, channelCaps, quietStart, quietEnd,
                suppressOpenTickets, suppressConvertersDays)));
    }

    /**
     * Replaces touchpoint {@code index}: signals comma-separated, variants as {@code A 50, B 50}
     * (name then weight; blank: no test).
     */
    public void setTouchpoint(int index, Channel channel, TriggerKind trigger, int delayDays, String theme, String signals,
                              String rationale, String variants) {
        edit(b -> {
            List<Touchpoint> list = new ArrayList<>(b.touchpoints());
            Touchpoint old = list.get(index);
            list.set(index, new Touchpoint(channel, new Trigger(trigger, delayDays), theme, words(signals), rationale,
                    variants(variants, old.variants())));
            return b.withTouchpoints(list);
        });
    }

    /** Moves touchpoint {@code index} one place earlier; false at the top. */
    public boolean moveUp(int index) {
        return move(index, index - 1);
    }

    /** Moves touchpoint {@code index} one place later; false at the bottom. */
    public boolean moveDown(int index) {
        return move(index, index + 1);
    }

    private boolean move(int from, int to) {
        if (draft.get() == null || from < 0 || to < 0 || from >= touchpoints.size() || to >= touchpoints.size()) {
            return false;
        }
        edit(b -> {
            List<Touchpoint> list = new ArrayList<>(b.touchpoints());
            list.add(to, list.remove(from));
            return b.withTouchpoints(list);
        });
        return true;
    }

    /** Adds a touchpoint after the others: the first channel, a week after the previous message. */
    public void addTouchpoint() {
        edit(b -> {
            List<Touchpoint> list = new ArrayList<>(b.touchpoints());
            Channel channel = b.channels().isEmpty() ? Channel.EMAIL : b.channels().get(0);
            list.add(new Touchpoint(channel, list.isEmpty() ? Trigger.onEntry() : Trigger.after(7), "New message",
                    List.of(), "", List.of()));
            return b.withTouchpoints(list);
        });
    }

    public void removeTouchpoint(int index) {
        edit(b -> {
            List<Touchpoint> list = new ArrayList<>(b.touchpoints());
            list.remove(index);
            return b.withTouchpoints(list);
        });
    }

    /** Back to the saved brief. */
    public void revert() {
        setDraft(saved.get());
        problem.set("");
    }

    /** Saves the working copy as the next version (a draft again if it was approved). */
    public void save() {
        CampaignBrief current = draft.get();
        if (current == null || busy.get()) {
            return;
        }
        busy.set(true);
        tasks.submit("Saving the brief", context -> {
            CampaignBrief kept = desk.save(current);
            return new Loaded(kept, desk.versions(kept.name()), facts);
        }).result().whenComplete(this::after);
    }

    /** Approves the saved brief; refused (with the reasons) while it has errors. */
    public void approve() {
        CampaignBrief current = saved.get();
        if (current == null || busy.get()) {
            return;
        }
        busy.set(true);
        tasks.submit("Approving the brief", context -> {
            CampaignBrief approved = desk.approve(current.name());
            return new Loaded(approved, desk.versions(approved.name()), facts);
        }).result().whenComplete(this::after);
    }

    private void after(Loaded loaded, Throwable error) {
        busy.set(false);
        if (error != null) {
            problem.set(Formats.problem(error));
            return;
        }
        problem.set("");
        show(loaded);
    }

    private void updateDiff() {
        CampaignBrief version = comparedVersion.get();
        CampaignBrief current = draft.get();
        if (version == null || current == null) {
            diff.clear();
            return;
        }
        diff.setAll(BriefDiff.between(version, current).stream().map(BriefDiff.Change::toString).toList());
        if (diff.isEmpty()) {
            diff.add("No differences.");
        }
    }

    static double share(String text) {
        String t = text == null ? "" : text.strip();
        boolean percent = t.endsWith("%");
        try {
            double value = Double.parseDouble(percent ? t.substring(0, t.length() - 1).strip() : t);
            return percent || value > 1 ? value / 100 : value;
        } catch (NumberFormatException notANumber) {
            throw new UserError("target: '" + text + "' is not a percentage (3.5%)");
        }
    }

    static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    /** "A 50, B 50" as variants, keeping the descriptions of variants of the same name. */
    static List<Variant> variants(String text, List<Variant> old) {
        List<Variant> variants = new ArrayList<>();
        for (String part : words(text)) {
            String[] bits = part.split("\\s+");
            if (bits.length != 2) {
                throw new UserError("variants: write each as a name and a weight (A 50, B 50), not '" + part + "'");
            }
            int weight;
            try {
                weight = Integer.parseInt(bits[1].replace("%", ""));
            } catch (NumberFormatException notWhole) {
                throw new UserError("variants: '" + bits[1] + "' is not a whole percentage");
            }
            String description = old.stream().filter(v -> v.name().equals(bits[0])).map(Variant::description)
                    .findFirst().orElse("");
            variants.add(new Variant(bits[0], description, weight));
        }
        return variants;
    }

    /** "A 50, B 50". */
    static String variantsText(List<Variant> variants) {
        return String.join(", ", variants.stream().map(v -> v.name() + " " + v.weight()).toList());
    }

    public ReadOnlyObjectProperty<CampaignBrief> draftProperty() { return draft.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<CampaignBrief> savedProperty() { return saved.getReadOnlyProperty(); }
    public ObservableList<Touchpoint> touchpoints() { return touchpoints; }
    public ObservableList<BriefProblem> problems() { return problems; }
    /** Oldest first. */
    public ObservableList<CampaignBrief> versions() { return versions; }
    /** The version the diff compares the working copy with. */
    public ObjectProperty<CampaignBrief> comparedVersionProperty() { return comparedVersion; }
    /** Changes from the compared version to the working copy, as "~ path: before -> after" lines. */
    public ObservableList<String> diff() { return diff; }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** Saved, unchanged, without errors, not yet approved, and the user may approve. */
    public ReadOnlyBooleanProperty approvableProperty() { return approvable.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    /** "draft · version 2 · unsaved changes · 1 error". */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public boolean mayEdit() { return desk.mayEdit(); }
}
