package io.lakefront.domain.audience;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a description of an audience was understood to mean: the filter, each condition beside the
 * words that produced it, the words that were not understood (shown, never dropped silently), and a
 * clarifying question when the words are genuinely ambiguous — then {@link #filter} holds only what
 * was certain and the caller asks before using it.
 *
 * @param text the description as typed
 * @param filter everything understood, combined (with a refined audience's earlier conditions)
 * @param conditions the conditions in the order of the words that produced them
 * @param notUnderstood words or phrases that became no condition
 * @param question a question to answer before the filter can be trusted
 * @param interpreter who understood it: {@code "offline"} or the language model's name
 */
public record Interpretation(String text, Filter filter, List<InterpretedCondition> conditions,
                             List<String> notUnderstood, Optional<Question> question, String interpreter) {
    public Interpretation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(filter, "filter");
        conditions = List.copyOf(conditions);
        notUnderstood = List.copyOf(notUnderstood);
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(interpreter, "interpreter");
    }

    /** True when a question must be answered first ({@code audience} exits 3 with it). */
    public boolean ambiguous() {
        return question.isPresent();
    }

    /**
     * One condition and the words it came from.
     *
     * @param words the words as typed ({@code "in Texas"}); empty for a condition kept from an earlier description
     * @param start where {@code words} start in the text, or -1
     * @param end where they end (exclusive), or -1
     * @param filter the condition
     * @param description the condition in plain words ({@code "region is TX (Texas)"})
     */
    public record InterpretedCondition(String words, int start, int end, Filter filter, String description) {
        public InterpretedCondition {
            Objects.requireNonNull(words, "words");
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * A clarifying question about {@code words}, with the readings to choose from.
     *
     * @param words the ambiguous words ({@code "CA"})
     * @param text the question ({@code "Does “CA” mean California or Canada?"})
     * @param choices the readings; answering passes a choice's {@code key} back in {@link InterpretRequest#answers}
     */
    public record Question(String words, String text, List<Choice> choices) {
        public Question {
            Objects.requireNonNull(words, "words");
            Objects.requireNonNull(text, "text");
            choices = List.copyOf(choices);
        }
    }

    /** One reading of ambiguous words: {@code key} identifies it in an answer, {@code label} shows it. */
    public record Choice(String key, String label) {
        public Choice {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
        }
    }
}
