package io.lakefront.connectors.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.prep.ColumnPreparation;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.SourcePreparation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourcePrepYamlStoreTest {
    @TempDir
    Path workspace;

    private static final SourcePreparation CRM = new SourcePreparation("crm", List.of(
            new ColumnPreparation("Contact ID", ColumnTag.RECORD_ID, 0.934, false, ColumnTag.RECORD_ID, "kept as read", Map.of()),
            new ColumnPreparation("Birthdate", ColumnTag.BIRTH_DATE, 0.9, false, ColumnTag.BIRTH_DATE,
                    "read as MM/dd/yyyy, written YYYY-MM-DD", Map.of(ColumnPreparation.DATE_FORMAT, "MM/dd/yyyy")),
            new ColumnPreparation("Phone", ColumnTag.PHONE, 0.97, false, ColumnTag.PHONE,
                    "E.164; country code US when none is written", Map.of(ColumnPreparation.DEFAULT_REGION, "US"))));

    @Test
    void writesTagsAndRulesReadablyAndReadsThemBack() throws Exception {
        SourcePrepYamlStore store = new SourcePrepYamlStore(workspace);

        store.save(CRM);

        String text = Files.readString(workspace.resolve("sources/crm.yaml"));
        assertThat(text).startsWith("# Written by Lakefront").contains("""
                columns:
                  - column: Contact ID
                    tag: record_id
                    confidence: 0.93
                    edited: false
                    detected: record_id
                    rule: kept as read
                """).contains("date_format: MM/dd/yyyy", "default_region: US");
        SourcePreparation read = store.load("crm").orElseThrow();
        assertThat(read.columns()).extracting(ColumnPreparation::column, ColumnPreparation::tag, ColumnPreparation::userEdited)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Contact ID", ColumnTag.RECORD_ID, false),
                        org.assertj.core.groups.Tuple.tuple("Birthdate", ColumnTag.BIRTH_DATE, false),
                        org.assertj.core.groups.Tuple.tuple("Phone", ColumnTag.PHONE, false));
        assertThat(read.columns().get(1).parameters()).containsEntry(ColumnPreparation.DATE_FORMAT, "MM/dd/yyyy");
        assertThat(read.columns().get(2).parameters()).containsEntry(ColumnPreparation.DEFAULT_REGION, "US");
    }

    @Test
    void aTagTheUserChangedInTheFileCountsAsEdited() throws Exception {
        SourcePrepYamlStore store = new SourcePrepYamlStore(workspace);
        store.save(CRM);
        Path file = workspace.resolve("sources/crm.yaml");
        Files.writeString(file, Files.readString(file).replaceFirst("tag: record_id", "tag: other_id"));

        ColumnPreparation id = store.load("crm").orElseThrow().columns().get(0);

        assertThat(id.tag()).isEqualTo(ColumnTag.OTHER_ID);
        assertThat(id.edited()).isFalse();
        assertThat(id.userEdited()).isTrue();
    }

    @Test
    void keepsTheKeysOtherPartsOfLakefrontWrite() throws Exception {
        Path file = workspace.resolve("sources/crm.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "watermark: updated_at\nconnection:\n  file: /data/crm.csv\n");

        new SourcePrepYamlStore(workspace).save(CRM);

        String text = Files.readString(file);
        assertThat(text).contains("watermark: updated_at", "file: /data/crm.csv", "tag: birth_date");
    }

    @Test
    void aSourceWithoutAFileOrColumnsHasNoSettingsYet() throws Exception {
        SourcePrepYamlStore store = new SourcePrepYamlStore(workspace);
        assertThat(store.load("crm")).isEmpty();
        Files.createDirectories(workspace.resolve("sources"));
        Files.writeString(workspace.resolve("sources/crm.yaml"), "watermark: updated_at\n");
        assertThat(store.load("crm")).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "  - column: Email\\n    tag: e-mail\\n|3:10: tag: 'e-mail' is not a tag; use one of email, phone",
            "  - column: Born\\n    tag: birth_date\\n    date_format: dd.mm.jjjj\\n|4:18: date_format: 'dd.mm.jjjj' is not one of yyyy-MM-dd",
            "  - column: Email\\n    tga: email\\n|3:5: unknown key 'tga'",
            "  - column: Email\\n    tag: email\\n    confidence: high\\n|4:17: confidence: 'high' is not a number from 0 to 1",
            "  - tag: email\\n|2:5: column: missing",
            "  - column: Phone\\n    tag: phone\\n    default_region: Germany\\n|4:21: default_region: 'Germany' is not a two-letter country code",
            "  - column: [a, b]\\n    tag: email\\n|2:13: column: expected a single value",
            "  - column: Email\\n    tag: email\\n   bad indent: x\\n|4:4: ",
    })
    void aBrokenFileIsAUserErrorNamingFileLineAndColumn(String columns, String expected) throws Exception {
        Path file = workspace.resolve("sources/crm.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "columns:\n" + columns.replace("\\n", "\n"));

        assertThatThrownBy(() -> new SourcePrepYamlStore(workspace).load("crm"))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith(file + ":" + expected);
    }
}
