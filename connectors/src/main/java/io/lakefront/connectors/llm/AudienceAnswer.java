package io.lakefront.connectors.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.FilterTree;
import io.lakefront.domain.audience.InterpretRequest;
import io.lakefront.domain.audience.Interpretation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a model's answer to an audience description strictly: one JSON object (optionally inside one
 * ```json fence) with {@code filter}, {@code conditions}, {@code not_understood} and {@code question}.
 * Every filter goes through {@link FilterTree#read}, so only catalogue fields, known event tables and
 * typed values get through; words must be copied from the description; each condition must be part of
 * the filter; a question needs two choices and may not ask again what was answered. Anything else is
 * {@link VerdictAnswer.Invalid} with a message the model is shown when it is asked again.
 *
 * @param filter the filter of the description's own words (before combining with a refined audience)
 */
record AudienceAnswer(Filter filter, List<Interpretation.InterpretedCondition> conditions, List<String> notUnderstood,
                      Optional<Interpretation.Question> question) {
    static final int MAX_ANSWER = 50_000;
    private static final Set<String> KEYS = Set.of("filter", "conditions", "not_understood", "question");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static AudienceAnswer parse(String answer, InterpretRequest request) {
        if (answer == null || answer.isBlank()) {
            throw new VerdictAnswer.Invalid("the answer is empty");
        }
        if (answer.length() > MAX_ANSWER) {
            throw new VerdictAnswer.Invalid("the answer is longer than " + MAX_ANSWER + " characters");
        }
        Object root;
        try {
            root = JSON.readValue(VerdictAnswer.unfence(answer.strip()), Object.class);
        } catch (JsonProcessingException e) {
            throw new VerdictAnswer.Invalid("the answer is not one JSON object: " + e.getOriginalMessage());
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new VerdictAnswer.Invalid("the answer is not a JSON object");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(key)) {
                throw new VerdictAnswer.Invalid("unexpected key '" + key
                        + "' (only filter, conditions, not_understood, question)");
            }
        }
        if (!map.containsKey("filter")) {
            throw new VerdictAnswer.Invalid("filter is missing");
        }
        Filter filter = filter(map.get("filter"), "filter");
        String text = request.text();
        List<Interpretation.InterpretedCondition> conditions = new ArrayList<>();
        List<?> items = list(map.get("conditions"), "conditions");
        for (int i = 0; i < items.size(); i++) {
            String at = "conditions[" + i + "]";
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                throw new VerdictAnswer.Invalid(at + ": expected an object with words and filter");
            }
            String words = words(item.get("words"), text, at + ".words");
            if (!item.containsKey("filter")) {
                throw new VerdictAnswer.Invalid(at + ".filter: missing");
            }
            Filter condition = filter(item.get("filter"), at);
            if (!contains(filter, condition)) {
                throw new VerdictAnswer.Invalid(at + ".filter: does not appear in filter (put each condition"
                        + " inside filter exactly as it is)");
            }
            int start = indexOfIgnoringCase(text, words);
            conditions.add(new Interpretation.InterpretedCondition(words, start, start + words.length(), condition,
                    io.lakefront.domain.audience.nl.FilterText.describe(condition)));
        }
        List<String> notUnderstood = new ArrayList<>();
        List<?> missed = list(map.get("not_understood"), "not_understood");
        for (int i = 0; i < missed.size(); i++) {
            notUnderstood.add(words(missed.get(i), text, "not_understood[" + i + "]"));
        }
        return new AudienceAnswer(filter, conditions, notUnderstood, question(map.get("question"), request));
    }

    private static Optional<Interpretation.Question> question(Object node, InterpretRequest request) {
        if (node == null) {
            return Optional.empty();
        }
        if (!(node instanceof Map<?, ?> question)) {
            throw new VerdictAnswer.Invalid("question: expected null or an object with words, text and choices");
        }
        String words = words(question.get("words"), request.text(), "question.words");
        for (String answered : request.answers().keySet()) {
            if (answered.equalsIgnoreCase(words)) {
                throw new VerdictAnswer.Invalid("question.words: '" + words + "' was already answered with '"
                        + request.answers().get(answered) + "': use that reading");
            }
        }
        String text = nonBlank(question.get("text"), "question.text");
        List<?> items = list(question.get("choices"), "question.choices");
        if (items.size() < 2) {
            throw new VerdictAnswer.Invalid("question.choices: a question needs at least two choices");
        }
        List<Interpretation.Choice> choices = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "question.choices[" + i + "]";
            if (!(items.get(i) instanceof Map<?, ?> choice)) {
                throw new VerdictAnswer.Invalid(at + ": expected an object with key and label");
            }
            choices.add(new Interpretation.Choice(nonBlank(choice.get("key"), at + ".key"),
                    nonBlank(choice.get("label"), at + ".label")));
        }
        return Optional.of(new Interpretation.Question(words, text, choices));
    }

    private static Filter filter(Object tree, String at) {
        try {
            return FilterTree.read(tree);
        } catch (UserError problem) {
            String message = problem.getMessage();
            // FilterTree names places from "filter"; a condition's filter is named from its own place.
            throw new VerdictAnswer.Invalid(at.equals("filter") ? message
                    : at + "." + message);
        } catch (RuntimeException problem) {
            throw new VerdictAnswer.Invalid(at + ": " + LangChainPairReviewer.describe(problem));
        }
    }

    /**
     * True when {@code part} is {@code whole} or one of its parts at any depth; the same condition in
     * the same words counts ({@code 500} and {@code 500.0} are the same number to a reader).
     */
    static boolean contains(Filter whole, Filter part) {
        if (whole.equals(part) || io.lakefront.domain.audience.nl.FilterText.describe(whole).equals(io.lakefront.domain.audience.nl.FilterText.describe(part))) {
            return true;
        }
        List<Filter> children = whole instanceof Filter.And and ? and.parts()
                : whole instanceof Filter.Or or ? or.parts()
                : whole instanceof Filter.Not not ? List.of(not.filter())
                : List.of();
        return children.stream().anyMatch(child -> contains(child, part));
    }

    private static List<?> list(Object node, String at) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof List<?> items)) {
            throw new VerdictAnswer.Invalid(at + ": expected a list");
        }
        return items;
    }

    private static String words(Object node, String text, String at) {
        String words = nonBlank(node, at);
        if (indexOfIgnoringCase(text, words) < 0) {
            throw new VerdictAnswer.Invalid(at + ": '" + words + "' does not occur in the description"
                    + " (copy the words exactly)");
        }
        return words;
    }

    private static String nonBlank(Object node, String at) {
        if (!(node instanceof String text) || text.isBlank()) {
            throw new VerdictAnswer.Invalid(at + ": expected non-empty text");
        }
        return text.strip();
    }

    static int indexOfIgnoringCase(String text, String words) {
        for (int i = 0; i + words.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, words, 0, words.length())) {
                return i;
            }
        }
        return -1;
    }
}
