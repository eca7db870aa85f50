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
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
        // Each field is normalized once and each key computed once, however many rules share them.
        Map<String, String[]> normalized = new ConcurrentHashMap<>();
        spec.blocking().stream().flatMap(rule -> rule.keys().stream()).map(BlockingKey::field).distinct()
                .parallel().forEach(field -> normalized.put(field, column(records, field, generic)));
        Map<BlockingKey, String[]> codes = new ConcurrentHashMap<>();
        spec.blocking().stream().flatMap(rule -> rule.keys().stream()).distinct()
                .parallel().forEach(key -> codes.put(key, codes(key, normalized.get(key.field()), metrics)));
        List<List<BlockSize>> perRule = spec.blocking().parallelStream()
                .map(rule -> largest(rule, codes, records.size(), limit, top)).toList();
        List<BlockSize> blocks = new ArrayList<>();
        Map<String, BlockSize> largestOfRule = new HashMap<>();
        for (List<BlockSize> ofRule : perRule) {
            if (!ofRule.isEmpty()) {
                largestOfRule.put(ofRule.get(0).rule(), ofRule.get(0));
            }
            blocks.addAll(ofRule);
        }
        blocks.sort(LARGEST_FIRST);
        return new Found(blocks.subList(0, Math.min(top, blocks.size())), largestOfRule);
    }

    private static final Comparator<BlockSize> LARGEST_FIRST = Comparator.comparingInt(BlockSize::records).reversed()
            .thenComparing(BlockSize::rule).thenComparing(BlockSize::key);

    /** The rule's {@code top} largest blocks, largest first, kept in a small heap as the sizes are counted. */
    private static List<BlockSize> largest(BlockingRule rule, Map<BlockingKey, String[]> codes, int records, int limit,
                                           int top) {
        List<String[]> parts = rule.keys().stream().map(codes::get).toList();
        Map<String, int[]> sizes = new HashMap<>();
        StringBuilder key = new StringBuilder();
        for (int r = 0; r < records; r++) {
            key.setLength(0);
            boolean complete = true;
            for (int k = 0; k < parts.size() && complete; k++) {
                String code = parts.get(k)[r];
                if (code == null) {
                    complete = false;
                } else {
                    key.append(k > 0 ? "|" : "").append(code);
                }
            }
            if (complete) {
                sizes.computeIfAbsent(key.toString(), x -> new int[1])[0]++;
            }
        }
        PriorityQueue<BlockSize> heap = new PriorityQueue<>(top + 1, LARGEST_FIRST.reversed());
        for (Map.Entry<String, int[]> block : sizes.entrySet()) {
            int size = block.getValue()[0];
            if (size >= 2 && (heap.size() < top || size >= heap.peek().records())) {
                heap.add(new BlockSize(rule.name(), block.getKey(), size, size > limit));
                if (heap.size() > top) {
                    heap.poll();
                }
            }
        }
        List<BlockSize> found = new ArrayList<>(heap);
        found.sort(LARGEST_FIRST);
        return found;
    }

    private static String[] column(List<PersonRecord> records, String field, Set<String> generic) {
        String[] values = new String[records.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = normalize(field, records.get(r).field(field), generic);
        }
        return values;
    }

    private static String[] codes(BlockingKey key, String[] values, StringMetrics metrics) {
        String[] codes = new String[values.length];
        for (int r = 0; r < codes.length; r++) {
            codes[r] = values[r] == null ? null : key.keyOf(values[r], metrics);
        }
        return codes;
    }

    /** As the engine normalizes a value before blocking on it; {@code null} when it counts as missing. */
    static String normalize(String field, String raw, Set<String> generic) {
        if (raw == null) {
            return null;
        }
        String lower = raw.trim().toLowerCase(Locale.ROOT);
        String value = singleSpaced(lower) ? lower : SPACES.matcher(lower).replaceAll(" ");
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

    /** No run of whitespace to collapse (the common case, checked without a regular expression). */
    private static boolean singleSpaced(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i > 0 && value.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /** Only a–z, 0–9 and single inner spaces. */
    private static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ')) {
                return false;
            }
        }
        return true;
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
        if (isPlain(value)) {
            return value; // already lower case, single-spaced and trimmed: nothing else would change
        }
        String withoutAccents = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
        String cleaned = NAME_NOISE.matcher(withoutAccents.replace('-', ' ')).replaceAll("");
        return SPACES.matcher(cleaned).replaceAll(" ").trim();
    }
}
