package io.lakefront.ui.customers;

/** One figure of the metrics strip: caption and value as text. */
public record MetricRow(String caption, String value) {
}
