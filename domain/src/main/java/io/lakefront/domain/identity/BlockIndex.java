package io.lakefront.domain.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The blocks of one rule over one run's records: which block each record is in, and each block's
 * members, found with primitive arrays (key parts are value ids, a rule's key is their packed
 * combination, blocks are numbered through a hash map and filled by a counting sort).
 *
 * <p>Blocks above {@code cap} records are skipped and reported: a block of thousands means a
 * generic value, not a person. Blocks above {@code windowFrom} records are not compared all pairs
 * with all: their members are sorted by the record's other values and each is compared with its
 * {@code window - 1} successors (a sorted neighbourhood), so that a common name in a million
 * records costs a linear number of comparisons, not a quadratic one.
 */
final class BlockIndex {
    static final int NONE = -1;
    private static final int RANK_BITS = 21;
    private static final int MAX_RANK = (1 << RANK_BITS) - 1;

    private final BlockingRule rule;
    private final int[] blockOf;
    private final int[] position;
    private final int[] start;
    private final int[] members;
    private final int windowFrom;
    private final int window;
    private final List<SkippedBlock> skipped;
    private final KeyParts parts;
    private final List<Column> sortBy;

    private BlockIndex(BlockingRule rule, int[] blockOf, int[] position, int[] start, int[] members, int windowFrom,
                       int window, List<SkippedBlock> skipped, KeyParts parts, List<Column> sortBy) {
        this.rule = rule;
        this.blockOf = blockOf;
        this.position = position;
        this.start = start;
        this.members = members;
        this.windowFrom = windowFrom;
        this.window = window;
        this.skipped = skipped;
        this.parts = parts;
        this.sortBy = List.copyOf(sortBy.subList(0, Math.min(2, sortBy.size())));
    }

    /**
     * @param sortBy columns whose value ranks order the members of a windowed block (at most two)
     */
    static BlockIndex build(BlockingRule rule, PreparedRecords records, int cap, int windowFrom, int window,
                            List<Column> sortBy) {
        KeyParts parts = KeyParts.of(rule, records);
        int n = records.size();
        int[] blockOf = parts.blockIds(n);
        int blocks = parts.blocks();
        int[] size = new int[blocks];
        for (int r = 0; r < n; r++) {
            if (blockOf[r] != NONE) {
                size[blockOf[r]]++;
            }
        }
        List<SkippedBlock> skipped = new ArrayList<>();
        int[] firstMember = new int[blocks];
        Arrays.fill(firstMember, NONE);
        for (int r = 0; r < n; r++) {
            int block = blockOf[r];
            if (block != NONE && size[block] > cap) {
                if (firstMember[block] == NONE) {
                    firstMember[block] = r;
                    skipped.add(new SkippedBlock(rule.name(), parts.label(r), size[block]));
                }
                blockOf[r] = NONE;
            }
        }
        for (int b = 0; b < blocks; b++) {
            if (size[b] > cap) {
                size[b] = 0;
            }
        }
        int[] start = new int[blocks + 1];
        for (int b = 0; b < blocks; b++) {
            start[b + 1] = start[b] + size[b];
        }
        int[] members = new int[start[blocks]];
        int[] fill = Arrays.copyOf(start, blocks);
        for (int r = 0; r < n; r++) {
            if (blockOf[r] != NONE) {
                members[fill[blockOf[r]]++] = r;
            }
        }
        int[] position = new int[n];
        int[][] ranks = new int[sortBy.size()][];
        for (int s = 0; s < ranks.length; s++) {
            ranks[s] = sortBy.get(s).ranks(MAX_RANK);
        }
        long[] keys = new long[0];
        for (int b = 0; b < blocks; b++) {
            int from = start[b];
            int count = start[b + 1] - from;
            if (count > windowFrom) {
                if (keys.length < count) {
                    keys = new long[count];
                }
                for (int i = 0; i < count; i++) {
                    int r = members[from + i];
                    keys[i] = sortKey(sortBy, ranks, r) << RANK_BITS | i;
                }
                Arrays.sort(keys, 0, count);
                int[] sorted = new int[count];
                for (int i = 0; i < count; i++) {
                    sorted[i] = members[from + (int) (keys[i] & MAX_RANK)];
                }
                System.arraycopy(sorted, 0, members, from, count);
            }
            for (int i = 0; i < count; i++) {
                position[members[from + i]] = i;
            }
        }
        skipped.sort((x, y) -> Integer.compare(y.records(), x.records()));
        return new BlockIndex(rule, blockOf, position, start, members, windowFrom, window, skipped, parts, sortBy);
    }

    /** Up to two value ranks in 42 bits; a missing value sorts last. */
    private static long sortKey(List<Column> sortBy, int[][] ranks, int record) {
        long key = 0;
        for (int s = 0; s < 2; s++) {
            long rank = MAX_RANK;
            if (s < ranks.length) {
                int id = sortBy.get(s).ids()[record];
                rank = id == Column.MISSING ? MAX_RANK : ranks[s][id];
            }
            key = key << RANK_BITS | rank;
        }
        return key;
    }

    BlockingRule rule() {
        return rule;
    }

    int blocks() {
        return start.length - 1;
    }

    int blockOf(int record) {
        return blockOf[record];
    }

    /** The record's place in its block (in sorted order for a windowed block). */
    int position(int record) {
        return position[record];
    }

