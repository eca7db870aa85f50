package io.lakefront.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.PreparationPreview;
import io.lakefront.domain.prep.QuarantineFilter;
import io.lakefront.domain.prep.QuarantinePage;
import io.lakefront.domain.prep.SourceInspection;
import io.lakefront.domain.prep.TagEdit;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.AppServices;
import io.lakefront.ui.sources.SourceTools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sources screen's use cases as the composition root wires them: real H2, YAML files and CSV files. */
class SourceToolsWiringTest {
    private static final String EXPORT = """
            Customer ID,First Name,Email,Phone,Country
            C-001,Anna,Anna.Mueller@Example.DE,030 12345678,Germany
            C-002,JOHN,john.smith@example.com,(415) 555-2671,US
            C-003,Lena,"lena.schmidt(at)example.de, old",0171 2345678,DE
            C-004,Mary,mary@example,1234,USA
            """;

    @TempDir
    Path temp;

    @Test
    void inspectPreviewEditTagsAndExportTheQuarantineOfARealWorkspace() throws Exception {
        Path file = temp.resolve("customers.csv");
        Files.writeString(file, EXPORT);
        try (Workspace workspace = Workspace.open(temp.resolve("ws"), WorkspaceClock.parse("2026-10-20"))) {
            AppServices services = workspace.appServices();
            SourceTools tools = services.sourceTools();

            Source candidate = services.addSource().check(services.actor(), "customers", SourceKind.FILE, file.toString(), Map.of());
            SourceInspection inspected = tools.inspect().inspect(services.actor(), candidate, 2, TaskContext.silent());
            assertThat(inspected.columns()).containsExactly("Customer ID", "First Name", "Email", "Phone", "Country");
            assertThat(inspected.rows()).hasSize(2);
            assertThat(inspected.tags().get(2).tag()).isEqualTo(ColumnTag.EMAIL);
            assertThat(services.sources().find("customers")).isEmpty();

            services.addSource().add(services.actor(), "customers", SourceKind.FILE, file.toString(), Map.of());
            services.syncSource().sync(services.actor(), "customers", TaskContext.silent());
            PreparationPreview preview = tools.preview().preview(services.actor(), "customers", 10, TaskContext.silent());
            assertThat(preview.rows().get(0).get(3).after()).isEqualTo("+493012345678");
            assertThat(preview.rows().get(2).get(2).reason()).isEqualTo("no @ in the address");

            services.prepareSource().prepare(services.actor(), "customers", TaskContext.silent());
            TagEdit edit = tools.editTag().edit(services.actor(), "customers", 3, "Phone", ColumnTag.TEXT);
            String yaml = Files.readString(workspace.directory().resolve("sources/customers.yaml"), StandardCharsets.UTF_8);
            assertThat(yaml).contains("- column: Phone\n    tag: text\n    confidence: 1.0\n    edited: true\n    detected: phone");
            assertThat(workspace.auditLog().recent(1).get(0).action()).isEqualTo("source.tag_edited");
            assertThat(tools.preview().preview(services.actor(), "customers", 10, TaskContext.silent()).rows().get(3).get(3).after())
                    .isEqualTo("1234");
            tools.editTag().undo(services.actor(), edit);
            assertThat(services.preparations().load("customers").orElseThrow().columns().get(3).tag()).isEqualTo(ColumnTag.PHONE);

            QuarantinePage phones = tools.listQuarantine().list(services.actor(), "customers",
                    new QuarantineFilter("Phone", null, null), 10, TaskContext.silent());
            assertThat(phones.total()).isEqualTo(3);
            assertThat(phones.matching()).isEqualTo(1);
            Path out = temp.resolve("out").resolve("emails.csv");
            Files.createDirectories(out.getParent());
            long written = tools.exportQuarantine().export(services.actor(), "customers",
                    new QuarantineFilter("Email", null, null), Long.MAX_VALUE, out, TaskContext.silent());
            assertThat(written).isEqualTo(2);
            assertThat(Files.readString(out)).isEqualTo("""
                    source,record_id,column,value,reason
                    customers,C-003,Email,"lena.schmidt(at)example.de, old",no @ in the address
                    customers,C-004,Email,mary@example,no domain with a dot after the @
                    """);
            assertThat(out.getParent().toFile().list()).containsExactly("emails.csv");
        }
    }
}
