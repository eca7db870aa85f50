package io.lakefront.connectors.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.audience.nl.Synonyms;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-process model finds categories no word table lists; word matches stay first and unrelated words match nothing. */
class EmbeddingSynonymsTest {
    private static final List<String> CATEGORIES = List.of("Apparel", "Footwear", "Outdoor", "Home & Kitchen", "Beauty",
            "Electronics", "Toys & Games", "Books & Stationery");
    private static final EmbeddingSynonyms SYNONYMS = EmbeddingSynonyms.inProcess();

    @Test
    void theModelFindsWhatTheWordsMiss() {
        for (String[] pair : new String[][] {{"perfume", "Beauty"}, {"laptops", "Electronics"}, {"novels", "Books & Stationery"},
                {"lipstick", "Beauty"}, {"board games", "Toys & Games"}}) {
            Synonyms.Match match = SYNONYMS.best(pair[0], CATEGORIES).orElseThrow();
            System.out.println(pair[0] + " -> " + match);
            assertThat(match.value()).as(pair[0]).isEqualTo(pair[1]);
            assertThat(match.score()).as(pair[0]).isGreaterThanOrEqualTo(Synonyms.MEANINGFUL).isLessThanOrEqualTo(EmbeddingSynonyms.CEILING);
        }
    }

    @Test
    void wordMatchesComeFirst() {
        assertThat(SYNONYMS.best("sneakers", CATEGORIES).orElseThrow()).isEqualTo(new Synonyms.Match("Footwear", 0.9));
        assertThat(SYNONYMS.best("electronics", CATEGORIES).orElseThrow().score()).isEqualTo(1.0);
    }

    @Test
    void unrelatedWordsAreNotMeant() {
        assertThat(SYNONYMS.best("purple unicorns", CATEGORIES).map(Synonyms.Match::score).orElse(0.0))
                .isLessThan(Synonyms.MEANINGFUL);
    }
}
