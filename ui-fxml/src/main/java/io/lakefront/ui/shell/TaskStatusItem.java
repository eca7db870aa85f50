package io.lakefront.ui.shell;

import atlantafx.base.controls.Popover;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The status bar's view of background work: the newest task's title and progress, and a popover
 * that lists every running task with its progress, message and a cancel button.
 */
final class TaskStatusItem extends HBox {
    private final ObservableList<Task<?>> tasks;
    private final Label summary = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button details = new Button();
    private final VBox list = new VBox(10);
    private final Popover popover = new Popover();

    TaskStatusItem(ObservableList<Task<?>> tasks) {
        this.tasks = tasks;
        setId("task-status");
        getStyleClass().add("task-status");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        progress.setPrefWidth(120);
        progress.getStyleClass().add(Styles.SMALL);
        details.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        details.setId("task-details");
        details.setOnAction(e -> popover.show(details));
        list.getStyleClass().add("task-list");
        list.setPrefWidth(360);
        popover.setTitle("Background tasks");
        popover.setContentNode(list);
        popover.setArrowLocation(Popover.ArrowLocation.BOTTOM_LEFT);
        getChildren().addAll(summary, progress, details);
        tasks.addListener((ListChangeListener<Task<?>>) change -> update());
        update();
    }

    private void update() {
        progress.progressProperty().unbind();
        summary.textProperty().unbind();
        boolean busy = !tasks.isEmpty();
        progress.setVisible(busy);
        progress.setManaged(busy);
        details.setVisible(busy);
        details.setManaged(busy);
        if (busy) {
            Task<?> newest = tasks.get(tasks.size() - 1);
            summary.setGraphic(new FontIcon("mdal-hourglass_empty"));
            summary.textProperty().bind(newest.titleProperty());
            progress.progressProperty().bind(newest.progressProperty());
            details.setText(tasks.size() == 1 ? "Details…" : tasks.size() + " tasks…");
        } else {
            summary.setGraphic(new FontIcon("mdal-check_circle"));
            summary.setText("No background tasks");
            popover.hide();
        }
        list.getChildren().setAll(tasks.stream().map(TaskStatusItem::row).toList());
    }

    private static VBox row(Task<?> task) {
        Label title = new Label();
        title.textProperty().bind(task.titleProperty());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(task.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button("Cancel", new FontIcon("mdal-cancel"));
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.DANGER, Styles.FLAT);
        cancel.setOnAction(e -> task.cancel(false));
        cancel.disableProperty().bind(Bindings.createBooleanBinding(task::isCancelled, task.stateProperty()));
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        message.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox line = new HBox(8, bar, cancel);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, title, line, message);
    }
}
