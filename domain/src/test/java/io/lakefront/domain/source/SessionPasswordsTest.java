package io.lakefront.domain.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.time.WorkspaceClock;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A password typed in the workbench reaches the reader for this session and is never saved with the source. */
class SessionPasswordsTest {
    private static final Actor OWNER = Actor.workspaceOwner("alex");
    private static final Source ERP = new Source("erp", SourceKind.JDBC, "jdbc:postgresql://db/erp",
            Map.of("table", "customers", "user", "lf"), Instant.EPOCH);

    private final SessionPasswords passwords = new SessionPasswords();
    private final List<Source> opened = new ArrayList<>();
    private final SourceReader reader = passwords.around(source -> {
        opened.add(source);
        throw new IOException("stop here");
    });

    @Test
    void theReaderGetsTheSessionPasswordOfItsSource() {
        passwords.remember("erp", "s3cret");

        assertThatThrownBy(() -> reader.open(ERP)).isInstanceOf(IOException.class);

        assertThat(opened).singleElement().satisfies(source -> {
            assertThat(source.options()).containsEntry("password", "s3cret").containsEntry("user", "lf");
            assertThat(source.name()).isEqualTo("erp");
        });
        assertThat(passwords.has("erp")).isTrue();
        assertThat(passwords.has("crm")).isFalse();
    }

    @Test
    void withoutOneTheSourceIsOpenedAsSaved() throws IOException {
        assertThatThrownBy(() -> reader.openNewerThan(ERP, new Watermark("updated_at", "2026-01-01")))
                .isInstanceOf(IOException.class);
        passwords.remember("erp", "x");
        passwords.remember("erp", "");

        assertThatThrownBy(() -> reader.open(ERP)).isInstanceOf(IOException.class);
        assertThat(opened).allSatisfy(source -> assertThat(source).isSameAs(ERP));
    }

    @Test
    void addSourceRefusesToSaveAPasswordAndChecksWithoutAdding() {
        Map<String, Source> saved = new LinkedHashMap<>();
        SourceStore store = new SourceStore() {
            @Override public void add(Source source) { saved.put(source.name(), source); }
            @Override public List<Source> list() { return List.copyOf(saved.values()); }
            @Override public Optional<Source> find(String name) { return Optional.ofNullable(saved.get(name)); }
        };
        List<AuditEntry> audit = new ArrayList<>();
        AddSource add = new AddSource(store, new AuditLog() {
            @Override public void append(AuditEntry entry) { audit.add(entry); }
            @Override public List<AuditEntry> recent(int limit) { return audit; }
        }, WorkspaceClock.parse("2026-10-20"));

        Source checked = add.check(OWNER, "erp", SourceKind.JDBC, "jdbc:postgresql://db/erp", Map.of("table", "customers"));
        assertThat(checked.options()).containsEntry("table", "customers");
        assertThat(saved).isEmpty();
        assertThat(audit).isEmpty();

        assertThatThrownBy(() -> add.add(OWNER, "erp", SourceKind.JDBC, "jdbc:postgresql://db/erp",
                Map.of("table", "customers", "password", "s3cret")))
                .isInstanceOf(UserError.class)
                .hasMessage("source 'erp': a password is never saved with a source; "
                        + "the workbench keeps one in memory for the session only");
        assertThat(saved).isEmpty();
    }
}
