package io.lakefront.connectors.yaml;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.BlockingKey;
import io.lakefront.domain.identity.BlockingRule;
import io.lakefront.domain.identity.Comparison;
import io.lakefront.domain.identity.ComparisonLevel;
import io.lakefront.domain.identity.CoveredBy;
import io.lakefront.domain.identity.DeterministicRule;
import io.lakefront.domain.identity.Guards;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.NicknameTable;
import io.lakefront.domain.identity.Thresholds;
import io.lakefront.domain.identity.Training;
import io.lakefront.domain.identity.mapping.PersonFields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code identity.yaml} as a node tree so that every problem points at its line and column.
 * Sections left out (thresholds, training, guards, or keys inside them) take the defaults' values.
 */
final class IdentitySpecYamlReader {
    static final List<String> KNOWN_FIELDS = PersonFields.ALL;

    private static final Pattern FIELD = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern SOUNDEX = Pattern.compile("soundex\\((\\w+)\\)");
    private static final Pattern METAPHONE = Pattern.compile("metaphone\\((\\w+)\\)");
    private static final Pattern YEAR = Pattern.compile("year\\((\\w+)\\)");
    private static final Pattern FIRST = Pattern.compile("first\\s+(\\d+)\\s+of\\s+(\\w+)");
    private static final Pattern JARO_WINKLER = Pattern.compile("jaro[-_ ]?winkler\\s*>=\\s*([0-9.]+)");
    private static final Pattern LEVENSHTEIN = Pattern.compile("levenshtein\\s*<=\\s*(\\d+)");
    private static final Pattern DAYS = Pattern.compile("within\\s+(\\d+)\\s+days?(\\s+or\\s+day/month\\s+swapped)?");
    private static final Pattern NUMERIC = Pattern.compile("within\\s+([0-9.]+)");

    private final Path file;
    /** The text to read instead of the file's content (an editor's unsaved text), or {@code null}. */
    private final String text;
    private final YamlNodes nodes;

    IdentitySpecYamlReader(Path file) {
        this(file, null);
    }

    /** Reads {@code text} as if it were the content of {@code file} (errors name the file). */
    IdentitySpecYamlReader(Path file, String text) {
        this.file = file;
        this.text = text;
        this.nodes = new YamlNodes(file);
    }

    IdentitySpec read() throws IOException {
        Node root = nodes.compose(text);
        if (root == null) {
            throw new UserError(file + ": the file is empty; it needs at least blocking and comparisons");
        }
        IdentitySpec defaults = IdentitySpec.defaults();
        Map<String, Node> top = entries(root, "the rules file",
                "blocking", "comparisons", "deterministic_rules", "thresholds", "training", "guards");
        List<BlockingRule> blocking = optional(top, "blocking", List.of(), n -> rules(n, "blocking"));
        Node comparisonsNode = top.get("comparisons");
        if (comparisonsNode == null) {
            throw error(root, "comparisons are missing: say how records are compared (see --write-config)");
        }
        List<Comparison> comparisons = comparisons(comparisonsNode);
        List<DeterministicRule> deterministic = optional(top, "deterministic_rules", List.of(), this::deterministic);
        Thresholds thresholds = optional(top, "thresholds", defaults.thresholds(), n -> thresholds(n, defaults.thresholds()));
        Training training = optional(top, "training", defaults.training(), n -> training(n, defaults.training()));
        Guards guards = optional(top, "guards", defaults.guards(), n -> guards(n, defaults.guards()));
        return build(root, () -> new IdentitySpec(blocking, comparisons, deterministic, thresholds, training, guards));
    }

    private interface Section<T> {
        T read(Node node);
    }

    private static <T> T optional(Map<String, Node> entries, String key, T fallback, Section<T> section) {
        Node node = entries.get(key);
        return node == null || isNull(node) ? fallback : section.read(node);
    }

    private List<BlockingRule> rules(Node node, String what) {
        List<BlockingRule> rules = new ArrayList<>();
        for (Node item : sequence(node, what)) {
            Map<String, Node> rule = entries(item, "a " + what + " rule", "name", "keys");
            String name = requiredText(rule, "name", item);
            List<BlockingKey> keys = new ArrayList<>();
            for (Node key : sequence(required(rule, "keys", item), "keys")) {
                keys.add(blockingKey(key));
            }
            rules.add(build(item, () -> new BlockingRule(name, keys)));
        }
        return rules;
    }

