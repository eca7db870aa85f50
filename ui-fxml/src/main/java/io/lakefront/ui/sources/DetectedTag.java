package io.lakefront.ui.sources;

import io.lakefront.ui.common.Tone;

/**
 * A column's tag as the Add source wizard's preview shows it, before the source exists.
 *
 * @param evidence why, for the chip's tooltip
 */
public record DetectedTag(String column, String tag, String confidence, Tone tone, String evidence) {
}
