package io.lakefront.domain.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.PermissionDenied;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.source.SourceReader;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InspectSourceTest {
    private static final WorkspaceClock AS_OF = WorkspaceClock.parse("2026-10-20");
    private static final Actor STEWARD = Actor.of("sam", Role.DATA_STEWARD);
    private static final Source CRM = new Source("crm", SourceKind.FILE, "/data/crm.csv", Map.of(), Instant.EPOCH);

    private final List<Source> opened = new ArrayList<>();

    private SourceReader readerOf(List<String> header, int rows) {
        return source -> {
            opened.add(source);
            return new RowStream() {
                int next;
                @Override public List<String> columns() { return header; }
                @Override public List<String> next() {
                    if (next >= rows) {
                        return null;
                    }
                    next++;
                    return List.of("C-" + next, next % 2 == 0 ? "Maria" : "James", "person" + next + "@example.com");
                }
                @Override public long done() { return next; }
                @Override public long total() { return rows; }
                @Override public void close() { }
            };
        };
    }

    @Test
    void readsTheFirstRowsAndTagsTheColumnsWithoutSavingAnything() {
        InspectSource inspect = new InspectSource(readerOf(List.of("Contact ID", "First Name", "Email"), 3000),
                TagColumns.withBuiltInDictionary(AS_OF));

        SourceInspection found = inspect.inspect(STEWARD, CRM, 10, TaskContext.silent());

        assertThat(found.columns()).containsExactly("Contact ID", "First Name", "Email");
        assertThat(found.rows()).hasSize(10);
        assertThat(found.rows().get(0)).containsExactly("C-1", "James", "person1@example.com");
        assertThat(found.sampled()).isEqualTo(InspectSource.SAMPLE_ROWS);
        assertThat(found.tags()).extracting(ColumnTagging::tag)
                .containsExactly(ColumnTag.RECORD_ID, ColumnTag.GIVEN_NAME, ColumnTag.EMAIL);
        assertThat(opened).containsExactly(CRM);
    }

    @Test
    void aSourceThatCannotBeReadIsNamedWithoutTheSecretsOfItsUrl() {
        Source db = new Source("erp", SourceKind.JDBC, "jdbc:postgresql://db/erp?password=hunter2", Map.of("table", "t"),
                Instant.EPOCH);
        InspectSource inspect = new InspectSource(source -> {
            throw new IOException("connection refused");
        }, TagColumns.withBuiltInDictionary(AS_OF));

        assertThatThrownBy(() -> inspect.inspect(STEWARD, db, 10, TaskContext.silent()))
                .isInstanceOf(UserError.class)
                .hasMessage("source 'erp' (jdbc:postgresql://db/erp): connection refused");
    }

    @Test
    void onlyThoseWhoManageSourcesMayInspectOne() {
        InspectSource inspect = new InspectSource(readerOf(List.of("a"), 1), TagColumns.withBuiltInDictionary(AS_OF));

        assertThatThrownBy(() -> inspect.inspect(Actor.of("mia", Role.MARKETER), CRM, 10, TaskContext.silent()))
                .isInstanceOf(PermissionDenied.class);
        assertThat(opened).isEmpty();
    }
}
