package io.lakefront.connectors.embedding;

import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.HeaderMeaning;
import io.lakefront.domain.prep.SynonymDictionary;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The synonym dictionary first, the embedding model for what it does not know: each tag scores the
 * higher of the two readings (the model's scores are capped below the dictionary's exact matches). A
 * header the dictionary already reads surely ({@link #SURE}) is not sent to the model, which keeps
 * the model's near-misses from competing with a certain answer and saves its time.
 *
 * <p>When the model cannot run on this machine (ONNX Runtime has no native library for it, say),
 * the failure is logged once and the dictionary carries on alone: tagging must never depend on it.
 */
public final class CombinedHeaderMeaning implements HeaderMeaning {
    private static final Logger LOG = LoggerFactory.getLogger(CombinedHeaderMeaning.class);
    /** A dictionary score from which the header's meaning is taken as settled. */
    static final double SURE = 0.9;

    private final HeaderMeaning dictionary;
    private final HeaderMeaning embeddings;
    private volatile boolean modelFailed;

    public CombinedHeaderMeaning(HeaderMeaning dictionary, HeaderMeaning embeddings) {
        this.dictionary = dictionary;
        this.embeddings = embeddings;
    }

    /** The built-in multilingual dictionary with the in-process embedding model. */
    public static CombinedHeaderMeaning standard() {
        return new CombinedHeaderMeaning(new SynonymDictionary(), EmbeddingHeaderMeaning.inProcess());
    }

    /** Whether the embedding model failed to run and only the dictionary is answering. */
    public boolean dictionaryOnly() {
        return modelFailed;
    }

    @Override
    public Map<ColumnTag, Double> meaning(String normalizedHeader) {
        Map<ColumnTag, Double> known = dictionary.meaning(normalizedHeader);
        double sure = known.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (sure >= SURE || modelFailed) {
            return known;
        }
        Map<ColumnTag, Double> near;
        try {
            near = embeddings.meaning(normalizedHeader);
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: a missing native library surfaces as UnsatisfiedLinkError.
            modelFailed = true;
            LOG.warn("the embedding model cannot run here; headers are read with the synonym dictionary only: {}",
                    String.valueOf(e));
            return known;
        }
        if (near.isEmpty()) {
            return known;
        }
        Map<ColumnTag, Double> combined = new EnumMap<>(ColumnTag.class);
        combined.putAll(known);
        near.forEach((tag, score) -> combined.merge(tag, score, Math::max));
        return combined;
    }
}
