package io.lakefront.ui.campaigns;

import io.lakefront.domain.campaign.brief.BriefConversation;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.ui.common.Formats;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The brief conversation on screen: the current question with its default and why, the answers so far,
 * and the answer being typed. Answers run in the background (the audience's facts are counted then);
 * when the last one is given the brief is drafted, saved as version 1 and handed to {@code onDrafted}.
 */
public final class BriefConversationViewModel {
    private final BriefDesk desk;
    private final TaskExecutor tasks;
    private BriefConversation conversation;
    private Consumer<CampaignBrief> onDrafted = brief -> { };

    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper(this, "question", "");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper(this, "why", "");
    private final ReadOnlyStringWrapper defaultAnswer = new ReadOnlyStringWrapper(this, "defaultAnswer", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final StringProperty answer = new SimpleStringProperty(this, "answer", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ObservableList<String> transcript = FXCollections.observableArrayList();

    public BriefConversationViewModel(BriefDesk desk, TaskExecutor tasks) {
        this.desk = desk;
        this.tasks = tasks;
    }

    /** Where the drafted and saved brief goes. */
    public void onDrafted(Consumer<CampaignBrief> consumer) {
        this.onDrafted = consumer;
    }

    /** Starts a new conversation at the first question. */
    public void start() {
        conversation = desk.conversation();
        transcript.clear();
        problem.set("");
        active.set(true);
        show();
    }

    public void cancel() {
        active.set(false);
        conversation = null;
    }

    /** Answers with the typed text (blank: the default). */
    public void answer() {
        submit(answer.get());
    }

    /** Answers with one of the offered choices. */
    public void choose(String choice) {
        submit(choice);
    }

    /** Takes the default for every question left and drafts the brief. */
    public void acceptDefaults() {
        run(conversation -> conversation.acceptDefaults());
    }

    public void back() {
        if (conversation != null && !busy.get()) {
            conversation.back();
            problem.set("");
            show();
        }
    }

    private void submit(String text) {
        run(conversation -> conversation.answer(text));
    }

    private void run(Consumer<BriefConversation> step) {
        BriefConversation current = conversation;
        if (current == null || busy.get()) {
            return;
        }
        busy.set(true);
        tasks.submit("Drafting the brief", context -> {
            step.accept(current);
            return current.finished() ? desk.save(current.brief()) : null;
        }).result().whenComplete((saved, error) -> {
            busy.set(false);
            if (error != null) {
                problem.set(Formats.problem(error));
                return;
            }
            problem.set("");
            answer.set("");
            if (saved != null) {
                active.set(false);
                conversation = null;
                onDrafted.accept(saved);
            } else {
                show();
            }
        });
    }

    private void show() {
        transcript.setAll(conversation.transcript());
        if (conversation.finished()) {
            return;
        }
        BriefConversation.Question q = conversation.question();
        question.set(q.text());
        why.set(q.why());
        defaultAnswer.set(q.defaultAnswer());
        choices.setAll(q.choices());
        progress.set("Question " + (q.step().ordinal() + 1) + " of " + (BriefConversation.Step.values().length - 1));
    }

    public ReadOnlyStringProperty questionProperty() { return question.getReadOnlyProperty(); }
    public ReadOnlyStringProperty whyProperty() { return why.getReadOnlyProperty(); }
    /** What a blank answer means. */
    public ReadOnlyStringProperty defaultAnswerProperty() { return defaultAnswer.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    /** "Question 3 of 8". */
    public ReadOnlyStringProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public StringProperty answerProperty() { return answer; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** True while a conversation is open. */
    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }
    public ObservableList<String> choices() { return choices; }
    /** "Q: ..." and "A: ..." lines. */
    public ObservableList<String> transcript() { return transcript; }
}
