package io.lakefront.domain.prep;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.time.WorkspaceClock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The labelled evaluation set ({@code eval/labels.csv}: 262 columns over FEBRL, Splink's fake_1000, their
 * header-less copies and twenty synthetic exports in five languages; see {@code eval/README.md}) tagged with
 * no configuration.
 */
class TaggingAccuracyTest {
    private final TagColumns tagger = TagColumns.withBuiltInDictionary(WorkspaceClock.parse("2026-11-25"));

    @Test
    @DisplayName("tags at least 90% of the labelled columns correctly, and prints what it misses")
    void tagsTheEvaluationSetAccurately() {
        Map<String, List<ColumnTagging>> taggedByDataset = new HashMap<>();
        for (List<String> row : rows("eval/datasets.csv")) {
            String dataset = row.get(0);
            String file = row.get(1);
            char delimiter = row.get(2).equals("semicolon") ? ';' : ',';
            List<ColumnSample> columns = file.startsWith("shared:")
                    ? TestTables.readShared(file.substring("shared:".length()), delimiter)
                    : TestTables.readResource("eval/" + file, delimiter);
            if (Boolean.parseBoolean(row.get(3))) {
                columns = TestTables.withoutHeaders(columns);
            }
            taggedByDataset.put(dataset, tagger.tag(columns));
        }

        int total = 0;
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (List<String> label : rows("eval/labels.csv")) {
            String dataset = label.get(0);
            String header = label.get(1);
            ColumnTag expected = ColumnTag.fromCode(label.get(2));
            assertThat(expected).as("label %s in labels.csv", label.get(2)).isNotNull();
            ColumnTagging tagging = taggedByDataset.get(dataset).stream()
                    .filter(t -> t.column().strip().equals(header)).findFirst()
                    .orElseThrow(() -> new AssertionError("labels.csv names " + dataset + "." + header + ", which the file lacks"));
            total++;
            if (tagging.tag() == expected) {
                right++;
            } else {
                misses.add(String.format("  %s.%s: expected %s, got %s (%.2f) — %s", dataset, header, expected.code(),
                        tagging.tag().code(), tagging.confidence(), tagging.evidenceText()));
            }
        }
        double accuracy = (double) right / total;
        System.out.printf("Tagging accuracy: %d/%d = %.3f%n", right, total, accuracy);
        misses.forEach(System.out::println);

        assertThat(total).isGreaterThanOrEqualTo(150);
        assertThat(accuracy).as("accuracy; misses:%n%s", String.join("\n", misses)).isGreaterThanOrEqualTo(0.90);
    }

    private static List<List<String>> rows(String resource) {
        List<List<String>> rows = TestTables.parse(TestTables.resourceText(resource), ',');
        return rows.subList(1, rows.size());
    }
}
