package io.lakefront.connectors.yaml;

import io.lakefront.connectors.file.AtomicFile;
import io.lakefront.domain.identity.BlockingKey;
import io.lakefront.domain.identity.BlockingRule;
import io.lakefront.domain.identity.Comparison;
import io.lakefront.domain.identity.ComparisonLevel;
import io.lakefront.domain.identity.CoveredBy;
import io.lakefront.domain.identity.DeterministicRule;
import io.lakefront.domain.identity.Guards;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.Training;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code identity.yaml} (CONTRACTS.md §4): an {@link IdentitySpec} as a file people edit. Blocking keys
 * and comparison levels are written the way the rules editor shows them ({@code soundex(family_name)},
 * {@code Jaro-Winkler >= 0.92}); reading accepts exactly what writing produces, so a written file reads
 * back to the same specification. Errors name {@code file:line:column}.
 */
public final class IdentitySpecYaml {
    private static final String HEADER = """
            # Identity resolution rules for Lakefront (lakefront resolve --config FILE).
            # blocking: pairs are compared when they agree on every key of any rule. A key is a field
            #   (exact), soundex(field), metaphone(field), year(field) or "first N of field".
            # comparisons: levels tried in order: exact, nickname, sounds alike, Jaro-Winkler >= X,
            #   Levenshtein <= N, within N days [or day/month swapped], within X (numbers).
            #   covered_by: the comparison weighs nothing where an earlier one agrees at one of its first
            #   N levels (a postcode adds nothing once the street agrees).
            #   review_if_different: a pair that differs outright here is never merged automatically
            #   (twins, couples), where the trained model says matches seldom differ on it.
            # deterministic_rules: records equal on all these fields are one person, whatever the model says.
            # thresholds: match weights (log2 odds); at or above auto_match merge, at or above review: review.
            # fields: %s
            """;

    private IdentitySpecYaml() {
    }

    /** Reads a rules file; every problem is a {@link io.lakefront.domain.UserError} naming file, line and column. */
    public static IdentitySpec read(Path file) throws IOException {
        return new IdentitySpecYamlReader(file).read();
    }

    /**
     * Reads rules from text (the rules editor's content) as if it were {@code shownAs}: errors name
     * that file, line and column.
     */
    public static IdentitySpec read(String text, Path shownAs) {
        try {
            return parse(text, shownAs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads rules text that is not (yet) a file, such as an editor's unsaved content; problems name
     * {@code origin:line:column} as if the text were that file.
     */
    public static IdentitySpec parse(String text, Path origin) throws IOException {
        return new IdentitySpecYamlReader(origin, text).read();
    }

    /** Writes the specification, replacing the file in one step. */
    public static void write(IdentitySpec spec, Path file) throws IOException {
        AtomicFile.write(file, text(spec));
    }

    public static String text(IdentitySpec spec) {
        StringBuilder out = new StringBuilder(String.format(HEADER,
                String.join(", ", IdentitySpecYamlReader.KNOWN_FIELDS)));
        out.append("blocking:\n");
        writeRules(out, spec.blocking(), "  ");
        out.append("comparisons:\n");
        for (Comparison comparison : spec.comparisons()) {
            out.append("  - name: ").append(quoted(comparison.name())).append('\n')
                    .append("    field: ").append(quoted(comparison.field())).append('\n')
                    .append("    term_frequency: ").append(comparison.termFrequency()).append('\n')
                    .append("    levels: ").append(list(comparison.levels().stream()
                            .map(ComparisonLevel::label).toList())).append('\n');
            if (!comparison.coveredBy().isEmpty()) {
                out.append("    covered_by:\n");
                for (CoveredBy cover : comparison.coveredBy()) {
                    out.append("      - comparison: ").append(quoted(cover.comparison())).append('\n')
                            .append("        levels: ").append(cover.levels()).append('\n');
                }
            }
            if (comparison.reviewIfDifferent()) {
                out.append("    review_if_different: true\n");
            }
        }
        out.append("deterministic_rules:").append(spec.deterministicRules().isEmpty() ? " []\n" : "\n");
        for (DeterministicRule rule : spec.deterministicRules()) {
            out.append("  - name: ").append(quoted(rule.name())).append('\n')
                    .append("    fields: ").append(list(rule.fields())).append('\n');
        }
        out.append("thresholds:\n")
                .append("  auto_match: ").append(number(spec.thresholds().autoMatch())).append('\n')
                .append("  review: ").append(number(spec.thresholds().review())).append('\n');
        Training training = spec.training();
        out.append("training:\n")
                .append("  random_pairs: ").append(training.randomPairs()).append('\n')
                .append("  seed: ").append(training.seed()).append('\n')
                .append("  max_iterations: ").append(training.maxIterations()).append('\n')
                .append("  convergence: ").append(number(training.convergence())).append('\n')
                .append("  deterministic_recall: ").append(number(training.deterministicRecall())).append('\n')
                .append("  rules:").append(training.rules().isEmpty() ? " []\n" : "\n");
        writeRules(out, training.rules(), "    ");
        Guards guards = spec.guards();
        out.append("guards:\n")
                .append("  max_block_size: ").append(guards.maxBlockSize()).append('\n')
                .append("  max_cluster_size: ").append(guards.maxClusterSize()).append('\n')
                .append("  max_shared_value: ").append(guards.maxSharedValue()).append('\n')
                .append("  generic_values: ").append(list(List.copyOf(new TreeSet<>(guards.genericValues()))))
                .append('\n');
        return out.toString();
    }

    private static void writeRules(StringBuilder out, List<BlockingRule> rules, String indent) {
        for (BlockingRule rule : rules) {
            out.append(indent).append("- name: ").append(quoted(rule.name())).append('\n')
                    .append(indent).append("  keys: ")
                    .append(list(rule.keys().stream().map(BlockingKey::label).toList())).append('\n');
        }
    }

    private static String list(List<String> values) {
        return values.stream().map(IdentitySpecYaml::quoted).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String number(double value) {
        String plain = BigDecimal.valueOf(value).toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
