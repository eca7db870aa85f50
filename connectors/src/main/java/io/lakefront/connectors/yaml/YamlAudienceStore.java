package io.lakefront.connectors.yaml;

import io.lakefront.connectors.file.AtomicFile;
import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.AudienceStore;
import io.lakefront.domain.audience.Suppression;
import io.lakefront.domain.audience.nl.Glossary;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.FilterTree;
import io.lakefront.domain.audience.GlossaryTerm;
import io.lakefront.domain.audience.SavedAudience;
import io.lakefront.domain.audience.SuppressionRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The workspace's audiences folder: one {@code audiences/NAME.yaml} per saved audience ({@code name},
 * {@code description}, {@code filter} in the {@link FilterTree} shape), {@code audiences/suppression.yaml}
 * ({@code rules:} name, description, enabled, filter) and {@code audiences/glossary.yaml} ({@code terms:}
 * name, phrases, meaning, filter); the built-in rules and terms while those two do not exist. Files are
 * read afresh on every call (an edit in a text editor counts at once), replaced in one step when written,
 * and every problem — the filter's too — is a {@link UserError} naming {@code file:line:column}.
 */
public final class YamlAudienceStore implements AudienceStore {
    public static final String FOLDER = "audiences";
    public static final String SUPPRESSION = "suppression.yaml";
    public static final String GLOSSARY = "glossary.yaml";
    private static final Set<String> RESERVED = Set.of("suppression", "glossary");

    private final Path folder;

