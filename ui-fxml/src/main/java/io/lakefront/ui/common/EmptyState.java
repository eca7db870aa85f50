package io.lakefront.ui.common;

import atlantafx.base.theme.Styles;
import io.lakefront.ui.shell.Navigator;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A centred empty state: icon, title, what the screen does, what to do next, and one action. */
public final class EmptyState extends VBox {
    private final FontIcon icon = new FontIcon();
    private final Label title = new Label();
    private final Label purpose = new Label();
    private final Label nextStep = new Label();
    private final Button action = new Button();

    public EmptyState() {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        setFillWidth(false);
        icon.getStyleClass().add("empty-state-icon");
        StackPane badge = new StackPane(icon);
        badge.getStyleClass().add("empty-state-badge");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setId("empty-state-title");
        purpose.getStyleClass().addAll("empty-state-purpose", Styles.TEXT_MUTED);
        nextStep.getStyleClass().add("empty-state-next");
        for (Label label : new Label[] {title, purpose, nextStep}) {
            label.setWrapText(true);
            label.setMaxWidth(560);
            label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        }
        action.getStyleClass().add(Styles.ACCENT);
        action.setVisible(false);
        action.setManaged(false);
        getChildren().addAll(badge, title, purpose, nextStep, action);
    }

    public void show(EmptyStateText text, Navigator navigator) {
        icon.setIconLiteral(text.icon());
        title.setText(text.title());
        purpose.setText(text.purpose());
        nextStep.setText(text.nextStep());
        boolean hasAction = text.goTo().isPresent();
        action.setVisible(hasAction);
        action.setManaged(hasAction);
        text.goTo().ifPresent(screen -> {
            action.setText(text.actionLabel());
            action.setGraphic(new FontIcon(screen.icon()));
            action.setOnAction(e -> navigator.navigate(screen));
        });
    }
}
