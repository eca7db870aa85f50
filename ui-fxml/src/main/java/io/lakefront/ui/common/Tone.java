package io.lakefront.ui.common;

/** How a status reads at a glance; views map it to AtlantaFX's colour families. */
public enum Tone {
    SUCCESS, WARNING, DANGER, ACCENT, NEUTRAL
}
