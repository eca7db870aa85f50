package io.lakefront.ui.fakes;

import io.lakefront.domain.prep.SourcePreparation;
import io.lakefront.domain.prep.SourcePreparationStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Each source's preparation settings in a map, as {@code sources/<name>.yaml} would hold them. */
public final class InMemoryPreparationSettings implements SourcePreparationStore {
    private final Map<String, SourcePreparation> settings = new ConcurrentHashMap<>();
    private volatile String broken;

    /** Every load fails from now on, as a YAML file the user broke does. */
    public void breakWith(String message) {
        broken = message;
    }

    @Override public Optional<SourcePreparation> load(String sourceName) {
        if (broken != null) {
            throw new io.lakefront.domain.UserError(broken);
        }
        return Optional.ofNullable(settings.get(sourceName));
    }

    @Override public void save(SourcePreparation preparation) { settings.put(preparation.source(), preparation); }

    @Override public String describe(String sourceName) { return "sources/" + sourceName + ".yaml"; }
}
