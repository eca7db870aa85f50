package io.lakefront.domain.gold;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gold table's configuration as the Gold settings and {@code gold show} present it: gold.yaml's
 * specification and, for every person source (in name order), each column's place (chosen or proposed).
 */
public record GoldSetup(GoldSpec spec, Map<String, List<ColumnMapping>> sources, String location) {
    public GoldSetup {
        sources = Collections.unmodifiableMap(new TreeMap<>(sources));
    }
}
