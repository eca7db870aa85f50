package io.lakefront.domain.governance;

import java.util.Optional;

/**
 * Port: secrets such as a language model's API key, kept apart from the plain-text configuration and
 * never written anywhere in clear. Names are short keys ({@code llm.api-key}).
 */
public interface SecretStore {
    Optional<String> get(String name);

    void put(String name, String value);

    /** Forgets the secret; nothing happens when there is none. */
    void remove(String name);

    /** True when a secret of that name is stored (without reading it). */
    default boolean has(String name) {
        return get(name).isPresent();
    }
}
