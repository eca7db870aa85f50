package io.lakefront.app.identity;

import io.lakefront.connectors.file.AtomicFile;
import io.lakefront.connectors.file.CsvWriter;
import io.lakefront.domain.identity.workspace.RecordAssignment;
import io.lakefront.domain.identity.workspace.ResolutionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code resolve --out clusters.csv} in workspace mode: the latest run's clusters in file mode's format. */
public final class WorkspaceClusters {
    private WorkspaceClusters() {
    }

    /** Every resolved record once, by source and record id, written beside the target and moved into place. */
    public static void write(ResolutionStore store, Path target) throws IOException {
        Path temp = AtomicFile.temporaryBeside(target);
        try (CsvWriter csv = CsvWriter.create(temp)) {
            csv.writeRow(ResolutionFiles.CLUSTERS_HEADER);
            for (RecordAssignment assignment : store.assignments()) {
                csv.writeRow(List.of(assignment.key().source(), assignment.key().recordId(),
                        Long.toString(assignment.clusterId())));
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        AtomicFile.replace(temp, target);
    }
}
