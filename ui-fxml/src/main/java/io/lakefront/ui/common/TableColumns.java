package io.lakefront.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * The table columns the result screens share: a text column that keeps its width (the table scrolls
 * sideways instead of cutting every cell to "…") and shows a long cell whole as a tooltip, and a column of
 * coloured tags (outcomes, statuses).
 */
public final class TableColumns {
    private TableColumns() {
    }

    /** A text column of {@code width}, never squeezed below {@code min(width, 200)}. */
    public static <R> TableColumn<R, String> text(String title, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 200));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        return column;
    }

    /** A column of tags: each row's words in its tone. */
    public static <R> TableColumn<R, R> tags(String title, Function<R, String> words, Function<R, Tone> tone, double width) {
        TableColumn<R, R> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(R row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                setGraphic(empty || row == null ? null : new Badge(words.apply(row), tone.apply(row)));
            }
        });
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }
}
