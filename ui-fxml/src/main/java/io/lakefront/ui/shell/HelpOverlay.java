package io.lakefront.ui.shell;

import atlantafx.base.controls.Card;
import atlantafx.base.theme.Styles;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** The keyboard shortcuts, listed from {@link KeyboardShortcut} so that the list never goes stale. */
final class HelpOverlay extends Card {
    HelpOverlay(Runnable close) {
        setId("help-overlay");
        getStyleClass().addAll("help-overlay", Styles.ELEVATED_3);
        setPrefWidth(560);

        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setGraphic(new FontIcon("mdal-keyboard"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button closeButton = new Button(null, new FontIcon("mdal-close"));
        closeButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        closeButton.setOnAction(e -> close.run());
        closeButton.setId("close-help");
        setHeader(new HBox(8, title, grow, closeButton));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        grid.setHgap(24);
        grid.setVgap(6);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setHalignment(HPos.RIGHT);
        keys.setMinWidth(140);
        grid.getColumnConstraints().addAll(keys, new ColumnConstraints());
        int row = 0;
        for (KeyboardShortcut shortcut : KeyboardShortcut.values()) {
            Label key = new Label(shortcut.combination().getDisplayText());
            key.getStyleClass().add("key-cap");
            Label what = new Label(shortcut.description());
            grid.addRow(row++, key, what);
        }
        Label sidebar = new Label("↑ ↓");
        sidebar.getStyleClass().add("key-cap");
        grid.addRow(row, sidebar, new Label("Move through the sidebar when it has focus"));
        setBody(grid);

        Label footer = new Label("Shortcut is Ctrl on Windows and Linux, ⌘ on macOS.");
        footer.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        setFooter(footer);
    }
}
