package io.lakefront.connectors.yaml;

import io.lakefront.domain.UserError;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
 * Reading one YAML file as a node tree so that every problem is a {@link UserError} naming
 * {@code file:line:column}: the shared checks of the configuration readers (known keys, lists, single
 * values, constructors whose checks throw).
 */
final class YamlNodes {
    private final Path file;

    YamlNodes(Path file) {
        this.file = file;
    }

    /** The file's (or, when {@code text} is given, that text's) root node; {@code null} when empty. */
    Node compose(String text) throws IOException {
        try (Reader reader = text != null ? new StringReader(text) : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return YamlMap.safeYaml().compose(reader);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw new UserError(at(mark) + problem.strip());
        } catch (YAMLException e) {
            throw new UserError(file + ": " + e.getMessage());
        }
    }

    /** A mapping's entries by key; unknown ({@code known} non-empty) and duplicate keys are errors. */
    Map<String, Node> entries(Node node, String what, String... known) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, what + ": expected keys and values (key: value)");
        }
        List<String> knownKeys = List.of(known);
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw error(tuple.getKeyNode(), "a key must be plain text");
            }
            if (!knownKeys.isEmpty() && !knownKeys.contains(key.getValue())) {
                throw error(key, "unknown key '" + key.getValue() + "' in " + what + " (known: "
                        + String.join(", ", knownKeys) + ")");
            }
            if (entries.putIfAbsent(key.getValue(), tuple.getValueNode()) != null) {
                throw error(key, "duplicate key '" + key.getValue() + "'");
            }
        }
        return entries;
    }

    /** The key node of an entry, for errors about the key itself. */
    Node keyNode(Node mapping, String key) {
        if (mapping instanceof MappingNode m) {
            for (NodeTuple tuple : m.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                    return scalar;
                }
            }
        }
        return mapping;
    }

    List<Node> sequence(Node node, String what) {
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, what + ": expected a list (- item, or [a, b])");
        }
        return sequence.getValue();
    }

    String text(Node node, String what) {
        if (!(node instanceof ScalarNode scalar) || isNull(node)) {
            throw error(node, what + ": expected a single value");
        }
        return scalar.getValue();
    }

    /** Runs a constructor whose checks throw {@link IllegalArgumentException}, as an error at the node. */
    <T> T build(Node node, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw error(node, e.getMessage());
        }
    }

    UserError error(Node node, String message) {
        return new UserError(at(node == null ? null : node.getStartMark()) + message);
    }

    String at(Mark mark) {
        return mark == null ? file + ": " : file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": ";
    }

    static boolean isNull(Node node) {
        return node == null || node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }
}
