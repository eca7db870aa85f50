package io.lakefront.connectors.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import io.lakefront.domain.audience.nl.LexicalSynonyms;
import io.lakefront.domain.audience.nl.Synonyms;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Synonyms through the in-process sentence embedding model (all-MiniLM-L6-v2, quantized, as in
 * {@link EmbeddingHeaderMeaning}): "perfume" lands near {@code Beauty} although no word table lists
 * it. Word matches ({@link LexicalSynonyms}) come first and score higher; the model only adds readings
 * the words miss, scored {@link #CEILING}, and a near-tie between two values scores below
 * {@link Synonyms#MEANINGFUL}, so the interpreter reports the words instead of guessing.
 */
public final class EmbeddingSynonyms implements Synonyms {
    /**
     * The cosine from which a model match counts as meant: a word and its category score about
     * 0.45-0.6 ("perfume"/Beauty 0.47, "board games"/Toys &amp; Games 0.58), unrelated words 0.3 or less.
     */
    static final double THRESHOLD = 0.42;
    /**
     * What a clear model match scores: just meaningful, and below almost every word match, so that a
     * product the words name ("running shoes" in Trail Running Shoes) wins over a category the model
     * finds near ("Footwear").
     */
    static final double CEILING = 0.76;
    /** A best value closer than this to the runner-up is no clear reading. */
    static final double CLEAR_MARGIN = 0.05;

    private final Synonyms words;
    private final Supplier<EmbeddingModel> modelFactory;
    private final Map<String, Embedding> cache = new ConcurrentHashMap<>();
    private EmbeddingModel model;

    public EmbeddingSynonyms(Synonyms words, Supplier<EmbeddingModel> modelFactory) {
        this.words = words;
        this.modelFactory = modelFactory;
    }

    /** Word matches first, then the in-process model from its jar (made on first use). */
    public static EmbeddingSynonyms inProcess() {
        return new EmbeddingSynonyms(new LexicalSynonyms(), AllMiniLmL6V2QuantizedEmbeddingModel::new);
    }

    @Override
    public Optional<Match> best(String phrase, List<String> candidates) {
        Optional<Match> lexical = words.best(phrase, candidates);
        if (phrase == null || phrase.isBlank() || candidates.isEmpty()
                || lexical.map(m -> m.score() >= 0.9).orElse(false)) {
            return lexical;
        }
        Embedding asked = embedding(phrase.strip().toLowerCase(java.util.Locale.ROOT));
        String best = null;
        double top = -1;
        double runnerUp = -1;
        for (String candidate : candidates) {
            double cosine = CosineSimilarity.between(asked, embedding(candidate.toLowerCase(java.util.Locale.ROOT)));
            if (cosine > top) {
                runnerUp = top;
                top = cosine;
                best = candidate;
            } else if (cosine > runnerUp) {
                runnerUp = cosine;
            }
        }
        if (best == null || top < THRESHOLD) {
            return lexical;
        }
        double score = CEILING;
        if (top - runnerUp < CLEAR_MARGIN) {
            score = Math.min(score, Synonyms.MEANINGFUL - 0.05);
        }
        Match model = new Match(best, score);
        return lexical.isPresent() && lexical.get().score() >= score ? lexical : Optional.of(model);
    }

    private Embedding embedding(String text) {
        return cache.computeIfAbsent(text, t -> model().embed(t).content());
    }

    private synchronized EmbeddingModel model() {
        if (model == null) {
            model = modelFactory.get();
        }
        return model;
    }
}
