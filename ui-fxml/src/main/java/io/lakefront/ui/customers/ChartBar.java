package io.lakefront.ui.customers;

/** One bar of a small chart: its label and height. */
public record ChartBar(String label, double value) {
}