    public YamlAudienceStore(Path workspace) {
        this.folder = workspace.resolve(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    @Override
    public List<SavedAudience> list() {
        List<SavedAudience> audiences = new ArrayList<>();
        for (Path file : audienceFiles()) {
            audiences.add(readAudience(file));
        }
        audiences.sort(java.util.Comparator.comparing(SavedAudience::name));
        return List.copyOf(audiences);
    }

    @Override
    public Optional<SavedAudience> find(String name) {
        if (name == null || RESERVED.contains(name)) {
            return Optional.empty();
        }
        Path file = folder.resolve(name + ".yaml");
        if (!name.matches("[a-z0-9][a-z0-9_-]{0,63}") || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(readAudience(file));
    }

    @Override
    public void save(SavedAudience audience) {
        if (RESERVED.contains(audience.name())) {
            throw new UserError("audience name '" + audience.name() + "' is taken by audiences/" + audience.name()
                    + ".yaml: choose another name");
        }
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("name", audience.name());
        top.put("description", audience.description());
        top.put("filter", plain(FilterTree.write(audience.filter())));
        write(folder.resolve(audience.name() + ".yaml"), """
                # A saved Lakefront audience: the words it was described with and the filter they became
                # (the filter is what counts). Filter shape: docs/guide/audiences.md.
                """, top);
    }

    @Override
    public boolean delete(String name) {
        if (find(name).isEmpty()) {
            return false;
        }
        try {
            return Files.deleteIfExists(folder.resolve(name + ".yaml"));
        } catch (IOException e) {
            throw new UserError(folder.resolve(name + ".yaml") + ": cannot be deleted (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public List<SuppressionRule> suppressionRules() {
        Path file = folder.resolve(SUPPRESSION);
        if (!Files.exists(file)) {
            return Suppression.defaults();
        }
        YamlNodes nodes = new YamlNodes(file);
        Node root = compose(nodes);
        if (root == null) {
            return List.of();
        }
        Node rules = nodes.entries(root, SUPPRESSION, "rules").get("rules");
        List<SuppressionRule> read = new ArrayList<>();
        if (YamlNodes.isNull(rules)) {
            return List.of();
        }
        List<Node> items = nodes.sequence(rules, "rules");
        for (int i = 0; i < items.size(); i++) {
            String what = "rules[" + i + "]";
            Map<String, Node> rule = nodes.entries(items.get(i), what, "name", "description", "enabled", "filter");
            String name = required(nodes, items.get(i), rule, "name", what).strip();
            String description = optional(nodes, rule, "description", what);
            boolean enabled = !rule.containsKey("enabled") || bool(nodes, rule.get("enabled"), what + ".enabled");
            Filter filter = filter(nodes, items.get(i), rule, what);
            if (read.stream().anyMatch(r -> r.name().equalsIgnoreCase(name))) {
                throw nodes.error(rule.get("name"), what + ".name: a rule named '" + name + "' is already in the list");
            }
            read.add(nodes.build(items.get(i), () -> new SuppressionRule(name, description, filter, enabled)));
        }
        return List.copyOf(read);
    }

    @Override
    public void saveSuppressionRules(List<SuppressionRule> rules) {
        List<Object> items = new ArrayList<>();
        for (SuppressionRule rule : rules) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", rule.name());
            item.put("description", rule.description());
            item.put("enabled", rule.enabled());
            item.put("filter", plain(FilterTree.write(rule.filter())));
            items.add(item);
        }
        write(folder.resolve(SUPPRESSION), """
                # Suppression rules: live conditions that take customers out of every audience while they hold,
                # evaluated again whenever an audience is counted and at decision time. enabled: false keeps a rule
                # without applying it. Filter shape: docs/guide/audiences.md.
                """, Map.of("rules", items));
    }

    @Override
    public List<GlossaryTerm> glossary() {
        Path file = folder.resolve(GLOSSARY);
        if (!Files.exists(file)) {
            return Glossary.defaults();
        }
        YamlNodes nodes = new YamlNodes(file);
        Node root = compose(nodes);
        if (root == null) {
            return List.of();
        }
        Node terms = nodes.entries(root, GLOSSARY, "terms").get("terms");
        if (YamlNodes.isNull(terms)) {
            return List.of();
        }
        List<GlossaryTerm> read = new ArrayList<>();
        List<Node> items = nodes.sequence(terms, "terms");
        for (int i = 0; i < items.size(); i++) {
            String what = "terms[" + i + "]";
            Map<String, Node> term = nodes.entries(items.get(i), what, "name", "phrases", "meaning", "filter");
            String name = required(nodes, items.get(i), term, "name", what).strip();
            List<String> phrases = new ArrayList<>();
            if (!YamlNodes.isNull(term.get("phrases"))) {
                for (Node phrase : nodes.sequence(term.get("phrases"), what + ".phrases")) {
                    phrases.add(nodes.text(phrase, what + ".phrases").strip());
                }
            }
            String meaning = optional(nodes, term, "meaning", what);
            Filter filter = filter(nodes, items.get(i), term, what);
            read.add(nodes.build(items.get(i), () -> new GlossaryTerm(name, phrases, meaning, filter)));
        }
        return List.copyOf(read);
    }

    @Override
    public void saveGlossary(List<GlossaryTerm> terms) {
        List<Object> items = new ArrayList<>();
        for (GlossaryTerm term : terms) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", term.name());
            item.put("phrases", List.copyOf(term.phrases()));
            item.put("meaning", term.meaning());
            item.put("filter", plain(FilterTree.write(term.filter())));
            items.add(item);
        }
        write(folder.resolve(GLOSSARY), """
                # The glossary: business terms and what they mean as a filter. A description that uses one of a
                # term's phrases gets its filter. Filter shape: docs/guide/audiences.md.
                """, Map.of("terms", items));
    }

    private SavedAudience readAudience(Path file) {
        YamlNodes nodes = new YamlNodes(file);
        Node root = compose(nodes);
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (root == null) {
            throw new UserError(file + ": empty; an audience needs at least a filter");
        }
        Map<String, Node> top = nodes.entries(root, "audience", "name", "description", "filter");
        String name = top.containsKey("name") ? nodes.text(top.get("name"), "name").strip() : stem;
        if (!name.equals(stem)) {
            throw nodes.error(top.get("name"), "name '" + name + "' differs from the file's name '" + stem
                    + "': rename the file or the audience");
        }
        String description = optional(nodes, top, "description", "audience");
        Filter filter = filter(nodes, root, top, "audience");
        return nodes.build(top.containsKey("name") ? top.get("name") : root,
                () -> new SavedAudience(name, description, filter));
    }

    private List<Path> audienceFiles() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .filter(f -> !RESERVED.contains(f.getFileName().toString().replaceFirst("\\.yaml$", "")))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + folder, e);
        }
    }

