package io.lakefront.app.bench;

import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.AudienceInterpreter;
import io.lakefront.domain.audience.AudienceQuery;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.FilterTree;
import io.lakefront.domain.audience.InterpretRequest;
import io.lakefront.domain.audience.Interpretation;
import io.lakefront.domain.audience.nl.FilterText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The evaluation corpus of the audience interpreter ({@code audience-nl-corpus.yaml}): descriptions
 * with the filter they mean, scored by execution match — a case passes when the interpreted filter
 * selects exactly the customers the expected one selects — so two different but equivalent filters
 * both count as right. Ambiguous cases pass when a question is asked (and, with answers, when the
 * answered filter matches); refinements are read on top of their {@code current} description.
 */
public final class AudienceNlCorpus {
    static final String RESOURCE = "audience-nl-corpus.yaml";

    /** One description and what it should mean. */
    public record Case(int line, String text, List<String> tags, String current, boolean question,
                       Map<String, String> answers, Filter expected) {
    }

    /** One case's result. */
    public record Outcome(Case c, boolean passed, String expected, String got) {
    }

    /** The score, per tag, and the failures. */
    public record Report(int total, int passed, Map<String, int[]> byTag, List<Outcome> failures) {
        public double accuracy() {
            return total == 0 ? 0 : passed / (double) total;
        }

        /** A readable summary: accuracy, per-tag counts and each failure with expected and got. */
        public String describe() {
            StringBuilder s = new StringBuilder(String.format("audience-nl corpus: %d/%d passed (%.1f%%)%n", passed, total,
                    100 * accuracy()));
            byTag.forEach((tag, counts) -> s.append(String.format("  %-12s %3d/%3d%n", tag, counts[0], counts[1])));
            for (Outcome f : failures) {
                s.append("  FAIL \"").append(f.c().text()).append('"')
                        .append(f.c().current() == null ? "" : " (refining \"" + f.c().current() + "\")").append('\n')
                        .append("       expected: ").append(f.expected()).append('\n')
                        .append("       got:      ").append(f.got()).append('\n');
            }
            return s.toString();
        }
    }

    private AudienceNlCorpus() {
    }

    /** The corpus shipped with the application. */
    public static List<Case> load() {
        try (InputStream in = AudienceNlCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static List<Case> read(String yaml) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof List<?> items)) {
            throw new UserError(RESOURCE + ": expected a list of cases");
        }
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = RESOURCE + "[" + i + "]";
            if (!(items.get(i) instanceof Map<?, ?> node) || !(node.get("text") instanceof String text)) {
                throw new UserError(at + ": expected a case with a text");
            }
            List<String> tags = node.get("tags") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
            boolean question = Boolean.TRUE.equals(node.get("question"));
            Map<String, String> answers = new LinkedHashMap<>();
            if (node.get("answers") instanceof Map<?, ?> a) {
                a.forEach((k, v) -> answers.put(String.valueOf(k), String.valueOf(v)));
            }
            Filter expected = null;
            if (node.get("expect") != null) {
                try {
                    expected = FilterTree.read(node.get("expect"));
                } catch (UserError e) {
                    throw new UserError(at + " (" + text + "): " + e.getMessage());
                }
            } else if (!question) {
                throw new UserError(at + " (" + text + "): needs 'expect' or 'question: true'");
            }
            cases.add(new Case(i, text, tags, (String) node.get("current"), question, answers, expected));
        }
        return cases;
    }

    /** Runs every case with {@code interpreter} and compares selections through {@code query} as of {@code now}. */
    public static Report evaluate(List<Case> cases, AudienceInterpreter interpreter, AudienceQuery query, Instant now) {
        int passed = 0;
        Map<String, int[]> byTag = new TreeMap<>();
        List<Outcome> failures = new ArrayList<>();
        for (Case c : cases) {
            Outcome outcome = run(c, interpreter, query, now);
            if (outcome.passed()) {
                passed++;
            } else {
                failures.add(outcome);
            }
            for (String tag : c.tags()) {
                int[] counts = byTag.computeIfAbsent(tag, k -> new int[2]);
                counts[0] += outcome.passed() ? 1 : 0;
                counts[1]++;
            }
        }
        return new Report(cases.size(), passed, byTag, failures);
    }

    private static Outcome run(Case c, AudienceInterpreter interpreter, AudienceQuery query, Instant now) {
        String expected = c.expected() == null ? "a question" : (c.question() ? "a question, then " : "")
                + FilterText.describe(c.expected());
        try {
            Optional<Interpretation> current = Optional.empty();
            if (c.current() != null) {
                Interpretation first = interpreter.interpret(InterpretRequest.of(c.current()));
                if (first.ambiguous()) {
                    return new Outcome(c, false, expected, "a question about the current description: " + first.question().get().text());
                }
                current = Optional.of(first);
            }
            Interpretation got = interpreter.interpret(new InterpretRequest(c.text(), current, Map.of()));
            if (c.question()) {
                if (!got.ambiguous()) {
                    return new Outcome(c, false, expected, "no question; " + shown(got));
                }
                if (c.answers().isEmpty()) {
                    return new Outcome(c, true, expected, "question: " + got.question().get().text());
                }
                got = interpreter.interpret(new InterpretRequest(c.text(), current, c.answers()));
            }
            if (got.ambiguous()) {
                return new Outcome(c, false, expected, "question: " + got.question().get().text());
            }
            List<String> want = query.ids(c.expected(), now);
            List<String> have = query.ids(got.filter(), now);
            boolean same = want.equals(have);
            return new Outcome(c, same, expected + " [" + want.size() + " customers]",
                    shown(got) + " [" + have.size() + " customers]");
        } catch (RuntimeException e) {
            return new Outcome(c, false, expected, "error: " + e);
        }
    }

    private static String shown(Interpretation got) {
        return FilterText.describe(got.filter()) + (got.notUnderstood().isEmpty() ? "" : "; not understood " + got.notUnderstood());
    }
}
