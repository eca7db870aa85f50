package io.lakefront.ui.identity;

/** A blocking rule in the rules form: its name and its keys as the rules file writes them. */
public record BlockingRuleForm(String name, String keys) {
}
