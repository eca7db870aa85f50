package io.lakefront.ui.sources;

import io.lakefront.ui.common.Tone;

/** One line of a source's sync history. */
public record SyncRunRow(String started, String duration, String status, Tone tone, String rowsRead,
                         String rowsStaged, String rowsQuarantined, String message) {
}
