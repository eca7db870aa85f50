package io.lakefront.connectors.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakefront.domain.identity.review.Verdict;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a model's answer strictly: one JSON object with exactly {@code verdict} (same, different,
 * unsure), {@code confidence} (a number in 0..1) and {@code rationale} (non-empty text), optionally
 * inside one ```json fence. Anything else is {@link Invalid}, which the reviewer asks again about.
 */
record VerdictAnswer(Verdict verdict, double confidence, String rationale) {
    static final int MAX_RATIONALE = 2_000;
    private static final Set<String> KEYS = Set.of("verdict", "confidence", "rationale");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The answer was not a valid verdict; the message says what was wrong. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    static VerdictAnswer parse(String answer) {
        if (answer == null || answer.isBlank()) {
            throw new Invalid("the answer is empty");
        }
        String text = unfence(answer.strip());
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new Invalid("the answer is not one JSON object: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new Invalid("the answer is not a JSON object");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw new Invalid("unexpected key '" + name + "' (only verdict, confidence, rationale)");
            }
        }
        JsonNode verdict = root.get("verdict");
        if (verdict == null || !verdict.isTextual()) {
            throw new Invalid("verdict is missing or not text");
        }
        Verdict parsed = switch (verdict.asText().strip().toLowerCase(Locale.ROOT)) {
            case "same" -> Verdict.SAME;
            case "different" -> Verdict.DIFFERENT;
            case "unsure" -> Verdict.UNSURE;
            default -> throw new Invalid("verdict '" + verdict.asText() + "' is not same, different or unsure");
        };
        JsonNode confidence = root.get("confidence");
        if (confidence == null || !confidence.isNumber()) {
            throw new Invalid("confidence is missing or not a number");
        }
        double value = confidence.asDouble();
        if (!(value >= 0 && value <= 1)) {
            throw new Invalid("confidence " + value + " is not in 0..1");
        }
        JsonNode rationale = root.get("rationale");
        if (rationale == null || !rationale.isTextual() || rationale.asText().isBlank()) {
            throw new Invalid("rationale is missing or empty");
        }
        if (rationale.asText().length() > MAX_RATIONALE) {
            throw new Invalid("rationale is longer than " + MAX_RATIONALE + " characters");
        }
        return new VerdictAnswer(parsed, value, rationale.asText().strip());
    }

    /** The text inside one surrounding ```json ... ``` fence, or the text itself when it has none. */
    static String unfence(String text) {
        if (!text.startsWith("```")) {
            return text;
        }
        int firstLineEnd = text.indexOf('\n');
        String language = firstLineEnd < 0 ? "" : text.substring(3, firstLineEnd).strip();
        if (firstLineEnd < 0 || !text.endsWith("```") || text.length() < firstLineEnd + 4
                || !(language.isEmpty() || language.equalsIgnoreCase("json"))) {
            throw new Invalid("the answer is fenced but not as one ```json block");
        }
        return text.substring(firstLineEnd + 1, text.length() - 3).strip();
    }
}
