package io.lakefront.ui.identity;

/** A deterministic rule in the rules form: its name and the fields that must all agree. */
public record DeterministicRuleForm(String name, String fields) {
}
