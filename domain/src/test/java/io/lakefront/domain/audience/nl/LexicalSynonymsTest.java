package io.lakefront.domain.audience.nl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Synonyms from words alone: plurals, the hand table and word containment, with scores that rank them. */
class LexicalSynonymsTest {
    private final LexicalSynonyms synonyms = new LexicalSynonyms();
    private final List<String> categories = new DemoLikeCatalogue().categories();
    private final List<String> products = new DemoLikeCatalogue().products();

    @Test
    void exactAndPluralFormsScoreHighest() {
        assertThat(synonyms.best("electronics", categories).orElseThrow())
                .isEqualTo(new Synonyms.Match("Electronics", 1.0));
        assertThat(synonyms.best("Toys & Games", categories).orElseThrow().score()).isEqualTo(1.0);
    }

    @Test
    void handTableMapsShopWords() {
        assertThat(synonyms.best("sneakers", categories).orElseThrow().value()).isEqualTo("Footwear");
        assertThat(synonyms.best("clothes", categories).orElseThrow().value()).isEqualTo("Apparel");
        assertThat(synonyms.best("skincare products", categories).orElseThrow().value()).isEqualTo("Beauty");
        assertThat(synonyms.best("sneakers", categories).orElseThrow().score()).isGreaterThanOrEqualTo(Synonyms.MEANINGFUL);
    }

    @Test
    void containedWordsFindProductsButScoreLower() {
        Synonyms.Match match = synonyms.best("running shoes", products).orElseThrow();
        assertThat(match.value()).isEqualTo("Trail Running Shoes");
        assertThat(match.score()).isBetween(Synonyms.MEANINGFUL, 0.9);
    }

    @Test
    void unrelatedWordsMatchNothing() {
        assertThat(synonyms.best("purple unicorns", categories)).isEmpty();
        assertThat(synonyms.best("", categories)).isEmpty();
    }
}
