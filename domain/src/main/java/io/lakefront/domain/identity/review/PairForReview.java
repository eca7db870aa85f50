package io.lakefront.domain.identity.review;

import io.lakefront.domain.identity.RecordKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Exactly what a reviewer may see of a pair: the two records' fields after the data policy (so
 * nothing here is more than may leave the machine) and the comparison evidence as levels and match
 * weights — without the values compared, which the policy may hold back.
 */
public record PairForReview(RecordKey a, RecordKey b, Map<String, String> recordA, Map<String, String> recordB,
                            List<Evidence> evidence, double matchWeight, double matchProbability) {
    /** One comparison of the waterfall: which level the pair reached and the weight that level carries. */
    public record Evidence(String comparison, String level, double weight) {
        public Evidence {
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(level, "level");
        }
    }

    public PairForReview {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        recordA = Collections.unmodifiableMap(new LinkedHashMap<>(recordA));
        recordB = Collections.unmodifiableMap(new LinkedHashMap<>(recordB));
        evidence = List.copyOf(evidence);
    }

    /**
     * SHA-256 (hex) of everything a reviewer sees and of the model asked: the same fingerprint means
     * the same question, whose answer can be taken from the cache.
     */
    public String fingerprint(String model) {
        StringBuilder text = new StringBuilder(model).append('\n').append(a).append('\n').append(b).append('\n');
        recordA.forEach((k, v) -> text.append("A.").append(k).append('=').append(v).append('\n'));
        recordB.forEach((k, v) -> text.append("B.").append(k).append('=').append(v).append('\n'));
        for (Evidence step : evidence) {
            text.append(step.comparison()).append('|').append(step.level()).append('|')
                    .append(String.format(Locale.ROOT, "%.4f", step.weight())).append('\n');
        }
        text.append(String.format(Locale.ROOT, "%.4f|%.6f", matchWeight, matchProbability));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte x : digest) {
                hex.append(String.format(Locale.ROOT, "%02x", x));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
