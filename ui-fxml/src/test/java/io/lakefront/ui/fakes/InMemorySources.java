package io.lakefront.ui.fakes;

import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

public final class InMemorySources implements SourceStore {
    private final List<Source> sources = new CopyOnWriteArrayList<>();

    @Override public void add(Source source) { sources.add(source); }

    @Override public List<Source> list() {
        List<Source> copy = new ArrayList<>(sources);
        copy.sort(Comparator.comparing(Source::name));
        return copy;
    }

    @Override public Optional<Source> find(String name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
