package io.lakefront.connectors.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.HeaderMeaning;
import io.lakefront.domain.prep.HeaderWords;
import io.lakefront.domain.prep.SynonymDictionary;
import java.util.Comparator;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CombinedHeaderMeaningTest {
    /** One model for the class: loading it takes about a second. */
    private static EmbeddingHeaderMeaning embeddings;
    private final SynonymDictionary dictionary = new SynonymDictionary();

    @BeforeAll
    static void loadModel() {
        embeddings = EmbeddingHeaderMeaning.inProcess();
    }

    @ParameterizedTest(name = "\"{0}\" means {1}")
    @CsvSource({
            "Inbox,               email",
            "Electronic post,     email",
            "Preferred e-contact, email",
            "Contact handset,     phone",
            "Digits to dial,      phone",
            "Where they live,     city",
    })
    void readsHeadersTheDictionaryDoesNotKnowThroughTheEmbeddingModel(String header, String tag) {
        String normalized = HeaderWords.normalize(header);
        assertThat(best(dictionary.meaning(normalized))).as("the dictionary alone").isNotEqualTo(tag);

        Map<ColumnTag, Double> combined = new CombinedHeaderMeaning(dictionary, embeddings).meaning(normalized);

        assertThat(best(combined)).isEqualTo(tag);
        assertThat(combined.get(ColumnTag.fromCode(tag))).as("meaningful to the tagger").isGreaterThanOrEqualTo(0.5);
    }

    @ParameterizedTest(name = "\"{0}\" still means {1}")
    @CsvSource({
            "Electronic mail,     email",
            "Surname of customer, family_name",
            "Cell number,         phone",
            "Day of birth,        birth_date",
            "Household surname,   family_name",
    })
    void keepsReadingHeadersTheDictionaryKnowsTheSameWay(String header, String tag) {
        Map<ColumnTag, Double> combined = new CombinedHeaderMeaning(dictionary, embeddings).meaning(HeaderWords.normalize(header));
        assertThat(best(combined)).isEqualTo(tag);
    }

    @ParameterizedTest(name = "\"{0}\" says nothing")
    @CsvSource({"c1", "field7", "x", "col_a", "V3"})
    void findsNothingInHeadersThatSayNothing(String header) {
        assertThat(embeddings.meaning(HeaderWords.normalize(header))).isEmpty();
    }

    @Test
    void keepsTheDictionarysExactMatchAboveAnyEmbeddingScore() {
        Map<ColumnTag, Double> combined = new CombinedHeaderMeaning(dictionary, embeddings).meaning("email");
        assertThat(combined.get(ColumnTag.EMAIL)).isEqualTo(1.0);
        assertThat(embeddings.meaning("electronic mail").values()).allSatisfy(score ->
                assertThat(score).isLessThanOrEqualTo(EmbeddingHeaderMeaning.CEILING));
    }

    @Test
    void fallsBackToTheDictionaryWhenTheModelCannotRun() {
        HeaderMeaning broken = header -> {
            throw new UnsatisfiedLinkError("no onnxruntime for this platform");
        };
        CombinedHeaderMeaning combined = new CombinedHeaderMeaning(dictionary, broken);

        assertThat(combined.meaning("mailing zip")).containsKey(ColumnTag.POSTCODE);
        assertThat(combined.meaning("inbox")).isEmpty();
        assertThat(combined.dictionaryOnly()).isTrue();
    }

    private static String best(Map<ColumnTag, Double> scores) {
        return scores.entrySet().stream().max(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .map(e -> e.getKey().code()).orElse("nothing");
    }
}
