package io.lakefront.app.identity;

import io.lakefront.connectors.phone.LibPhoneNumberNormalizer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lakefront.connectors.CompositeSourceReader;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.StandardFields;
import io.lakefront.domain.identity.mapping.ColumnUse;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.NormalizationRules;
import io.lakefront.domain.prep.TagColumns;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
    private static final WorkspaceClock CLOCK = WorkspaceClock.fixedAt(Instant.parse("2026-10-20T23:59:59Z"));
    private final InputReader reader = new InputReader(CompositeSourceReader.standard(),
            TagColumns.withBuiltInDictionary(CLOCK), new NormalizationRules(new LibPhoneNumberNormalizer(), CLOCK));

    @TempDir
    Path temp;

    @Test
    void theGroundTruthColumnOfFake1000IsTaggedAsAnotherIdAndNotUsed() throws Exception {
        Path file = Path.of(System.getProperty("lakefront.shared.data", "../../shared/data"), "splink-fake",
                "fake_1000.csv");
        assumeTrue(Files.isRegularFile(file), "missing " + file);

        ReadInput input = reader.read(file, null);

        ColumnUse cluster = input.mapping().columns().get(6);
        assertThat(cluster.column()).isEqualTo("cluster");
        assertThat(cluster.tag()).isEqualTo(ColumnTag.OTHER_ID);
        assertThat(cluster.role()).isEqualTo(ColumnUse.Role.IGNORED);
        assertThat(input.records()).hasSize(1000).allSatisfy(record -> assertThat(record.fields().values())
                .doesNotContainNull());
        assertThat(input.idOrigin()).isEqualTo("column 'unique_id'");
    }

    @Test
    void aTaggedIdColumnWithRepeatsFallsBackToRowNumbersForTheWholeFile() throws Exception {
        StringBuilder text = new StringBuilder("customer_id,email\n");
        for (int i = 1; i <= 30; i++) {
            text.append("C").append(1000 + i).append(",p").append(i).append("@example.com\n");
        }
        text.append("C1001,again@example.com\n");
        Path file = Files.writeString(temp.resolve("repeats.csv"), text);

        ReadInput input = reader.read(file, null);

        assertThat(input.records()).extracting(PersonRecord::recordId).startsWith("1", "2", "3").endsWith("31");
        assertThat(input.idOrigin()).isEqualTo("row numbers (column 'customer_id' is not unique)");
    }

    @Test
    void invalidValuesAreCountedPerColumnAndLeftOutOfTheRecord() throws Exception {
        Path file = Files.writeString(temp.resolve("people.csv"), """
                id,name,email,phone,country
                1,Ann Lee,ann@example.com,030 1234567,Germany
                2,Bo Chen,bo(at)example.com,030 7654321,DE
                3,Cy Twombly,cy@example.com,n/a,DE
                """);

        ReadInput input = reader.read(file, null);

        assertThat(input.invalidByColumn()).containsEntry("email", 1);
        assertThat(input.records().get(1).fields()).doesNotContainKey(StandardFields.EMAIL)
                .containsEntry(StandardFields.PHONE, "+49307654321")
                .containsEntry(StandardFields.GIVEN_NAME, "Bo").containsEntry(StandardFields.FAMILY_NAME, "Chen");
        assertThat(input.records().get(0).source()).isEqualTo("people.csv");
    }
}