    private static Node compose(YamlNodes nodes) {
        try {
            return nodes.compose(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(YamlNodes nodes, Node at, Map<String, Node> entries, String key, String what) {
        if (YamlNodes.isNull(entries.get(key))) {
            throw nodes.error(at, what + ": missing '" + key + "'");
        }
        return nodes.text(entries.get(key), what + "." + key);
    }

    private static String optional(YamlNodes nodes, Map<String, Node> entries, String key, String what) {
        return YamlNodes.isNull(entries.get(key)) ? "" : nodes.text(entries.get(key), what + "." + key);
    }

    private static boolean bool(YamlNodes nodes, Node node, String what) {
        String value = nodes.text(node, what).strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw nodes.error(node, what + ": '" + value + "' is not true or false");
        };
    }

    /**
     * The {@code filter} entry read through {@link FilterTree#read}; its path-named problems
     * ({@code filter.all[1].field: ...}) are placed at the line and column of that part of the file.
     */
    private static Filter filter(YamlNodes nodes, Node owner, Map<String, Node> entries, String what) {
        Node node = entries.get("filter");
        if (YamlNodes.isNull(node)) {
            throw nodes.error(owner, what + ": missing 'filter'");
        }
        Map<String, Node> where = new HashMap<>();
        Object tree = plain(nodes, node, "filter", where);
        try {
            return FilterTree.read(tree);
        } catch (UserError problem) {
            String message = problem.getMessage();
            int colon = message.indexOf(": ");
            String path = colon < 0 ? "filter" : message.substring(0, colon);
            while (!where.containsKey(path) && path.contains(".")) {
                path = path.substring(0, Math.max(path.lastIndexOf('.'), path.lastIndexOf('[')));
            }
            Node at = quotedValue(message.substring(colon + 1), path, where).orElse(where.getOrDefault(path, node));
            String prefix = what.equals("audience") ? "" : what + ".";
            throw nodes.error(at, prefix + message);
        }
    }

    /** The scalar under {@code path} that a message quotes ({@code 'lots' is not a number}), to point at it. */
    private static Optional<Node> quotedValue(String message, String path, Map<String, Node> where) {
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("'([^']*)'").matcher(message);
        if (!quoted.find()) {
            return Optional.empty();
        }
        String value = quoted.group(1);
        return where.entrySet().stream()
                .filter(e -> e.getKey().startsWith(path) && e.getValue() instanceof ScalarNode scalar
                        && scalar.getValue().strip().equals(value.strip()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** A node as maps, lists and text (every scalar stays text: FilterTree reads it as the field's type). */
    private static Object plain(YamlNodes nodes, Node node, String path, Map<String, Node> where) {
        where.put(path, node);
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    throw nodes.error(tuple.getKeyNode(), path + ": a key must be plain text");
                }
                if (map.containsKey(key.getValue())) {
                    throw nodes.error(key, path + ": duplicate key '" + key.getValue() + "'");
                }
                map.put(key.getValue(), plain(nodes, tuple.getValueNode(), path + "." + key.getValue(), where));
            }
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < sequence.getValue().size(); i++) {
                list.add(plain(nodes, sequence.getValue().get(i), path + "[" + i + "]", where));
            }
            return list;
        }
        return YamlNodes.isNull(node) ? null : ((ScalarNode) node).getValue();
    }

    /** A filter tree with numbers as YAML knows them (whole numbers as integers, others as decimals). */
    private static Object plain(Object tree) {
        if (tree instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (tree instanceof List<?> list) {
            return list.stream().map(YamlAudienceStore::plain).toList();
        }
        if (tree instanceof BigDecimal number) {
            BigDecimal n = number.stripTrailingZeros();
            if (n.scale() <= 0 && n.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
                return n.longValueExact();
            }
            return Double.parseDouble(n.toPlainString());
        }
        return tree;
    }

    private static void write(Path file, String header, Map<String, Object> top) {
        try {
            AtomicFile.write(file, header + YamlText.write(top, null));
        } catch (IOException e) {
            throw new UserError(file + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }
}
