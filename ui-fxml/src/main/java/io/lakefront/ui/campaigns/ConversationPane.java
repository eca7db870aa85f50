package io.lakefront.ui.campaigns;

import atlantafx.base.controls.Card;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The brief conversation: one question at a time with its default and why, the usual answers as
 * buttons, a text field ({@code Enter} answers, blank takes the default, {@code Alt+B} goes back,
 * {@code Esc} cancels), and the answers so far.
 */
final class ConversationPane extends VBox {
    ConversationPane(BriefConversationViewModel vm) {
        setSpacing(12);
        setPadding(new Insets(16));
        getStyleClass().add("brief-conversation");
        setId("brief-conversation");

        Label title = new Label("New campaign brief");
        title.getStyleClass().add(Styles.TITLE_3);
        Label progress = new Label();
        progress.getStyleClass().add(Styles.TEXT_MUTED);
        progress.textProperty().bind(vm.progressProperty());
        Label question = new Label();
        question.setId("brief-question");
        question.getStyleClass().add(Styles.TITLE_4);
        question.setWrapText(true);
        question.textProperty().bind(vm.questionProperty());
        Label why = new Label();
        why.setWrapText(true);
        why.getStyleClass().add(Styles.TEXT_MUTED);
        why.textProperty().bind(vm.whyProperty());

        FlowPane choices = new FlowPane(6, 6);
        vm.choices().addListener((javafx.collections.ListChangeListener<String>) change -> fill(choices, vm));
        fill(choices, vm);

        TextField answer = new TextField();
        answer.setId("brief-answer");
        answer.textProperty().bindBidirectional(vm.answerProperty());
        vm.defaultAnswerProperty().addListener((obs, old, value) -> answer.setPromptText("Default: " + value));
        answer.setPromptText("Default: " + vm.defaultAnswerProperty().get());
        answer.setOnAction(event -> vm.answer());
        answer.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                vm.cancel();
            } else if (event.getCode() == KeyCode.B && event.isAltDown()) {
                vm.back();
            }
        });
        HBox.setHgrow(answer, Priority.ALWAYS);
        Button next = new Button("Answer");
        next.setDefaultButton(false);
        next.getStyleClass().add(Styles.ACCENT);
        next.setOnAction(event -> vm.answer());
        next.disableProperty().bind(vm.busyProperty());
        Button back = new Button("Back");
        back.setOnAction(event -> vm.back());
        Button defaults = new Button("Use the defaults for the rest");
        defaults.setId("brief-defaults");
        defaults.setOnAction(event -> vm.acceptDefaults());
        defaults.disableProperty().bind(vm.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(event -> vm.cancel());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(8, answer, next);
        HBox actions = new HBox(8, back, defaults, grow, cancel);

        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        ListView<String> transcript = new ListView<>(vm.transcript());
        transcript.setPrefHeight(220);
        transcript.setFocusTraversable(false);
        Label sofar = new Label("So far");
        sofar.getStyleClass().add(Styles.TEXT_BOLD);

        Card card = new Card();
        card.setBody(new VBox(10, progress, question, why, choices, row, problem, actions));
        getChildren().addAll(title, card, sofar, transcript);
        VBox.setVgrow(transcript, Priority.ALWAYS);
        vm.activeProperty().addListener((obs, was, active) -> {
            if (active) {
                answer.requestFocus();
            }
        });
    }

    private static void fill(FlowPane pane, BriefConversationViewModel vm) {
        pane.getChildren().clear();
        for (String choice : vm.choices()) {
            Button button = new Button(choice);
            button.getStyleClass().add(Styles.SMALL);
            button.setOnAction(event -> vm.choose(choice));
            pane.getChildren().add(button);
        }
    }
}
