package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbiSourceStoreTest {
    private final WorkspaceDatabase db = TestDatabases.fresh("sources");
    private final JdbiSourceStore sources = db.sourceStore();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSourceComesBackWithItsOptionsAndExactTime() {
        Instant added = Instant.parse("2026-10-20T10:00:00.123456789Z");
        Source crm = new Source("crm", SourceKind.FILE, "/data/crm.csv",
                Map.of("delimiter", ";", "encoding", "UTF-8"), added);
        sources.add(crm);

        assertThat(sources.find("crm")).contains(crm);
    }

    @Test
    void sourcesAreListedByName() {
        sources.add(new Source("webshop", SourceKind.JDBC, "jdbc:postgresql://shop/db", Map.of("table", "orders"), Instant.EPOCH));
        sources.add(new Source("crm", SourceKind.FOLDER, "/data/crm", Map.of(), Instant.EPOCH));

        assertThat(sources.list()).extracting(Source::name).containsExactly("crm", "webshop");
        assertThat(sources.list().get(1).options()).containsExactly(Map.entry("table", "orders"));
    }

    @Test
    void anUnknownSourceIsNotFound() {
        assertThat(sources.find("nothing")).isEmpty();
        assertThat(sources.list()).isEmpty();
    }

    @Test
    void aSecondSourceWithTheSameNameIsAUserError() {
        sources.add(new Source("crm", SourceKind.FILE, "a.csv", Map.of("k", "v"), Instant.EPOCH));

        assertThatThrownBy(() -> sources.add(new Source("crm", SourceKind.FILE, "b.csv", Map.of(), Instant.EPOCH)))
                .isInstanceOf(UserError.class)
                .hasMessage("source 'crm' already exists");
        assertThat(sources.find("crm").orElseThrow().location()).isEqualTo("a.csv");
    }
}
