package io.lakefront.ui.identity;

import java.util.Objects;

/**
 * The rules as the editor loads them.
 *
 * @param location where they are kept, in words the user can find ({@code /ws/identity.yaml})
 * @param saved    false while no rules file exists yet (the text is what a first run would start from)
 */
public record RulesText(String yaml, String location, boolean saved) {
    public RulesText {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(location, "location");
    }
}
