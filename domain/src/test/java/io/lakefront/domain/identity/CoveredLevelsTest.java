package io.lakefront.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-pair levels the scorer and trainer use agree with each comparison's own {@code level}, covers included. */
class CoveredLevelsTest {
    @Test
    void allLevelsAtOnceMatchEachComparisonsLevel() {
        List<PersonRecord> records = new ArrayList<>(People.generate(120, 3).records());
        Map<String, String> movedNextDoor = new HashMap<>(records.get(0).fields());
        movedNextDoor.put(StandardFields.CITY, "springfield");
        records.add(People.record("neighbour", movedNextDoor));
        IdentitySpec spec = IdentitySpec.defaults();
        PreparedRecords prepared = PreparedRecords.prepare(records, spec.fieldsUsed(),
                new FieldNormalizer(spec.guards().genericValues()), new PlainStringMetrics());
        CompiledComparison[] comparisons = CompiledComparison.compileAll(spec.comparisons(), prepared,
                new PlainStringMetrics());

        int[] levels = new int[comparisons.length];
        int covered = 0;
        for (int a = 0; a < prepared.size(); a++) {
            for (int b = a + 1; b < prepared.size(); b++) {
                CompiledComparison.levels(comparisons, a, b, levels);
                for (int c = 0; c < comparisons.length; c++) {
                    assertThat(levels[c]).as("%s of %d-%d", comparisons[c].comparison().name(), a, b)
                            .isEqualTo(comparisons[c].level(a, b));
                    covered += levels[c] == 0 && comparisons[c].ownLevel(a, b) > 0 ? 1 : 0;
                }
            }
        }
        assertThat(covered).as("pairs whose postcode or city the street covers").isPositive();
    }
}
