package io.lakefront.domain.source;

import java.util.List;
import java.util.Optional;

/** Port: the workspace's registered sources. */
public interface SourceStore {
    void add(Source source);

    List<Source> list();

    Optional<Source> find(String name);
}
