package io.lakefront.domain.decision;

/** Port: the workspace's decisioning settings ({@code decisioning.yaml}); the defaults while there is none. */
public interface DecisionPolicyStore {
    DecisionPolicy load();

    /** Where the settings are kept, for messages. */
    String location();
}
