package io.lakefront.domain.campaign.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions of a brief, value by value ({@code touchpoints[1].theme},
 * {@code guardrails.overall_cap}), over the same plain tree the file is written from. The derived
 * summary and the version number are left out; status and approval are in.
 */
public final class BriefDiff {
    private static final Set<String> LEFT_OUT = Set.of("summary", "version");

    private BriefDiff() {
    }

    /** One value that differs; {@code before} or {@code after} is {@code null} when the value was added or removed. */
    public record Change(String path, String before, String after) {
        public Change {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String toString() {
            if (before == null) {
                return "+ " + path + ": " + after;
            }
            if (after == null) {
                return "- " + path + ": " + before;
            }
            return "~ " + path + ": " + before + " -> " + after;
        }
    }

    /** The changes from {@code before} to {@code after}, in the order of the file. */
    public static List<Change> between(CampaignBrief before, CampaignBrief after) {
        Map<String, String> left = flatten(BriefTree.write(before));
        Map<String, String> right = flatten(BriefTree.write(after));
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, String> entry : left.entrySet()) {
            String now = right.get(entry.getKey());
            if (!entry.getValue().equals(now)) {
                changes.add(new Change(entry.getKey(), entry.getValue(), now));
            }
        }
        for (Map.Entry<String, String> entry : right.entrySet()) {
            if (!left.containsKey(entry.getKey())) {
                changes.add(new Change(entry.getKey(), null, entry.getValue()));
            }
        }
        return List.copyOf(changes);
    }

    /** Every scalar of the tree under its path; lists of scalars are one value. */
    static Map<String, String> flatten(Map<String, Object> tree) {
        Map<String, String> flat = new LinkedHashMap<>();
        tree.forEach((key, value) -> {
            if (!LEFT_OUT.contains(key)) {
                flatten(key, value, flat);
            }
        });
        return flat;
    }

    private static void flatten(String path, Object value, Map<String, String> flat) {
        if (value instanceof Map<?, ?> map) {
            if (path.equals("audience_filter")) {
                flat.put(path, String.valueOf(value));
                return;
            }
            map.forEach((key, inner) -> flatten(path + "." + key, inner, flat));
        } else if (value instanceof List<?> list) {
            if (list.stream().allMatch(item -> !(item instanceof Map<?, ?>))) {
                flat.put(path, String.join(", ", list.stream().map(String::valueOf).toList()));
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                flatten(path + "[" + (i + 1) + "]", list.get(i), flat);
            }
        } else if (value != null) {
            flat.put(path, String.valueOf(value));
        }
    }
}
