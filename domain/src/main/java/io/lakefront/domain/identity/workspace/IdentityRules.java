package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.identity.IdentitySpec;
import java.util.Optional;

/**
 * Port: the workspace's {@code identity.yaml} (CONTRACTS.md §4), which people edit by hand or on the
 * Identity screen. Every problem in the file is a {@link io.lakefront.domain.UserError} naming file,
 * line and column, and leaves the file as it was.
 */
public interface IdentityRules {
    /** The rules in the file; empty when there is no file yet. */
    Optional<IdentitySpec> load();

    /** The file as written, comments and all; empty when there is no file yet. */
    Optional<String> readText();

    /** The rules in the canonical form the file is written in (also what a run's fingerprint is taken of). */
    String text(IdentitySpec spec);

    /** Reads rules from text without saving them. */
    IdentitySpec parse(String text);

    /** Writes the rules, replacing the file in one step. */
    void save(IdentitySpec spec);

    /** Checks the text ({@link #parse}) and only then writes it as it is, replacing the file in one step. */
    IdentitySpec saveText(String text);

    /** Where the file is, for messages. */
    String describe();
}
