package io.lakefront.domain.gold;

import java.util.List;
import java.util.Map;

/**
 * The gold table's configuration as the Gold settings and {@code gold show} present it: gold.yaml's
 * specification and, for every person source, each column's place (chosen or proposed).
 */
public record GoldSetup(GoldSpec spec, Map<String, List<ColumnMapping>> sources, String location) {
    public GoldSetup {
        sources = Map.copyOf(sources);
    }
}
