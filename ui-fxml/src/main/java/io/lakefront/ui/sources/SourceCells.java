package io.lakefront.ui.sources;

import io.lakefront.ui.common.Badge;
import io.lakefront.ui.common.Tone;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Table cells and small helpers the Sources screen's tabs share. */
final class SourceCells {
    /** Evidence and reasons should show soon on hover, and stay long enough to be read. */
    static final Duration TOOLTIP_DELAY = Duration.millis(300);
    static final Duration TOOLTIP_DURATION = Duration.seconds(30);

    private SourceCells() {
    }

    static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    static <R> void row(TableColumn<R, R> column) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    }

    /** A text cell whose whole text shows on hover: long values are cut with "…" in the column. */
    static <R> TableCell<R, String> withTooltip() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isBlank() ? null : tooltip(item));
            }
        };
    }

    static <R> TableCell<R, R> badgeCell(Function<R, String> label, Function<R, Tone> tone) {
        return new TableCell<>() {
            private final Badge badge = new Badge();

            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    badge.show(label.apply(item), tone.apply(item));
                    setGraphic(badge);
                }
            }
        };
    }

    static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(TOOLTIP_DELAY);
        tip.setShowDuration(TOOLTIP_DURATION);
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        return tip;
    }

    static Label placeholder(ObservableStringValue text) {
        Label label = new Label();
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }

    /** Columns for a grid of raw rows, each as wide as its longest value (within reason). */
    static void grid(TableView<List<String>> table, List<String> names, List<List<String>> rows) {
        List<String> header = List.copyOf(names);
        table.getColumns().setAll(IntStream.range(0, header.size()).mapToObj(i -> {
            TableColumn<List<String>, String> column = new TableColumn<>(header.get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(i < c.getValue().size() ? c.getValue().get(i) : null));
            int longest = header.get(i).length();
            for (List<String> row : rows) {
                if (i < row.size() && row.get(i) != null) {
                    longest = Math.max(longest, row.get(i).length());
                }
            }
            column.setPrefWidth(Math.max(90, Math.min(320, longest * 8 + 32)));
            return column;
        }).toList());
    }

    /** Shows the label only while its text is not empty. */
    static void showWhenNotEmpty(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