    private BlockingKey blockingKey(Node node) {
        String text = text(node, "a blocking key").strip();
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = SOUNDEX.matcher(lower)).matches()) {
            return new BlockingKey.Soundex(field(node, m.group(1)));
        }
        if ((m = METAPHONE.matcher(lower)).matches()) {
            return new BlockingKey.Metaphone(field(node, m.group(1)));
        }
        if ((m = YEAR.matcher(lower)).matches()) {
            return new BlockingKey.BirthYear(field(node, m.group(1)));
        }
        if ((m = FIRST.matcher(lower)).matches()) {
            String field = field(node, m.group(2));
            int length = Integer.parseInt(m.group(1));
            return build(node, () -> new BlockingKey.FirstChars(field, length));
        }
        if (FIELD.matcher(lower).matches()) {
            return new BlockingKey.Exact(field(node, lower));
        }
        throw error(node, "'" + text + "' is not a blocking key: write a field, soundex(field), metaphone(field), "
                + "year(field) or first N of field");
    }

    private List<Comparison> comparisons(Node node) {
        List<Comparison> comparisons = new ArrayList<>();
        for (Node item : sequence(node, "comparisons")) {
            Map<String, Node> entries = entries(item, "a comparison", "name", "field", "term_frequency", "levels",
                    "covered_by", "review_if_different");
            String field = field(required(entries, "field", item), requiredText(entries, "field", item));
            String name = entries.containsKey("name") ? requiredText(entries, "name", item) : field;
            boolean termFrequency = entries.containsKey("term_frequency")
                    && bool(entries.get("term_frequency"), "term_frequency");
            List<ComparisonLevel> levels = new ArrayList<>();
            for (Node level : sequence(required(entries, "levels", item), "levels")) {
                levels.add(level(level));
            }
            List<CoveredBy> covers = new ArrayList<>();
            if (entries.containsKey("covered_by") && !isNull(entries.get("covered_by"))) {
                for (Node cover : sequence(entries.get("covered_by"), "covered_by")) {
                    Map<String, Node> parts = entries(cover, "a cover", "comparison", "levels");
                    String covering = requiredText(parts, "comparison", cover);
                    int coveringLevels = parts.containsKey("levels") ? integer(parts.get("levels")) : 1;
                    covers.add(build(cover, () -> new CoveredBy(covering, coveringLevels)));
                }
            }
            boolean reviewIfDifferent = entries.containsKey("review_if_different")
                    && bool(entries.get("review_if_different"), "review_if_different");
            comparisons.add(build(item, () -> new Comparison(name, field, levels, termFrequency, covers,
                    reviewIfDifferent)));
        }
        return comparisons;
    }

    private ComparisonLevel level(Node node) {
        String text = text(node, "a comparison level").strip();
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m;
        switch (lower) {
            case "exact":
                return new ComparisonLevel.Exact();
            case "nickname":
                return new ComparisonLevel.NicknameMatch(NicknameTable.english());
            case "sounds alike":
                return new ComparisonLevel.PhoneticEqual();
            default:
                break;
        }
        if ((m = JARO_WINKLER.matcher(lower)).matches()) {
            double threshold = decimal(node, m.group(1));
            return build(node, () -> new ComparisonLevel.JaroWinklerAtLeast(threshold));
        }
        if ((m = LEVENSHTEIN.matcher(lower)).matches()) {
            int distance = Integer.parseInt(m.group(1));
            return build(node, () -> new ComparisonLevel.LevenshteinAtMost(distance));
        }
        if ((m = DAYS.matcher(lower)).matches()) {
            return new ComparisonLevel.DateWithin(Integer.parseInt(m.group(1)), m.group(2) != null);
        }
        if ((m = NUMERIC.matcher(lower)).matches()) {
            double difference = decimal(node, m.group(1));
            return build(node, () -> new ComparisonLevel.NumericWithin(difference));
        }
        throw error(node, "'" + text + "' is not a comparison level: write exact, nickname, sounds alike, "
                + "Jaro-Winkler >= 0.9, Levenshtein <= 1, within 31 days [or day/month swapped] or within 2.5");
    }

    private List<DeterministicRule> deterministic(Node node) {
        List<DeterministicRule> rules = new ArrayList<>();
        for (Node item : sequence(node, "deterministic_rules")) {
            Map<String, Node> entries = entries(item, "a deterministic rule", "name", "fields");
            String name = requiredText(entries, "name", item);
            List<String> fields = new ArrayList<>();
            for (Node field : sequence(required(entries, "fields", item), "fields")) {
                fields.add(field(field, text(field, "a field")));
            }
            rules.add(build(item, () -> new DeterministicRule(name, fields)));
        }
        return rules;
    }

    private Thresholds thresholds(Node node, Thresholds defaults) {
        Map<String, Node> entries = entries(node, "thresholds", "auto_match", "review");
        double autoMatch = entries.containsKey("auto_match") ? decimal(entries.get("auto_match")) : defaults.autoMatch();
        double review = entries.containsKey("review") ? decimal(entries.get("review")) : defaults.review();
        return build(node, () -> new Thresholds(autoMatch, review));
    }

    private Training training(Node node, Training defaults) {
        Map<String, Node> entries = entries(node, "training", "random_pairs", "seed", "max_iterations",
                "convergence", "deterministic_recall", "rules");
        List<BlockingRule> rules = entries.containsKey("rules") && !isNull(entries.get("rules"))
                ? rules(entries.get("rules"), "training") : defaults.rules();
        int randomPairs = entries.containsKey("random_pairs") ? integer(entries.get("random_pairs")) : defaults.randomPairs();
        long seed = entries.containsKey("seed") ? integer(entries.get("seed")) : defaults.seed();
        int iterations = entries.containsKey("max_iterations") ? integer(entries.get("max_iterations"))
                : defaults.maxIterations();
        double convergence = entries.containsKey("convergence") ? decimal(entries.get("convergence"))
                : defaults.convergence();
        double recall = entries.containsKey("deterministic_recall") ? decimal(entries.get("deterministic_recall"))
                : defaults.deterministicRecall();
        return build(node, () -> new Training(rules, randomPairs, seed, iterations, convergence, recall));
    }

    private Guards guards(Node node, Guards defaults) {
        Map<String, Node> entries = entries(node, "guards", "max_block_size", "max_cluster_size", "max_shared_value",
                "generic_values");
        int block = entries.containsKey("max_block_size") ? integer(entries.get("max_block_size")) : defaults.maxBlockSize();
        int cluster = entries.containsKey("max_cluster_size") ? integer(entries.get("max_cluster_size"))
                : defaults.maxClusterSize();
        int shared = entries.containsKey("max_shared_value") ? integer(entries.get("max_shared_value"))
                : defaults.maxSharedValue();
        Set<String> generic = defaults.genericValues();
        if (entries.containsKey("generic_values") && !isNull(entries.get("generic_values"))) {
            generic = new LinkedHashSet<>();
            for (Node value : sequence(entries.get("generic_values"), "generic_values")) {
                generic.add(isNull(value) ? "" : text(value, "a generic value"));
            }
        }
        Set<String> genericValues = generic;
        return build(node, () -> new Guards(block, cluster, shared, genericValues));
    }

    // --- nodes ---------------------------------------------------------------------------------

    /** A mapping's entries by key; unknown and duplicate keys are errors (a typo must not be ignored). */
    private Map<String, Node> entries(Node node, String what, String... known) {
        return nodes.entries(node, what, known);
    }

    private List<Node> sequence(Node node, String what) {
        return nodes.sequence(node, what);
    }

    private Node required(Map<String, Node> entries, String key, Node owner) {
        Node node = entries.get(key);
        if (node == null || isNull(node)) {
            throw error(node == null ? owner : node, key + " is missing");
        }
        return node;
    }

    private String requiredText(Map<String, Node> entries, String key, Node owner) {
        String text = text(required(entries, key, owner), key);
        if (text.isBlank()) {
            throw error(entries.get(key), key + " is empty");
        }
        return text.strip();
    }

    private String text(Node node, String what) {
        return nodes.text(node, what);
    }

    private String field(Node node, String name) {
        String field = name.strip().toLowerCase(Locale.ROOT);
        if (!KNOWN_FIELDS.contains(field) && !PersonFields.isIdField(field)) {
            throw error(node, "unknown field '" + name + "' (known: " + String.join(", ", KNOWN_FIELDS)
                    + ", or an other_id column's field ending in _id)");
        }
        return field;
    }

    private boolean bool(Node node, String what) {
        String value = text(node, what).strip().toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("yes")) {
            return true;
        }
        if (value.equals("false") || value.equals("no")) {
            return false;
        }
        throw error(node, what + ": '" + value + "' is not true or false");
    }

    private int integer(Node node) {
        String value = text(node, "a whole number").strip().replace("_", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw error(node, "'" + value + "' is not a whole number");
        }
    }

    private double decimal(Node node) {
        return decimal(node, text(node, "a number").strip());
    }

    private double decimal(Node node, String value) {
        try {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(node, "'" + value + "' is not a number");
    }

    /** Runs a constructor whose checks throw {@link IllegalArgumentException}, as an error at the node. */
    private <T> T build(Node node, Supplier<T> constructor) {
        return nodes.build(node, constructor);
    }

    private UserError error(Node node, String message) {
        return nodes.error(node, message);
    }

    private static boolean isNull(Node node) {
        return YamlNodes.isNull(node);
    }
}
