package io.lakefront.domain.decision.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StratifiedSampleTest {
    private static List<String> ids(String prefix, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(prefix + i);
        }
        return ids;
    }

    @Test
    void a_small_segment_gets_its_floor_and_the_sample_keeps_its_size() {
        Map<String, List<String>> strata = Map.of("big", ids("b", 100_000), "small", ids("s", 40));
        List<StratifiedSample.Pick> picks = StratifiedSample.draw(strata, 1_000, 7);

        Map<String, Long> byStratum = picks.stream().collect(Collectors.groupingBy(StratifiedSample.Pick::stratum,
                Collectors.counting()));
        // Proportionally the small one would get 0; its floor is 2% of the sample = 20.
        assertThat(byStratum.get("small")).isEqualTo(20);
        assertThat(picks).hasSize(1_000);
        assertThat(picks.stream().map(StratifiedSample.Pick::customerId).distinct().count()).isEqualTo(1_000);
    }

    @Test
    void weights_add_up_to_the_population() {
        Map<String, List<String>> strata = Map.of("a", ids("a", 5_000), "b", ids("b", 300), "c", ids("c", 7));
        List<StratifiedSample.Pick> picks = StratifiedSample.draw(strata, 500, 1);

        double total = picks.stream().mapToDouble(StratifiedSample.Pick::weight).sum();
        assertThat(total).isCloseTo(5_307, org.assertj.core.data.Offset.offset(0.5));
        assertThat(picks.stream().filter(p -> p.stratum().equals("c")).count()).isEqualTo(7);
    }

    @Test
    void everyone_is_taken_with_weight_one_when_the_population_fits() {
        List<StratifiedSample.Pick> picks = StratifiedSample.draw(Map.of("a", ids("a", 30), "b", ids("b", 3)), 100, 1);

        assertThat(picks).hasSize(33).allSatisfy(p -> assertThat(p.weight()).isEqualTo(1.0));
    }

    @Test
    void the_same_seed_takes_the_same_customers_and_another_seed_others() {
        Map<String, List<String>> strata = Map.of("a", ids("a", 10_000));
        Set<String> first = new HashSet<>(names(StratifiedSample.draw(strata, 100, 3)));

        assertThat(new HashSet<>(names(StratifiedSample.draw(strata, 100, 3)))).isEqualTo(first);
        assertThat(new HashSet<>(names(StratifiedSample.draw(strata, 100, 4)))).isNotEqualTo(first);
    }

    @Test
    void a_new_customer_does_not_reshuffle_the_others() {
        List<String> before = ids("a", 10_000);
        List<String> after = new ArrayList<>(before);
        after.add("zz-new");
        Set<String> old = new HashSet<>(names(StratifiedSample.draw(Map.of("a", before), 100, 9)));
        Set<String> now = new HashSet<>(names(StratifiedSample.draw(Map.of("a", after), 100, 9)));

        now.retainAll(old);
        assertThat(now.size()).isGreaterThanOrEqualTo(99);
    }

    @Test
    void many_strata_with_floors_still_respect_the_sample_size() {
        Map<String, List<String>> strata = new HashMap<>();
        strata.put("huge", ids("h", 50_000));
        for (int s = 0; s < 30; s++) {
            strata.put("s" + s, ids("s" + s + "-", 50));
        }
        List<StratifiedSample.Pick> picks = StratifiedSample.draw(strata, 1_000, 2);

        assertThat(picks.size()).isLessThanOrEqualTo(1_000);
        assertThat(picks.stream().map(StratifiedSample.Pick::stratum).distinct().count()).isEqualTo(31);
    }

    private static List<String> names(List<StratifiedSample.Pick> picks) {
        return picks.stream().map(StratifiedSample.Pick::customerId).toList();
    }
}
