package io.lakefront.connectors.yaml;

import io.lakefront.connectors.file.AtomicFile;
import io.lakefront.domain.UserError;
import io.lakefront.domain.gold.CustomGoldField;
import io.lakefront.domain.gold.FieldRule;
import io.lakefront.domain.gold.GoldField;
import io.lakefront.domain.gold.GoldFieldType;
import io.lakefront.domain.gold.GoldSpec;
import io.lakefront.domain.gold.GoldTarget;
import io.lakefront.domain.gold.SurvivorshipRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * {@code gold.yaml} (CONTRACTS.md §4): survivorship per gold field, user-added fields and, per source,
 * the columns placed somewhere other than their tags propose. A field's rule is written either in
 * full ({@code rule:}, {@code sources:}, {@code order:}) or as its name alone
 * ({@code first_name: most_frequent}). Reading accepts what writing produces; every problem names
 * {@code file:line:column}, and a file with a problem changes nothing.
 */
public final class GoldSpecYaml {
    private static final String HEADER = """
            # The gold customer table for Lakefront (CONTRACTS.md sections 3 and 4). Changes take effect at
            # the next identity resolution (lakefront resolve, or Run resolution in the app).
            # fields: the survivorship rule of each gold field (left out: most_recent). Rules:
            #   source_priority (with sources: [a, b]), most_recent, most_frequent, most_complete, longest,
            #   first_non_empty (the first value ever recorded), custom_order (with order: [x, y]).
            #   Consent (email_opt_in, sms_opt_in, push_opt_in) is always most_restrictive: an opt-out wins.
            # custom_fields: fields you add: name: {type: text|number|date|boolean, rule: ...}.
            # mappings: per source, a column's place where its tag proposes another one:
            #   "Column Name": gold_field | email_opt_in | sms_opt_in | push_opt_in | created_at |
            #   updated_at | full_name | street_number | a custom field | ignore
            """;
    private static final Set<String> CONSENT = Set.of("email_opt_in", "sms_opt_in", "push_opt_in");

    private GoldSpecYaml() {
    }

    /** Reads the file; every problem is a {@link UserError} naming file, line and column. */
    public static GoldSpec read(Path file) throws IOException {
        return new Reader(file).read(null);
    }

