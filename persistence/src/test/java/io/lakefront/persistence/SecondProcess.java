package io.lakefront.persistence;

import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** Run as a separate JVM by a test: a command-line job opening a workspace the test process holds. */
public final class SecondProcess {
    private SecondProcess() {
    }

    public static void main(String[] args) {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(Path.of(args[0]))) {
            db.sourceStore().add(new Source("cli", SourceKind.FILE, "b.csv", Map.of(), Instant.EPOCH));
            System.out.println("sources: " + db.sourceStore().list().stream().map(Source::name).toList());
        }
    }
}
