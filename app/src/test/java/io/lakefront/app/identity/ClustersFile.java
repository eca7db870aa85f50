package io.lakefront.app.identity;

import io.lakefront.domain.identity.PairwiseAccuracy;
import io.lakefront.connectors.CompositeSourceReader;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A written CSV read back through the connectors' reader (so RFC 4180 quoting is honoured), and pairwise F1. */
record ClustersFile(List<String> columns, List<List<String>> rows) {
    static ClustersFile read(Path file) throws IOException {
        Source source = new Source("check", SourceKind.FILE, file.toString(), Map.of(), Instant.EPOCH);
        try (RowStream stream = CompositeSourceReader.standard().open(source)) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row;
            while ((row = stream.next()) != null) {
                rows.add(row);
            }
            return new ClustersFile(stream.columns(), rows);
        }
    }

    /** Cluster id by "source/record_id". */
    Map<String, String> clusterOf() {
        Map<String, String> clusters = new HashMap<>();
        for (List<String> row : rows) {
            clusters.put(row.get(0) + "/" + row.get(1), row.get(2));
        }
        return clusters;
    }

    /** Pairwise precision, recall and F1 of the clusters against the truth of each record ("source/record_id"). */
    PairwiseAccuracy accuracy(Function<String, String> truthOf) {
        return PairwiseAccuracy.of(clusterOf(), truthOf);
    }
}
