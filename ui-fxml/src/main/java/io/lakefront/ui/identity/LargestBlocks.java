package io.lakefront.ui.identity;

import io.lakefront.domain.identity.BlockingKey;
import io.lakefront.domain.identity.BlockingRule;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.StandardFields;
import io.lakefront.domain.identity.StringMetrics;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The largest blocks of a run's blocking rules — where the comparisons go, and which generic values
 * the guard kept out. The engine reports only the blocks it skipped, so this groups the records again
 * by each rule's keys, with the engine's light normalization (case, accents, punctuation, phone digits,
 * generic values as missing). A test holds it to the engine's own list of skipped blocks.
 */
final class LargestBlocks {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NAME_NOISE = Pattern.compile("[^\\p{L}\\p{N} ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final int MIN_PHONE_DIGITS = 6;

    private LargestBlocks() {
    }

    /**
     * @param largest       the {@code top} largest blocks over all rules (of at least two records), largest first
     * @param largestOfRule each rule's largest block, for the rules that have one
     */
    record Found(List<BlockSize> largest, Map<String, BlockSize> largestOfRule) {
        Found {
            largest = List.copyOf(largest);
            largestOfRule = Map.copyOf(largestOfRule);
        }
    }

    /** The {@code top} largest blocks over all rules (of at least two records), largest first. */
    static List<BlockSize> of(List<PersonRecord> records, IdentitySpec spec, StringMetrics metrics, int top) {
        return find(records, spec, metrics, top).largest();
    }

    static Found find(List<PersonRecord> records, IdentitySpec spec, StringMetrics metrics, int top) {
        Set<String> generic = spec.guards().genericValues();
        int limit = spec.guards().maxBlockSize();
        List<BlockSize> blocks = new ArrayList<>();
        Map<String, BlockSize> largestOfRule = new HashMap<>();
        for (BlockingRule rule : spec.blocking()) {
            Map<String, Integer> sizes = new HashMap<>();
            StringBuilder key = new StringBuilder();
            for (PersonRecord record : records) {
                key.setLength(0);
                boolean complete = true;
                for (int k = 0; k < rule.keys().size() && complete; k++) {
                    BlockingKey part = rule.keys().get(k);
                    String value = normalize(part.field(), record.field(part.field()), generic);
                    String code = value == null ? null : part.keyOf(value, metrics);
                    if (code == null) {
                        complete = false;
                    } else {
                        key.append(k > 0 ? "|" : "").append(code);
                    }
                }
                if (complete) {
                    sizes.merge(key.toString(), 1, Integer::sum);
                }
            }
            List<BlockSize> ofRule = sizes.entrySet().stream()
                    .filter(e -> e.getValue() >= 2)
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(top)
                    .map(e -> new BlockSize(rule.name(), e.getKey(), e.getValue(), e.getValue() > limit))
                    .toList();
            if (!ofRule.isEmpty()) {
                largestOfRule.put(rule.name(), ofRule.get(0));
            }
            blocks.addAll(ofRule);
        }
        blocks.sort(Comparator.comparingInt(BlockSize::records).reversed()
                .thenComparing(BlockSize::rule).thenComparing(BlockSize::key));
        return new Found(blocks.subList(0, Math.min(top, blocks.size())), largestOfRule);
    }

    /** As the engine normalizes a value before blocking on it; {@code null} when it counts as missing. */
    static String normalize(String field, String raw, Set<String> generic) {
        if (raw == null) {
            return null;
        }
        String value = SPACES.matcher(raw.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (value.isEmpty() || generic.contains(value)) {
            return null;
        }
        String normalized = switch (field) {
            case StandardFields.EMAIL -> value.replace(" ", "");
            case StandardFields.PHONE -> digits(value);
            case StandardFields.NATIONAL_ID -> value.replaceAll("[\\s\\-./]", "");
            case StandardFields.BIRTH_DATE -> isoDate(value);
            default -> plainText(value);
        };
        return normalized == null || normalized.isEmpty() || generic.contains(normalized) ? null : normalized;
    }

    private static String digits(String value) {
        StringBuilder digits = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.length() < MIN_PHONE_DIGITS ? null : digits.toString();
    }

    private static String isoDate(String value) {
        var compact = COMPACT_DATE.matcher(value);
        return compact.matches() ? compact.group(1) + "-" + compact.group(2) + "-" + compact.group(3) : value;
    }

    private static String plainText(String value) {
        String withoutAccents = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
        String cleaned = NAME_NOISE.matcher(withoutAccents.replace('-', ' ')).replaceAll("");
        return SPACES.matcher(cleaned).replaceAll(" ").trim();
    }
}
