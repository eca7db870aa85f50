package io.lakefront.ui.sources;

import io.lakefront.ui.common.Tone;

/**
 * One column of a prepared source as the Columns tab shows it.
 *
 * @param tag      the tag's code ({@code given_name}), as written in {@code sources/<name>.yaml}
 * @param tone     how sure the tag is: unknown or doubtful tags stand out
 * @param edited   the user's choice in the YAML file, which wins over the tagger's
 */
public record ColumnTagRow(String column, String tag, Tone tone, String confidence, String rule, boolean edited,
                           long quarantined, String quarantinedText) {
}