    int records() {
        return blockOf.length;
    }

    int blockSize(int block) {
        return start[block + 1] - start[block];
    }

    int member(int block, int index) {
        return members[start[block] + index];
    }

    boolean windowed(int block) {
        return blockSize(block) > windowFrom;
    }

    int window() {
        return window;
    }

    /** Pairs the block is compared in: all of them, or those within the window. */
    long comparisons(int block) {
        long s = blockSize(block);
        if (s <= windowFrom) {
            return s * (s - 1) / 2;
        }
        long w = Math.min(window - 1, s - 1);
        return s * w - w * (w + 1) / 2;
    }

    /** Whether this rule compares the two records. */
    boolean compares(int a, int b) {
        int block = blockOf[a];
        if (block == NONE || block != blockOf[b]) {
            return false;
        }
        return !windowed(block) || Math.abs(position[a] - position[b]) < window;
    }

    /**
     * Where a record of {@code records} (which extend the indexed ones) would sit among a windowed
     * block's sorted members: members are ordered by their sort values, so a binary search on the
     * values finds the place without ranks for values the index never saw.
     */
    int insertionPoint(PreparedRecords records, int record, int block) {
        String[] values = new String[sortBy.size()];
        for (int s = 0; s < values.length; s++) {
            values[s] = records.value(sortBy.get(s).field(), record);
        }
        int low = 0;
        int high = blockSize(block);
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (compareSortValues(values, member(block, middle)) > 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private int compareSortValues(String[] values, int member) {
        for (int s = 0; s < values.length; s++) {
            String theirs = sortBy.get(s).valueOf(member);
            int order = values[s] == null ? (theirs == null ? 0 : 1) : theirs == null ? -1 : values[s].compareTo(theirs);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    List<SkippedBlock> skipped() {
        return skipped;
    }

    KeyParts parts() {
        return parts;
    }

    /** A rule's key parts per record, as ids of the parts' key values, and how they combine into blocks. */
    static final class KeyParts {
        private final BlockingRule rule;
        private final int[][] valueIds;
        private final Column.KeyIds[] keyIds;
        private LongIntMap blockIds;
        private LongIntMap[] combined;
        private int blocks;

        private KeyParts(BlockingRule rule, int[][] valueIds, Column.KeyIds[] keyIds) {
            this.rule = rule;
            this.valueIds = valueIds;
            this.keyIds = keyIds;
        }

        static KeyParts of(BlockingRule rule, PreparedRecords records) {
            List<BlockingKey> keys = rule.keys();
            int[][] valueIds = new int[keys.size()][];
            Column.KeyIds[] keyIds = new Column.KeyIds[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                Column column = records.column(keys.get(k).field());
                valueIds[k] = column.ids();
                keyIds[k] = column.keyIds(keys.get(k));
            }
            return new KeyParts(rule, valueIds, keyIds);
        }

        /** The id of the k-th key part of a record, or NONE. */
        int part(int k, int record) {
            int value = valueIds[k][record];
            return value == Column.MISSING ? NONE : keyIds[k].ofValue()[value];
        }

        /** The record's full key packed into a long (parts numbered through maps beyond two), or NONE. */
        long key(int record, LongIntMap[] combined, boolean add) {
            long key = part(0, record);
            if (key == NONE) {
                return NONE;
            }
            for (int k = 1; k < valueIds.length; k++) {
                int next = part(k, record);
                if (next == NONE) {
                    return NONE;
                }
                key = key << 32 | next;
                if (k < valueIds.length - 1) {
                    int id = add ? combined[k - 1].putIfAbsent(key, combined[k - 1].size())
                            : combined[k - 1].get(key, NONE);
                    if (id == NONE) {
                        return NONE;
                    }
                    key = id;
                }
            }
            return key;
        }

        int[] blockIds(int n) {
            combined = new LongIntMap[Math.max(0, valueIds.length - 2)];
            for (int c = 0; c < combined.length; c++) {
                combined[c] = new LongIntMap(1024);
            }
            blockIds = new LongIntMap(Math.max(16, n / 4));
            int[] blockOf = new int[n];
            for (int r = 0; r < n; r++) {
                long key = key(r, combined, true);
                blockOf[r] = key == NONE ? NONE : blockIds.putIfAbsent(key, blockIds.size());
            }
            blocks = blockIds.size();
            return blockOf;
        }

        int blocks() {
            return blocks;
        }

        /** The block id of a key that was seen when the index was built, or NONE. */
        int blockOfKey(long key) {
            return key == NONE ? NONE : blockIds.get(key, NONE);
        }

        /** The record's key as people read it, or {@code null} when a part is missing. */
        String keyLabel(int record) {
            for (int k = 0; k < valueIds.length; k++) {
                if (part(k, record) == NONE) {
                    return null;
                }
            }
            return label(record);
        }

        /** The maps that number combined parts for rules of three or more keys. */
        LongIntMap[] combined() {
            return combined;
        }

        /** The key as people read it: its parts joined by |. */
        String label(int record) {
            StringBuilder label = new StringBuilder();
            for (int k = 0; k < valueIds.length; k++) {
                if (k > 0) {
                    label.append('|');
                }
                int part = part(k, record);
                label.append(part == NONE ? "" : keyIds[k].keys().value(part));
            }
            return label.toString();
        }
    }
}
