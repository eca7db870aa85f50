package io.lakefront.connectors.yaml;

import io.lakefront.connectors.file.AtomicFile;
import io.lakefront.domain.UserError;
import io.lakefront.domain.prep.ColumnPreparation;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.DateFormats;
import io.lakefront.domain.prep.SourcePreparation;
import io.lakefront.domain.prep.SourcePreparationStore;
import io.lakefront.domain.source.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The preparation part of {@code <workspace>/sources/<name>.yaml} (CONTRACTS.md §4): the key
 * {@code columns}, a list with one mapping a column in source order —
 * {@code column}, {@code tag} (CONTRACTS.md §6), {@code confidence}, {@code edited}, {@code detected}
 * (what Lakefront suggested), {@code rule} (the normalization in words, for reading) and the rule's
 * parameters {@code date_format} ({@code dd.MM.yyyy}) and {@code default_region} ({@code DE}). Other keys
 * of the file (connection, watermark) belong to other parts of Lakefront and are kept as they are.
 * A bad value is a {@link UserError} naming file, line and column.
 */
public final class SourcePrepYamlStore implements SourcePreparationStore {
    static final String COLUMNS = "columns";
    private static final Set<String> KEYS = Set.of("column", "tag", "confidence", "edited", "detected", "rule",
            ColumnPreparation.DATE_FORMAT, ColumnPreparation.DEFAULT_REGION);
    private static final String HEADER = """
            # Written by Lakefront after each prepare. Each column's tag and normalization rule:
            # change a column's tag (or set edited: true) and your choice wins from the next prepare on.
            # Parameters: date_format (e.g. dd.MM.yyyy, MM/dd/yyyy, yyyyMMdd) for dates; default_region
            # (ISO country, e.g. DE) for phone numbers written without a country code.
            """;

    private final Path folder;

    public SourcePrepYamlStore(Path workspace) {
        this.folder = workspace.resolve("sources");
    }

    public Path file(String sourceName) {
        if (!Source.isValidName(sourceName)) {
            throw new UserError("source name '" + sourceName + "': use 1-40 lower-case letters, digits or _, starting with a letter");
        }
        return folder.resolve(sourceName + ".yaml");
    }

    @Override
    public String describe(String sourceName) {
        return file(sourceName).toString();
    }

