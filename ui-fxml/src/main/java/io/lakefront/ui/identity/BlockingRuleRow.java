package io.lakefront.ui.identity;

/**
 * A blocking rule and the comparisons it brought (pairs it added before the union over rules drops
 * the repeats), with its share of all of them and the size of its largest block.
 */
public record BlockingRuleRow(String rule, String keys, long pairs, String pairsText, String share, String largest) {
}
