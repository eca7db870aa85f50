package io.lakefront.connectors.yaml;

import io.lakefront.domain.UserError;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML file's top-level mapping as a node tree, so that every value keeps its position: a bad value
 * is reported as {@code file:line:column: message}. Values are read as text and converted here; the
 * file is never turned into arbitrary Java types.
 */
final class YamlMap {
    private final Path file;
    private final MappingNode root;
    private final Map<String, NodeTuple> entries;

    private YamlMap(Path file, MappingNode root, Map<String, NodeTuple> entries) {
        this.file = file;
        this.root = root;
        this.entries = entries;
    }

    static Yaml safeYaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    /** Parses a file whose top level must be a mapping; an empty file is an empty mapping. */
    static YamlMap read(Path file) throws IOException {
        Node node;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            node = safeYaml().compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw new UserError(at(file, mark) + problem.strip());
        } catch (YAMLException e) {
            throw new UserError(file + ": " + e.getMessage());
        }
        if (node == null) {
            return new YamlMap(file, null, Map.of());
        }
        if (!(node instanceof MappingNode mapping)) {
            throw new UserError(at(file, node.getStartMark()) + "expected keys and values (key: value)");
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new UserError(at(file, tuple.getKeyNode().getStartMark()) + "a key must be plain text");
            }
            if (entries.putIfAbsent(key.getValue(), tuple) != null) {
                throw new UserError(at(file, key.getStartMark()) + "duplicate key '" + key.getValue() + "'");
            }
        }
        return new YamlMap(file, mapping, entries);
    }

    Path file() {
        return file;
    }

    /** The tuples of the file as read, to carry keys this program does not know into a rewrite. */
    List<NodeTuple> tuples() {
        return root == null ? List.of() : root.getValue();
    }

    /** A text value; empty when the key is absent or its value is null. */
    Optional<String> text(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
            throw error(tuple.getValueNode(), key + ": expected a single value, not a list or mapping");
        }
        return Optional.of(scalar.getValue());
    }

    /** A required text value. */
    String requiredText(String key) {
        return text(key).filter(v -> !v.isBlank()).orElseThrow(() -> {
            NodeTuple tuple = entries.get(key);
            Node where = tuple != null ? tuple.getValueNode() : root;
            return where == null ? new UserError(file + ": " + key + " is missing")
                    : error(where, key + (tuple == null ? " is missing" : " is empty"));
        });
    }

    /** A list of text values; a missing key is an empty list. */
    List<String> list(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            throw error(tuple.getValueNode(), key + ": expected a list (- item)");
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar) || isNull(item)) {
                throw error(item, key + ": expected a single value in each list item");
            }
            values.add(scalar.getValue());
        }
        return values;
    }

    /** A date written {@code YYYY-MM-DD}. */
    Optional<LocalDate> date(String key) {
        return text(key).map(value -> {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw error(entries.get(key).getValueNode(), key + ": '" + value + "' is not a date (YYYY-MM-DD)");
            }
        });
    }

    /** A whole number. */
    Optional<Integer> integer(String key) {
        return text(key).map(value -> {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw error(entries.get(key).getValueNode(), key + ": '" + value + "' is not a whole number");
            }
        });
    }

    /** A decimal number. */
    Optional<Double> decimal(String key) {
        return text(key).map(value -> {
            try {
                return Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                throw error(entries.get(key).getValueNode(), key + ": '" + value + "' is not a number");
            }
        });
    }

    /**
     * A mapping of names to words of a closed set ({@code given_name: send}), in the file's order;
     * empty when the key is absent.
     */
    <E extends Enum<E>> Optional<Map<String, E>> choiceMap(String key, Class<E> type) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
            throw error(tuple.getValueNode(), key + ": expected names and values (name: value)");
        }
        Map<String, E> values = new LinkedHashMap<>();
        for (NodeTuple item : mapping.getValue()) {
            if (!(item.getKeyNode() instanceof ScalarNode name) || !(item.getValueNode() instanceof ScalarNode value)
                    || isNull(item.getValueNode())) {
                throw error(item.getKeyNode(), key + ": expected a name and a single value");
            }
            String where = key + "." + name.getValue();
            if (values.put(name.getValue(), word(value.getValue(), type, value, where)) != null) {
                throw error(name, key + ": duplicate name '" + name.getValue() + "'");
            }
        }
        return Optional.of(values);
    }

    /** A mapping of names to numbers ({@code VIP early access: 1.5}), in the file's order; empty when the key is absent. */
    Optional<Map<String, Double>> numberMap(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
            throw error(tuple.getValueNode(), key + ": expected names and numbers (name: 1.5)");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (NodeTuple item : mapping.getValue()) {
            if (!(item.getKeyNode() instanceof ScalarNode name) || !(item.getValueNode() instanceof ScalarNode value)
                    || isNull(item.getValueNode())) {
                throw error(item.getKeyNode(), key + ": expected a name and a number");
            }
            double number;
            try {
                number = Double.parseDouble(value.getValue().strip());
            } catch (NumberFormatException e) {
                throw error(value, key + "." + name.getValue() + ": '" + value.getValue() + "' is not a number");
            }
            if (values.put(name.getValue(), number) != null) {
                throw error(name, key + ": duplicate name '" + name.getValue() + "'");
            }
        }
        return Optional.of(values);
    }

    /** One of a closed set of words, written in lower case ({@code data_steward}; spaces and dashes work too). */
    <E extends Enum<E>> Optional<E> choice(String key, Class<E> type) {
        return text(key).map(value -> word(value, type, entries.get(key).getValueNode(), key));
    }

    /** A list of words of a closed set. */
    <E extends Enum<E>> Optional<List<E>> choices(String key, Class<E> type) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        List<String> words = list(key);
        List<Node> items = ((SequenceNode) tuple.getValueNode()).getValue();
        List<E> values = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            values.add(word(words.get(i), type, items.get(i), key));
        }
        return Optional.of(values);
    }

    private <E extends Enum<E>> E word(String value, Class<E> type, Node node, String key) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw error(node, key + ": '" + value + "' is not one of " + lowerCaseNames(type));
    }

    private static <E extends Enum<E>> String lowerCaseNames(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }

    UserError error(Node node, String message) {
        return new UserError(at(file, node.getStartMark()) + message);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private static String at(Path file, Mark mark) {
        if (mark == null) {
            return file + ": ";
        }
        return file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": ";
    }
}