    @Override
    public Optional<SourcePreparation> load(String sourceName) {
        Path file = file(sourceName);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        YamlMap yaml = read(file);
        Optional<Node> columns = yaml.tuples().stream()
                .filter(t -> COLUMNS.equals(((ScalarNode) t.getKeyNode()).getValue()))
                .map(NodeTuple::getValueNode)
                .filter(node -> !(node instanceof ScalarNode scalar && scalar.getValue().isEmpty()))
                .findFirst();
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        if (!(columns.get() instanceof SequenceNode sequence)) {
            throw yaml.error(columns.get(), COLUMNS + ": expected a list of columns (- column: NAME)");
        }
        List<ColumnPreparation> read = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            read.add(column(yaml, item));
        }
        return Optional.of(new SourcePreparation(sourceName, read));
    }

    private static ColumnPreparation column(YamlMap yaml, Node item) {
        if (!(item instanceof MappingNode mapping)) {
            throw yaml.error(item, COLUMNS + ": each column is a mapping (column: NAME, tag: TAG, ...)");
        }
        Map<String, ScalarNode> values = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw yaml.error(tuple.getKeyNode(), COLUMNS + ": a key must be plain text");
            }
            if (!KEYS.contains(key.getValue())) {
                throw yaml.error(key, "unknown key '" + key.getValue() + "' (known: column, tag, confidence, edited, "
                        + "detected, rule, date_format, default_region)");
            }
            if (!(tuple.getValueNode() instanceof ScalarNode value)) {
                throw yaml.error(tuple.getValueNode(), key.getValue() + ": expected a single value");
            }
            if (values.put(key.getValue(), value) != null) {
                throw yaml.error(key, "duplicate key '" + key.getValue() + "'");
            }
        }
        ScalarNode column = values.get("column");
        if (column == null) {
            throw yaml.error(item, "column: missing (the column's name as the source writes it)");
        }
        ScalarNode tagNode = values.get("tag");
        if (tagNode == null) {
            throw yaml.error(item, "tag: missing for column '" + column.getValue() + "'");
        }
        ColumnTag tag = tag(yaml, tagNode, "tag");
        ColumnTag detected = values.containsKey("detected") ? tag(yaml, values.get("detected"), "detected") : null;
        double confidence = values.containsKey("confidence") ? confidence(yaml, values.get("confidence")) : 1.0;
        boolean edited = values.containsKey("edited") && bool(yaml, values.get("edited"));
        Map<String, String> parameters = new LinkedHashMap<>();
        ScalarNode format = values.get(ColumnPreparation.DATE_FORMAT);
        if (format != null && !format.getValue().isBlank()) {
            if (DateFormats.pattern(format.getValue()).isEmpty()) {
                throw yaml.error(format, "date_format: '" + format.getValue() + "' is not one of "
                        + String.join(", ", DateFormats.known()));
            }
            parameters.put(ColumnPreparation.DATE_FORMAT, format.getValue().strip());
        }
        ScalarNode region = values.get(ColumnPreparation.DEFAULT_REGION);
        if (region != null && !region.getValue().isBlank()) {
            String code = region.getValue().strip().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{2}")) {
                throw yaml.error(region, "default_region: '" + region.getValue() + "' is not a two-letter country code (DE, US, GB, ...)");
            }
            parameters.put(ColumnPreparation.DEFAULT_REGION, code);
        }
        String rule = values.containsKey("rule") ? values.get("rule").getValue() : "";
        return new ColumnPreparation(column.getValue(), tag, confidence, edited, detected, rule, parameters);
    }

    private static ColumnTag tag(YamlMap yaml, ScalarNode node, String key) {
        ColumnTag tag = ColumnTag.fromCode(node.getValue());
        if (tag == null) {
            List<String> codes = new ArrayList<>();
            for (ColumnTag known : ColumnTag.values()) {
                codes.add(known.code());
            }
            throw yaml.error(node, key + ": '" + node.getValue() + "' is not a tag; use one of " + String.join(", ", codes));
        }
        return tag;
    }

    private static double confidence(YamlMap yaml, ScalarNode node) {
        try {
            double value = Double.parseDouble(node.getValue().strip());
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw yaml.error(node, "confidence: '" + node.getValue() + "' is not a number from 0 to 1");
    }

    private static boolean bool(YamlMap yaml, ScalarNode node) {
        return switch (node.getValue().strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no", "" -> false;
            default -> throw yaml.error(node, "edited: '" + node.getValue() + "' is not true or false");
        };
    }

    @Override
    public void save(SourcePreparation preparation) {
        Path file = file(preparation.source());
        YamlMap previous = Files.exists(file) ? read(file) : null;
        List<Map<String, Object>> columns = new ArrayList<>();
        for (ColumnPreparation column : preparation.columns()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("column", column.column());
            entry.put("tag", column.tag().code());
            entry.put("confidence", BigDecimal.valueOf(column.confidence()).setScale(2, RoundingMode.HALF_UP).doubleValue());
            entry.put("edited", column.edited());
            if (column.detected() != null) {
                entry.put("detected", column.detected().code());
            }
            entry.put("rule", column.rule());
            entry.putAll(column.parameters());
            columns.add(entry);
        }
        Map<String, Object> owned = new LinkedHashMap<>();
        owned.put(COLUMNS, columns);
        try {
            Files.createDirectories(folder);
            AtomicFile.write(file, HEADER + YamlText.write(owned, previous));
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    private static YamlMap read(Path file) {
        try {
            return YamlMap.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }
}
