package io.lakefront.connectors.yaml;

import io.lakefront.connectors.file.AtomicFile;
import io.lakefront.domain.UserError;
import io.lakefront.domain.campaign.brief.BriefTree;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A campaign brief as a YAML file ({@code campaigns/NAME.yaml}, an export, a kept version): the
 * domain's {@link BriefTree} over SnakeYAML's node tree, so a problem the tree reports at a path
 * ({@code touchpoints[1].channel}) is reported at that value's {@code file:line:column}.
 */
public final class BriefYaml {
    private BriefYaml() {
    }

    /** The file's plain tree (scalars as text) and where each path starts. */
    record Parsed(Map<String, Object> tree, Map<String, Mark> marks, YamlNodes nodes) {
        /** True when the file holds a brief, not only the keys of a campaign from before briefs. */
        boolean holdsBrief() {
            return BriefTree.holdsBrief(tree);
        }

        CampaignBrief brief() {
            try {
                return BriefTree.read(tree);
            } catch (UserError problem) {
                throw located(problem.getMessage());
            }
        }

        private UserError located(String message) {
            int colon = message.indexOf(": ");
            String path = colon < 0 ? "" : message.substring(0, colon);
            for (String at = path; !at.isEmpty(); at = parent(at)) {
                Mark mark = marks.get(at);
                if (mark != null) {
                    return new UserError(nodes.at(mark) + message);
                }
            }
            return new UserError(nodes.at(marks.get("")) + message);
        }

        private static String parent(String path) {
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            return cut <= 0 ? "" : path.substring(0, cut);
        }
    }

    /** Reads a brief file; every problem names file, line and column. */
    public static CampaignBrief read(Path file) {
        Parsed parsed = parse(file);
        if (!parsed.holdsBrief()) {
            throw new UserError(file + ": holds a campaign but no brief (no audience_filter, metric or touchpoints)");
        }
        return parsed.brief();
    }

    /** Writes the brief to {@code file}, keeping keys other parts of Lakefront put in an existing file. */
    public static void write(CampaignBrief brief, Path file) {
        try {
            YamlMap previous = Files.exists(file) ? YamlMap.read(file) : null;
            Map<String, Object> owned = new LinkedHashMap<>();
            BriefTree.KEYS.forEach(key -> owned.put(key, null));
            owned.putAll(BriefTree.write(brief));
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFile.write(file, YamlText.write(owned, previous));
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    static Parsed parse(Path file) {
        YamlNodes nodes = new YamlNodes(file);
        Node root;
        try {
            root = nodes.compose(null);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        Map<String, Mark> marks = new HashMap<>();
        if (root == null) {
            return new Parsed(Map.of(), marks, nodes);
        }
        if (!(root instanceof MappingNode)) {
            throw nodes.error(root, "expected keys and values (key: value)");
        }
        marks.put("", root.getStartMark());
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) plain(root, "", marks, nodes);
        return new Parsed(tree, marks, nodes);
    }

    private static Object plain(Node node, String path, Map<String, Mark> marks, YamlNodes nodes) {
        if (!path.isEmpty()) {
            marks.put(path, node.getStartMark());
        }
        if (YamlNodes.isNull(node)) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < sequence.getValue().size(); i++) {
                items.add(plain(sequence.getValue().get(i), path + "[" + i + "]", marks, nodes));
            }
            return items;
        }
        Map<String, Node> entries = nodes.entries(node, path.isEmpty() ? "the file" : path);
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            map.put(key, plain(entries.get(key), path.isEmpty() ? key : path + "." + key, marks, nodes));
        }
        return map;
    }
}
