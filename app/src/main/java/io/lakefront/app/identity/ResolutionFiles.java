package io.lakefront.app.identity;

import io.lakefront.connectors.file.AtomicFile;
import io.lakefront.connectors.file.CsvWriter;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.Resolution;
import io.lakefront.domain.identity.ScoredPairs;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a run's {@code clusters.csv} and {@code pairs.csv} (CONTRACTS.md §2). Each file is written
 * beside its target and moved into place, so that a failed run leaves no half-written output.
 */
public final class ResolutionFiles {
    public static final List<String> CLUSTERS_HEADER = List.of("source", "record_id", "cluster_id");
    public static final List<String> PAIRS_HEADER = List.of("source_a", "record_id_a", "source_b", "record_id_b",
            "score", "decision");

    private ResolutionFiles() {
    }

    /** Every input record exactly once, in input order. */
    public static void writeClusters(FileResolution run, Path target) throws IOException {
        write(target, csv -> {
            csv.writeRow(CLUSTERS_HEADER);
            Resolution resolution = run.resolution();
            if (resolution == null) {
                return;
            }
            Map<RecordKey, Long> assignments = resolution.assignments();
            for (ReadInput input : run.inputs()) {
                for (PersonRecord record : input.records()) {
                    RecordKey key = record.key();
                    csv.writeRow(List.of(key.source(), key.recordId(), String.valueOf(assignments.get(key))));
                }
            }
        });
    }

    /** Every scored candidate pair; the score is the model's match probability, rounded to 4 decimals. */
    public static void writePairs(FileResolution run, Path target) throws IOException {
        write(target, csv -> {
            csv.writeRow(PAIRS_HEADER);
            if (run.resolution() == null) {
                return;
            }
            ScoredPairs pairs = run.resolution().pairs();
            for (int i = 0; i < pairs.size(); i++) {
                RecordKey a = pairs.recordA(i);
                RecordKey b = pairs.recordB(i);
                csv.writeRow(List.of(a.source(), a.recordId(), b.source(), b.recordId(),
                        score(pairs.matchProbability(i)), pairs.band(i).csvName()));
            }
        });
    }

    static String score(double probability) {
        return BigDecimal.valueOf(probability).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    private interface Rows {
        void write(CsvWriter csv) throws IOException;
    }

    private static void write(Path target, Rows rows) throws IOException {
        Path temp = AtomicFile.temporaryBeside(target);
        try (CsvWriter csv = CsvWriter.create(temp)) {
            rows.write(csv);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        AtomicFile.replace(temp, target);
    }
}
