package io.lakefront.domain.gold;

/** Port: the workspace's gold.yaml. */
public interface GoldSpecStore {
    /** The configured specification, or {@link GoldSpec#defaults()} when there is no file; a bad file is a UserError. */
    GoldSpec load();

    /** Replaces the file in one step. */
    void save(GoldSpec spec);

    /** Where it lives, for messages ({@code gold.yaml}). */
    String describe();
}
