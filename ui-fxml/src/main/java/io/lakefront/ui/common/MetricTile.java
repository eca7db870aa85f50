package io.lakefront.ui.common;

import atlantafx.base.controls.Card;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** One number of the workspace at a glance: a caption with an icon, the value, and a hint below. */
public final class MetricTile extends Card {
    private final Label value = new Label();

    public MetricTile(String id, String icon, String caption, ObservableValue<String> number, String hint) {
        getStyleClass().addAll("metric-tile", Styles.ELEVATED_1);
        setId(id);
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("metric-icon");
        Label captionLabel = new Label(caption);
        captionLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_BOLD);
        HBox header = new HBox(8, graphic, captionLabel);
        header.getStyleClass().add("metric-header");
        value.getStyleClass().addAll(Styles.TITLE_1, "metric-value");
        value.textProperty().bind(number);
        Label hintLabel = new Label(hint);
        hintLabel.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hintLabel.setWrapText(true);
        setHeader(header);
        setBody(value);
        setFooter(hintLabel);
    }

    public Label valueLabel() {
        return value;
    }
}
