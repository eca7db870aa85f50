package io.lakefront.app.demo;

import io.lakefront.connectors.CompositeSourceReader;
import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.PairwiseAccuracy;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.workspace.RecordAssignment;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well the workspace's resolution found the demo's people: pairwise precision, recall and F1 of
 * the latest run's clusters against {@code truth.csv} (one row per source record: its file, its id,
 * the person behind it), over the records that were resolved (orders and engagement events are not
 * person records; they are keyed to customers instead).
 */
public final class DemoAccuracy {
    public static final String TRUTH_FILE = "truth.csv";

    private DemoAccuracy() {
    }

    public static PairwiseAccuracy of(Path truthFile, List<DemoWorkspaceBuilder.DemoSource> sources,
                                      List<RecordAssignment> assignments) {
        Map<String, String> sourceOfFile = new HashMap<>();
        for (DemoWorkspaceBuilder.DemoSource source : sources) {
            sourceOfFile.put(source.file(), source.name());
        }
        Map<RecordKey, String> truth = truth(truthFile, sourceOfFile);
        Map<RecordKey, Long> clusterOf = new LinkedHashMap<>();
        for (RecordAssignment assignment : assignments) {
            clusterOf.put(assignment.key(), assignment.clusterId());
        }
        return PairwiseAccuracy.of(clusterOf, truth::get);
    }

    /** The person id of each record of these sources, from {@code truth.csv}. */
    public static Map<RecordKey, String> personOf(Path truthFile, List<DemoWorkspaceBuilder.DemoSource> sources) {
        Map<String, String> sourceOfFile = new HashMap<>();
        for (DemoWorkspaceBuilder.DemoSource source : sources) {
            sourceOfFile.put(source.file(), source.name());
        }
        return truth(truthFile, sourceOfFile);
    }

    private static Map<RecordKey, String> truth(Path file, Map<String, String> sourceOfFile) {
        Map<RecordKey, String> truth = new HashMap<>();
        Source source = new Source("truth", SourceKind.FILE, file.toString(), Map.of(), Instant.EPOCH);
        try (RowStream rows = CompositeSourceReader.standard().open(source)) {
            List<String> columns = rows.columns();
            if (!columns.equals(List.of("source", "record_id", "person_id"))) {
                throw new UserError(file + ": expected the header source,record_id,person_id, found " + columns);
            }
            List<String> row;
            while ((row = rows.next()) != null) {
                String name = sourceOfFile.get(row.get(0));
                if (name != null) {
                    truth.put(new RecordKey(name, row.get(1)), row.get(2));
                }
            }
        } catch (IOException e) {
            throw new UserError(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return truth;
    }
}
