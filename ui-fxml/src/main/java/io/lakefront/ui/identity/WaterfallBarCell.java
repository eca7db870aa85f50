package io.lakefront.ui.identity;

import io.lakefront.domain.identity.MatchModel;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A waterfall bar: the step's weight drawn from the running total before it to the total after it,
 * on one scale for the whole table (with the zero line marked), green when it adds evidence of a
 * match, red when it takes some away. The prior's bar is neutral.
 */
public final class WaterfallBarCell extends TableCell<WaterfallRow, WaterfallRow> {
    private static final double PADDING = 4;

    private final Region bar = new Region();
    private final Region zero = new Region();
    private final Pane track = new Pane(zero, bar);
    private final Label total = new Label();
    private final StackPane content = new StackPane(track, total);
    private WaterfallRow row;

    public WaterfallBarCell() {
        bar.getStyleClass().add("waterfall-bar");
        zero.getStyleClass().add("waterfall-zero");
        total.getStyleClass().addAll("waterfall-total", "text-small");
        StackPane.setAlignment(total, javafx.geometry.Pos.CENTER_RIGHT);
        // Placed by hand on the table's scale: the pane must not resize them to their preferred size.
        bar.setManaged(false);
        zero.setManaged(false);
        track.setMinHeight(16);
        track.setPrefHeight(16);
        track.widthProperty().addListener((obs, old, width) -> layoutBar());
        setText(null);
    }

    @Override
    protected void updateItem(WaterfallRow item, boolean empty) {
        super.updateItem(item, empty);
        row = empty ? null : item;
        if (row == null) {
            setGraphic(null);
            return;
        }
        bar.getStyleClass().removeAll("waterfall-up", "waterfall-down", "waterfall-prior");
        bar.getStyleClass().add(getIndex() == 0 ? "waterfall-prior" : row.weight() >= 0 ? "waterfall-up" : "waterfall-down");
        total.setText(row.totalText());
        setGraphic(content);
        layoutBar();
    }

    /** Places the bar on the scale of every total in the table (including zero). */
    private void layoutBar() {
        if (row == null || getTableView() == null) {
            return;
        }
        double low = 0;
        double high = 0;
        for (WaterfallRow step : getTableView().getItems()) {
            low = Math.min(low, Math.min(step.before(), step.after()));
            high = Math.max(high, Math.max(step.before(), step.after()));
        }
        // Leave room on the right for the running total's label.
        double width = Math.max(0, track.getWidth() - 48 - 2 * PADDING);
        double span = high - low == 0 ? 1 : high - low;
        double from = PADDING + (Math.min(row.before(), row.after()) - low) / span * width;
        double to = PADDING + (Math.max(row.before(), row.after()) - low) / span * width;
        bar.resizeRelocate(from, 3, Math.max(2, to - from), 10);
        double zeroAt = PADDING + (0 - low) / span * width;
        zero.resizeRelocate(zeroAt, 0, 1, 16);
        setTooltipText();
    }

    private void setTooltipText() {
        String tip = row.comparison() + ": " + row.weightText() + (row.termFrequencyText().isEmpty() ? ""
                : " (of which " + row.termFrequencyText() + " for how common the value is)")
                + " → running total " + row.totalText() + ", probability "
                + Bands.probability(MatchModel.probability(row.after()));
        if (getTooltip() == null) {
            setTooltip(new javafx.scene.control.Tooltip(tip));
        } else {
            getTooltip().setText(tip);
        }
    }
}
