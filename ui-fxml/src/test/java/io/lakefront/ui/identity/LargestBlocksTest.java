package io.lakefront.ui.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.connectors.similarity.CommonsStringMetrics;
import io.lakefront.domain.identity.Guards;
import io.lakefront.domain.identity.IdentityEngine;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.Resolution;
import io.lakefront.domain.identity.ResolutionRequest;
import io.lakefront.domain.identity.SkippedBlock;
import io.lakefront.domain.identity.StandardFields;
import io.lakefront.domain.task.TaskContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LargestBlocksTest {
    private static final String[] GIVEN = {"Anna", "ANNA ", "Änna", "Jean-Luc", "jean luc", "Zoë", "Zoe", "N/A"};
    private static final String[] FAMILY = {"Müller", "Muller", "O'Brien", "OBrien", "Smith", "smith.", "Schäfer"};
    private static final String[] CITY = {"Köln", "Koln", "  Berlin ", "berlin", "Springfield"};
    private static final String[] BIRTH = {"19800101", "1980-01-01", "1975-06-30", "unknown"};
    private static final String[] PHONE = {"(555) 000-1111", "+1 555 000 1111", "12345", "555.000.2222"};
    private static final String[] EMAIL = {"Test@Test.com", "a.b@example.com ", "A.B@EXAMPLE.COM", "x@y.org"};

    @Test
    void the_skipped_blocks_are_exactly_the_ones_the_engine_skipped() {
        List<PersonRecord> records = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            records.add(new PersonRecord("s", "r" + i, Map.of(
                    StandardFields.GIVEN_NAME, GIVEN[i % GIVEN.length],
                    StandardFields.FAMILY_NAME, FAMILY[(i / 2) % FAMILY.length],
                    StandardFields.CITY, CITY[(i / 3) % CITY.length],
                    StandardFields.BIRTH_DATE, BIRTH[(i / 5) % BIRTH.length],
                    StandardFields.PHONE, PHONE[(i / 7) % PHONE.length],
                    StandardFields.EMAIL, EMAIL[(i / 11) % EMAIL.length],
                    StandardFields.POSTCODE, String.valueOf(10000 + i % 3))));
        }
        IdentitySpec defaults = IdentitySpec.defaults();
        IdentitySpec spec = defaults.withGuards(new Guards(5, 50, 8, defaults.guards().genericValues()));
        CommonsStringMetrics metrics = new CommonsStringMetrics();
        Resolution resolution = new IdentityEngine(metrics).resolve(ResolutionRequest.of(records, spec),
                TaskContext.silent());

        List<BlockSize> blocks = LargestBlocks.of(records, spec, metrics, 10_000);

        Set<SkippedBlock> engine = Set.copyOf(resolution.diagnostics().skippedBlocks());
        Set<SkippedBlock> ours = blocks.stream().filter(BlockSize::skipped)
                .map(b -> new SkippedBlock(b.rule(), b.key(), b.records())).collect(Collectors.toSet());
        assertThat(engine).hasSizeGreaterThan(10);
        assertThat(ours).isEqualTo(engine);
        // The engine counts each candidate pair once, for the first rule that brings it: the first rule's
        // count is every pair of its compared blocks; later rules add only pairs not seen before.
        String first = spec.blocking().get(0).name();
        long firstRulePairs = blocks.stream().filter(b -> !b.skipped() && b.rule().equals(first))
                .mapToLong(BlockSize::pairs).sum();
        assertThat(resolution.diagnostics().pairsPerRule().get(first)).isEqualTo(firstRulePairs);
        long comparedPairs = blocks.stream().filter(b -> !b.skipped()).mapToLong(BlockSize::pairs).sum();
        long perRule = resolution.diagnostics().pairsPerRule().values().stream().mapToLong(Long::longValue).sum();
        assertThat(perRule).isPositive().isLessThanOrEqualTo(comparedPairs);
    }

    @Test
    void the_largest_come_first_and_the_list_is_cut_at_top() {
        List<PersonRecord> records = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            records.add(new PersonRecord("s", "r" + i, Map.of(StandardFields.EMAIL, i < 7 ? "same@example.com"
                    : "other" + (i % 2) + "@example.com")));
        }

        List<BlockSize> blocks = LargestBlocks.of(records, IdentitySpec.defaults(), new CommonsStringMetrics(), 2);

        assertThat(blocks).containsExactly(new BlockSize("email", "same@example.com", 7, false),
                new BlockSize("email", "other1@example.com", 3, false));
        assertThat(blocks.get(0).pairs()).isEqualTo(21);
        assertThat(LargestBlocks.find(records, IdentitySpec.defaults(), new CommonsStringMetrics(), 2).largestOfRule())
                .isEqualTo(java.util.Map.of("email", new BlockSize("email", "same@example.com", 7, false)));
    }
}
