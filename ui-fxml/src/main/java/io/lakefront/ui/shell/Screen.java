package io.lakefront.ui.shell;

import java.util.Locale;

/** The workbench's screens in sidebar order, each with its title, icon and shortcut. */
public enum Screen {
    HOME("Home", "The workspace at a glance", "mdal-home", KeyboardShortcut.GO_TO_HOME),
    SOURCES("Sources", "Files, folders and databases your customer records come from", "mdmz-storage",
            KeyboardShortcut.GO_TO_SOURCES),
    IDENTITY("Identity", "Link records of the same person into one profile", "mdal-fingerprint",
            KeyboardShortcut.GO_TO_IDENTITY),
    REVIEW_QUEUE("Review queue", "Pairs a data steward decides", "mdal-fact_check",
            KeyboardShortcut.GO_TO_REVIEW_QUEUE),
    CUSTOMERS("Customers", "The gold customer table", "mdmz-people", KeyboardShortcut.GO_TO_CUSTOMERS),
    GOLD_RULES("Gold rules", "How each gold value is chosen and where source columns go", "mdmz-merge_type",
            KeyboardShortcut.GO_TO_GOLD_RULES),
    AUDIENCES("Audiences", "Describe who you want to reach", "mdal-groups", KeyboardShortcut.GO_TO_AUDIENCES),
    CAMPAIGNS("Campaigns", "Goals, briefs and their status", "mdal-campaign", KeyboardShortcut.GO_TO_CAMPAIGNS),
    SIMULATION("Simulation", "What a campaign would do, before it sends", "mdmz-science",
            KeyboardShortcut.GO_TO_SIMULATION),
    PERFORMANCE("Performance", "Results and experiments", "mdmz-show_chart", KeyboardShortcut.GO_TO_PERFORMANCE),
    ACTIVATION("Activation", "Destinations that reach customers", "mdmz-send", KeyboardShortcut.GO_TO_ACTIVATION),
    SETTINGS("Settings", "Workspace, clock, user, theme and language model", "mdmz-settings",
            KeyboardShortcut.GO_TO_SETTINGS);

    private final String title;
    private final String subtitle;
    private final String icon;
    private final KeyboardShortcut shortcut;

    Screen(String title, String subtitle, String icon, KeyboardShortcut shortcut) {
        this.title = title;
        this.subtitle = subtitle;
        this.icon = icon;
        this.shortcut = shortcut;
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    /** An Ikonli material2 icon literal. */
    public String icon() {
        return icon;
    }

    public KeyboardShortcut shortcut() {
        return shortcut;
    }

    /** File-name form, such as {@code review-queue}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
