package io.lakefront.ui.sources;

import io.lakefront.ui.common.Tone;

/**
 * One column in the Normalization tab's list: its tag, its rule in words and what the rule does to
 * the sample rows.
 *
 * @param position the column's place in the source, 0-based
 * @param summary  what the rule did to the shown rows ({@code 12 changed · 1 invalid})
 * @param tone     {@link Tone#DANGER} when some shown value is invalid
 */
public record NormalizedColumnRow(int position, String column, String tag, String rule, String summary, Tone tone,
                                  long changed, long invalid) {
}
