package io.lakefront.connectors.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.HeaderMeaning;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a header means by its closeness to short descriptions of each tag ({@code tag-descriptions.txt})
 * in a sentence embedding model: {@code Surname of customer} lands near "last name" although no
 * dictionary lists it. The in-process model (all-MiniLM-L6-v2, quantized) ships inside its jar and
 * runs on ONNX Runtime: nothing is downloaded and no service is called.
 *
 * <p>Cosine similarities of this model are not probabilities: related short phrases score about
 * 0.5-0.8, unrelated ones 0.1-0.4. They are mapped onto the {@link HeaderMeaning} scale so that a
 * clear match counts as a meaningful header (at least 0.5), but never as strongly as an exact
 * dictionary entry ({@link #CEILING}); near-ties between two tags are scaled down further.
 *
 * <p>The model and the descriptions' embeddings are made on first use (about a second), then kept;
 * every header's result is cached, as a workspace asks about the same headers again and again.
 */
public final class EmbeddingHeaderMeaning implements HeaderMeaning {
    /** Below this cosine a header says nothing through the model: "c 1", "field 7", "x" score 0.25-0.4. */
    static final double NOISE = 0.45;
    /** The most an embedding match scores: below a dictionary's exact 1.0 and its in-phrase 0.9. */
    static final double CEILING = 0.8;
    /** A best tag closer than this to the runner-up is an uncertain reading. */
    private static final double CLEAR_MARGIN = 0.06;

    private record Description(ColumnTag tag, String text) {
    }

    private final Supplier<EmbeddingModel> modelFactory;
    private final List<Description> descriptions;
    private final Map<String, Map<ColumnTag, Double>> cache = new ConcurrentHashMap<>();
    private EmbeddingModel model;
    private List<Embedding> described;

    /** @param modelFactory called once, on the first header, to create the model */
    public EmbeddingHeaderMeaning(Supplier<EmbeddingModel> modelFactory) {
        this.modelFactory = modelFactory;
        this.descriptions = readDescriptions();
    }

    /** With the in-process all-MiniLM-L6-v2 (quantized) model from its jar. */
    public static EmbeddingHeaderMeaning inProcess() {
        return new EmbeddingHeaderMeaning(AllMiniLmL6V2QuantizedEmbeddingModel::new);
    }

    @Override
    public Map<ColumnTag, Double> meaning(String normalizedHeader) {
        if (normalizedHeader == null || normalizedHeader.isBlank()) {
            return Map.of();
        }
        return cache.computeIfAbsent(normalizedHeader, this::score);
    }

    private Map<ColumnTag, Double> score(String header) {
        Embedding embedded = embedding(header);
        List<Embedding> targets = describedEmbeddings();
        Map<ColumnTag, Double> closest = new EnumMap<>(ColumnTag.class);
        for (int i = 0; i < descriptions.size(); i++) {
            double cosine = CosineSimilarity.between(embedded, targets.get(i));
            closest.merge(descriptions.get(i).tag(), cosine, Math::max);
        }
        double best = closest.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double runnerUp = closest.values().stream().mapToDouble(Double::doubleValue).filter(c -> c < best).max().orElse(0);
        Map<ColumnTag, Double> scores = new EnumMap<>(ColumnTag.class);
        for (Map.Entry<ColumnTag, Double> entry : closest.entrySet()) {
            double cosine = entry.getValue();
            if (cosine < NOISE) {
                continue;
            }
            double scaled = Math.min(CEILING, 0.5 + (cosine - 0.5) * 1.2);
            boolean clear = cosine == best && best - runnerUp >= CLEAR_MARGIN;
            scores.put(entry.getKey(), clear ? scaled : scaled * 0.8);
        }
        return Map.copyOf(scores);
    }

    private synchronized Embedding embedding(String text) {
        return model().embed(text).content();
    }

    private synchronized List<Embedding> describedEmbeddings() {
        if (described == null) {
            List<TextSegment> segments = descriptions.stream().map(d -> TextSegment.from(d.text())).toList();
            described = List.copyOf(model().embedAll(segments).content());
        }
        return described;
    }

    private synchronized EmbeddingModel model() {
        if (model == null) {
            model = modelFactory.get();
        }
        return model;
    }

    private static List<Description> readDescriptions() {
        String name = "tag-descriptions.txt";
        InputStream in = EmbeddingHeaderMeaning.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing " + name + " next to " + EmbeddingHeaderMeaning.class.getName());
        }
        List<Description> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int colon = trimmed.indexOf(':');
                ColumnTag tag = colon < 0 ? null : ColumnTag.fromCode(trimmed.substring(0, colon));
                if (tag == null) {
                    throw new IllegalStateException(name + ":" + number + ": does not start with a known tag");
                }
                for (String phrase : trimmed.substring(colon + 1).split("\\|")) {
                    if (!phrase.isBlank()) {
                        out.add(new Description(tag, phrase.strip()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return List.copyOf(out);
    }
}