    /** Reads an editor's text as if it were {@code shownAs}. */
    public static GoldSpec read(String text, Path shownAs) {
        try {
            return new Reader(shownAs).read(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the specification, replacing the file in one step. */
    public static void write(GoldSpec spec, Path file) throws IOException {
        AtomicFile.write(file, text(spec));
    }

    public static String text(GoldSpec spec) {
        StringBuilder out = new StringBuilder(HEADER);
        out.append("fields:\n");
        for (GoldField field : GoldField.values()) {
            rule(out, "  ", field.columnName(), spec.rule(field));
        }
        for (String consent : List.of("email_opt_in", "sms_opt_in", "push_opt_in")) {
            out.append("  ").append(consent).append(": most_restrictive\n");
        }
        if (!spec.customFields().isEmpty()) {
            out.append("custom_fields:\n");
            for (CustomGoldField field : spec.customFields()) {
                out.append("  ").append(field.name()).append(":\n");
                out.append("    type: ").append(field.type().yamlName()).append('\n');
                ruleBody(out, "    ", field.rule());
            }
        }
        if (!spec.mappings().isEmpty()) {
            out.append("mappings:\n");
            spec.mappings().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(source -> {
                out.append("  ").append(source.getKey()).append(":\n");
                source.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(column ->
                        out.append("    ").append(quoted(column.getKey())).append(": ")
                                .append(column.getValue().yamlName()).append('\n'));
            });
        }
        return out.toString();
    }

    private static void rule(StringBuilder out, String indent, String name, FieldRule rule) {
        if (rule.sources().isEmpty() && rule.order().isEmpty()) {
            out.append(indent).append(name).append(": ").append(rule.rule().yamlName()).append('\n');
            return;
        }
        out.append(indent).append(name).append(":\n");
        ruleBody(out, indent + "  ", rule);
    }

    private static void ruleBody(StringBuilder out, String indent, FieldRule rule) {
        out.append(indent).append("rule: ").append(rule.rule().yamlName()).append('\n');
        if (!rule.sources().isEmpty()) {
            out.append(indent).append("sources: ").append(list(rule.sources())).append('\n');
        }
        if (!rule.order().isEmpty()) {
            out.append(indent).append("order: ").append(list(rule.order())).append('\n');
        }
    }

    private static String list(List<String> values) {
        return values.stream().map(GoldSpecYaml::quoted).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** One read of one file. */
    private static final class Reader {
        private final YamlNodes nodes;

        Reader(Path file) {
            this.nodes = new YamlNodes(file);
        }

        GoldSpec read(String text) throws IOException {
            Node root = nodes.compose(text);
            if (root == null) {
                return GoldSpec.defaults();
            }
            Map<String, Node> top = nodes.entries(root, "gold.yaml", "fields", "custom_fields", "mappings");
            Map<GoldField, FieldRule> rules = new EnumMap<>(GoldField.class);
            Node fields = top.get("fields");
            if (!YamlNodes.isNull(fields)) {
                nodes.entries(fields, "fields").forEach((name, node) -> {
                    if (CONSENT.contains(name)) {
                        FieldRule rule = rule(node, name);
                        if (rule.rule() != SurvivorshipRule.MOST_RESTRICTIVE) {
                            throw nodes.error(node, name + ": consent always takes the most restrictive value "
                                    + "(an opt-out anywhere wins); write most_restrictive or leave it out");
                        }
                        return;
                    }
                    GoldField field = GoldField.byColumnName(name).orElseThrow(() -> nodes.error(nodes.keyNode(fields, name),
                            "unknown gold field '" + name + "' (known: " + Arrays.stream(GoldField.values())
                                    .map(GoldField::columnName).collect(Collectors.joining(", "))
                                    + "; add your own under custom_fields)"));
                    FieldRule rule = rule(node, name);
                    if (rule.rule() == SurvivorshipRule.MOST_RESTRICTIVE) {
                        throw nodes.error(node, name + ": most_restrictive is for the consent fields only");
                    }
                    rules.put(field, rule);
                });
            }
            List<CustomGoldField> custom = new ArrayList<>();
            Node customNode = top.get("custom_fields");
            if (!YamlNodes.isNull(customNode)) {
                nodes.entries(customNode, "custom_fields").forEach((name, node) -> {
                    Map<String, Node> entries = nodes.entries(node, "custom field " + name, "type", "rule", "sources", "order");
                    GoldFieldType type = entries.containsKey("type")
                            ? word(entries.get("type"), GoldFieldType.class, name + ".type") : GoldFieldType.TEXT;
                    FieldRule rule = entries.containsKey("rule") ? rule(node, name) : FieldRule.MOST_RECENT;
                    custom.add(nodes.build(nodes.keyNode(customNode, name), () -> new CustomGoldField(name, type, rule)));
                });
            }
            Set<String> customNames = new HashSet<>();
            custom.forEach(field -> customNames.add(field.name()));
            Map<String, Map<String, GoldTarget>> mappings = new LinkedHashMap<>();
            Node mappingsNode = top.get("mappings");
            if (!YamlNodes.isNull(mappingsNode)) {
                nodes.entries(mappingsNode, "mappings").forEach((source, node) -> {
                    Map<String, GoldTarget> columns = new LinkedHashMap<>();
                    nodes.entries(node, "the mappings of " + source).forEach((column, target) -> {
                        String name = nodes.text(target, source + "." + column);
                        columns.put(column, GoldTarget.parse(name, customNames).orElseThrow(() -> nodes.error(target,
                                source + "." + column + ": '" + name + "' is not a gold field, a consent field, "
                                        + "created_at, updated_at, a custom field or ignore")));
                    });
                    mappings.put(source, columns);
                });
            }
            return nodes.build(root, () -> new GoldSpec(rules, custom, mappings));
        }

        /** A rule written as its name alone, or as {rule:, sources:, order:}. */
        private FieldRule rule(Node node, String field) {
            if (node instanceof ScalarNode) {
                SurvivorshipRule rule = word(node, SurvivorshipRule.class, field);
                return nodes.build(node, () -> new FieldRule(rule, List.of(), List.of()));
            }
            Map<String, Node> entries = nodes.entries(node, field, "rule", "sources", "order", "type");
            Node ruleNode = entries.get("rule");
            if (YamlNodes.isNull(ruleNode)) {
                throw nodes.error(node, field + ": rule is missing");
            }
            SurvivorshipRule rule = word(ruleNode, SurvivorshipRule.class, field + ".rule");
            List<String> sources = texts(entries.get("sources"), field + ".sources");
            List<String> order = texts(entries.get("order"), field + ".order");
            return nodes.build(node, () -> new FieldRule(rule, sources, order));
        }

        private List<String> texts(Node node, String what) {
            if (YamlNodes.isNull(node)) {
                return List.of();
            }
            List<String> values = new ArrayList<>();
            for (Node item : nodes.sequence(node, what)) {
                values.add(nodes.text(item, what).strip());
            }
            return values;
        }

        private <E extends Enum<E>> E word(Node node, Class<E> type, String what) {
            String value = nodes.text(node, what);
            String name = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            throw nodes.error(node, what + ": '" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }

    /** The workspace's gold.yaml, or the defaults when it has none. */
    public static GoldSpec readOrDefaults(Path file) {
        if (!java.nio.file.Files.exists(file)) {
            return GoldSpec.defaults();
        }
        try {
            return read(file);
        } catch (IOException e) {
            throw new UserError(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
