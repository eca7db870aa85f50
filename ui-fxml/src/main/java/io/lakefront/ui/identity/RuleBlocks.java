package io.lakefront.ui.identity;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Rules tab's lists of proposed rules (suggested from decisions, recommended for a new source): each
 * item a block of lines, the list short while empty so the form below stays in view, its placeholder
 * and the line under it saying what the list holds or what the last action did.
 */
final class RuleBlocks {
    private static final double EMPTY_HEIGHT = 56;

    private RuleBlocks() {
    }

    /**
     * @param lines an item's lines, top to bottom ({@link #heading}, {@link #wrapped}, {@link #oneLine})
     */
    static <T> void show(ListView<T> list, ObservableList<T> items, ReadOnlyStringProperty status, Label statusLine,
                         double fullHeight, Function<T, List<Node>> lines) {
        list.setItems(items);
        Label placeholder = new Label();
        placeholder.textProperty().bind(status);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().addAll("text-small", "text-muted");
        list.setPlaceholder(placeholder);
        list.setCellFactory(view -> new ListCell<>() {
            {
                // Without it the cell takes the wrapped lines' one-line width and clips their height.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                VBox box = new VBox(2);
                box.getChildren().setAll(lines.apply(item));
                box.setMinHeight(Region.USE_PREF_SIZE);
                box.prefWidthProperty().bind(view.widthProperty().subtract(30));
                box.maxWidthProperty().bind(box.prefWidthProperty());
                setGraphic(box);
            }
        });
        list.prefHeightProperty().bind(Bindings.when(Bindings.isEmpty(items)).then(EMPTY_HEIGHT).otherwise(fullHeight));
        statusLine.textProperty().bind(status);
        // Hidden, not removed: beside buttons it keeps them where they are.
        statusLine.visibleProperty().bind(Bindings.isNotEmpty(items));
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    static Label wrapped(String text, String... styles) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().addAll(styles);
        return label;
    }

    /** One line, cut with an ellipsis; the whole text on hover (a long list of values). */
    static Label oneLine(String text, String... styles) {
        Label label = new Label(text);
        label.setTooltip(new Tooltip(text));
        label.getStyleClass().addAll(styles);
        return label;
    }
}
