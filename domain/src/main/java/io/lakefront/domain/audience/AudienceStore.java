package io.lakefront.domain.audience;

import java.util.List;
import java.util.Optional;

/**
 * Port: the workspace's saved audiences ({@code audiences/NAME.yaml}), its suppression rules
 * ({@code audiences/suppression.yaml}) and its glossary of business terms ({@code audiences/glossary.yaml}).
 * A file with an error is reported with file, line and column and changes nothing.
 */
public interface AudienceStore {
    List<SavedAudience> list();

    Optional<SavedAudience> find(String name);

    /** Saves (or replaces) an audience. */
    void save(SavedAudience audience);

    /** Deletes an audience; false when there was none of that name. */
    boolean delete(String name);

    /** The suppression rules, in the order the user put them; the defaults when the file does not exist. */
    List<SuppressionRule> suppressionRules();

    void saveSuppressionRules(List<SuppressionRule> rules);

    /** The glossary's terms; the built-in terms when the file does not exist. */
    List<GlossaryTerm> glossary();

    void saveGlossary(List<GlossaryTerm> terms);
}
