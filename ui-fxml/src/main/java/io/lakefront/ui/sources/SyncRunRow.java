package io.lakefront.ui.sources;

import io.lakefront.ui.common.Tone;

/**
 * One line of a source's sync history.
 *
 * @param mode  {@code Full} or {@code Incremental}
 * @param drift the columns added, removed or retyped by this sync ({@code added 'tier'}), or empty
 */
public record SyncRunRow(String started, String duration, String status, Tone tone, String mode, String rowsRead,
                         String rowsInserted, String rowsUpdated, String rowsStaged, String rowsQuarantined,
                         String drift, String message) {
}
