package io.lakefront.connectors.yaml;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a top-level mapping in block style. The keys this program owns come first, in its order;
 * keys other parts of Lakefront (or the user) put in the file are kept as they were, after them.
 */
final class YamlText {
    private YamlText() {
    }

    /**
     * @param owned    the keys and values to write (text, lists of text); a null value drops the key
     * @param previous the file as read before, or {@code null}
     */
    static String write(Map<String, Object> owned, YamlMap previous) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(100);
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(options), options);
        List<NodeTuple> tuples = new ArrayList<>();
        for (Map.Entry<String, Object> entry : owned.entrySet()) {
            if (entry.getValue() != null) {
                tuples.add(new NodeTuple(yaml.represent(entry.getKey()), yaml.represent(entry.getValue())));
            }
        }
        if (previous != null) {
            Set<String> ownedKeys = owned.keySet();
            for (NodeTuple tuple : previous.tuples()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                if (!ownedKeys.contains(key)) {
                    tuples.add(tuple);
                }
            }
        }
        StringWriter out = new StringWriter();
        yaml.serialize(new MappingNode(Tag.MAP, tuples, DumperOptions.FlowStyle.BLOCK), out);
        return out.toString();
    }
}
