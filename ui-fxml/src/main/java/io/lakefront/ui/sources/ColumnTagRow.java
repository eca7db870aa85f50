package io.lakefront.ui.sources;

import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.ui.common.Tone;

/**
 * One column of a prepared source as the Columns tab shows it.
 *
 * @param position  the column's place in the source, 0-based
 * @param tag       the tag's code ({@code given_name}), as written in {@code sources/<name>.yaml}
 * @param tone      how sure the tag is: unknown or doubtful tags stand out
 * @param edited    the user's choice, which wins over the tagger's
 * @param rule      the normalization rule in words; after an edit, what to do to apply the new one
 * @param evidence  why the tagger read the column as it did, for the tag chip's tooltip; empty until known
 */
public record ColumnTagRow(int position, String column, ColumnTag columnTag, String tag, Tone tone, String confidence,
                           String rule, boolean edited, long quarantined, String quarantinedText, String evidence) {
    ColumnTagRow withEvidence(String text) {
        return new ColumnTagRow(position, column, columnTag, tag, tone, confidence, rule, edited, quarantined,
                quarantinedText, text);
    }
}
