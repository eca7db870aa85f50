package io.lakefront.ui.shell;

import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the workbench in one place (JabRef's KeyBinding idea), listed in the
 * help overlay. {@code Shortcut} is Ctrl on Windows and Linux and Cmd on macOS.
 */
public enum KeyboardShortcut {
    GO_TO_HOME("Shortcut+1", "Go to Home"),
    GO_TO_SOURCES("Shortcut+2", "Go to Sources"),
    GO_TO_IDENTITY("Shortcut+3", "Go to Identity"),
    GO_TO_REVIEW_QUEUE("Shortcut+4", "Go to Review queue"),
    GO_TO_CUSTOMERS("Shortcut+5", "Go to Customers"),
    GO_TO_GOLD_RULES("Shortcut+G", "Go to Gold rules"),
    GO_TO_AUDIENCES("Shortcut+6", "Go to Audiences"),
    GO_TO_CAMPAIGNS("Shortcut+7", "Go to Campaigns"),
    GO_TO_SIMULATION("Shortcut+8", "Go to Simulation"),
    GO_TO_PERFORMANCE("Shortcut+9", "Go to Performance"),
    GO_TO_ACTIVATION("Shortcut+0", "Go to Activation"),
    GO_TO_SETTINGS("Shortcut+Comma", "Go to Settings"),
    REFRESH("Shortcut+R", "Reload the current screen"),
    SAVE("Shortcut+S", "Gold rules: save the rules being edited; Audiences: save the audience"),
    TOGGLE_THEME("Shortcut+Shift+L", "Switch between light and dark"),
    UNDO("Shortcut+Z", "Undo the last tag edit or review decision"),
    REVIEW_MATCH("M", "Review queue: match (one person)"),
    REVIEW_NON_MATCH("N", "Review queue: not a match"),
    REVIEW_SKIP("S", "Review queue: skip this pair"),
    REVIEW_NEXT("J", "Review queue: next pair (or Down)"),
    REVIEW_PREVIOUS("K", "Review queue: previous pair (or Up)"),
    CUSTOMERS_FIND("Shortcut+F", "Customers: search (then Down / Up and Enter to open)"),
    SHOW_HELP("F1", "Show these keyboard shortcuts"),
    SHOW_HELP_ALT("Shortcut+Slash", "Show these keyboard shortcuts"),
    CLOSE_OVERLAY("Esc", "Close this overlay or dialog");

    private final String combination;
    private final String description;

    KeyboardShortcut(String combination, String description) {
        this.combination = combination;
        this.description = description;
    }

    /** Parsed on demand: the display text needs the toolkit to know which key "Shortcut" is. */
    public KeyCombination combination() {
        return KeyCombination.valueOf(combination);
    }

    /** The combination as written here, such as {@code Shortcut+R}. */
    public String code() {
        return combination;
    }

    public String description() {
        return description;
    }
}
