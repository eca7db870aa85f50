package io.lakefront.ui.sources;

/** One value the last preparation refused, with where to find it at its source and why. */
public record QuarantineRow(String recordId, String column, String value, String reason) {
}
