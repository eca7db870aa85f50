package io.lakefront.domain.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The pairs a run compares, each once: rules are taken in order and a rule adds only the pairs no
 * earlier rule brought together (checked on the earlier rules' block ids, so no set of pairs seen
 * is kept). Deterministic rules come first, so a pair they settle carries its rule. Blocks are
 * cut into tasks of similar work that run on all cores; the results are joined in task order, so
 * the pairs come out in the same order on every run.
 */
final class CandidatePairs {
    private static final long TASK_COMPARISONS = 1 << 16;

    /**
     * @param a       per pair, the smaller record id
     * @param b       per pair, the larger record id
     * @param ruleOf  per pair, the index of the rule that added it
     * @param perRule pairs each rule added
     */
    record Outcome(int[] a, int[] b, byte[] ruleOf, long[] perRule) {
        int size() {
            return a.length;
        }
    }

    private record Task(int rule, int fromBlock, int toBlock, long work) {
    }

    private CandidatePairs() {
    }

    static Outcome find(List<BlockIndex> rules) {
        if (rules.size() > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Byte.MAX_VALUE + " blocking and deterministic rules, got "
                    + rules.size());
        }
        List<Task> tasks = tasks(rules);
        Rows rows = Rows.of(rules);
        long[][] found = new long[tasks.size()][];
        IntStream.range(0, tasks.size()).parallel().forEach(t -> found[t] = pairsOf(tasks.get(t), rules, rows));
        long total = 0;
        for (long[] pairs : found) {
            total += pairs.length;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("blocking produced " + total + " pairs; tighten the blocking rules");
        }
        int[] a = new int[(int) total];
        int[] b = new int[(int) total];
        byte[] ruleOf = new byte[(int) total];
        long[] perRule = new long[rules.size()];
        int at = 0;
        for (int t = 0; t < found.length; t++) {
            for (long pair : found[t]) {
                a[at] = LongList.first(pair);
                b[at] = LongList.second(pair);
                ruleOf[at++] = (byte) tasks.get(t).rule();
            }
            perRule[tasks.get(t).rule()] += found[t].length;
            found[t] = null;
        }
        return new Outcome(a, b, ruleOf, perRule);
    }

    private static List<Task> tasks(List<BlockIndex> rules) {
        List<Task> tasks = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            BlockIndex index = rules.get(r);
            int from = 0;
            long work = 0;
            for (int b = 0; b < index.blocks(); b++) {
                work += index.comparisons(b);
                if (work >= TASK_COMPARISONS) {
                    tasks.add(new Task(r, from, b + 1, work));
                    from = b + 1;
                    work = 0;
                }
            }
            if (from < index.blocks()) {
                tasks.add(new Task(r, from, index.blocks(), work));
            }
        }
        return tasks;
    }

    private static long[] pairsOf(Task task, List<BlockIndex> rules, Rows rows) {
        BlockIndex index = rules.get(task.rule());
        long[] pairs = new long[(int) task.work()];
        int found = 0;
        int earlier = task.rule();
        int[] blocks = new int[0];
        int[] positions = new int[0];
        for (int block = task.fromBlock(); block < task.toBlock(); block++) {
            int size = index.blockSize(block);
            if (size < 2) {
                continue;
            }
            // The members' earlier-rule rows, gathered once per block: each pair then reads local memory.
            if (blocks.length < size * earlier) {
                blocks = new int[size * earlier];
                positions = new int[size * earlier];
            }
            for (int i = 0; i < size; i++) {
                int row = index.member(block, i) * rows.width();
                System.arraycopy(rows.blocks(), row, blocks, i * earlier, earlier);
                System.arraycopy(rows.positions(), row, positions, i * earlier, earlier);
            }
            int reach = index.windowed(block) ? index.window() : size;
            for (int i = 0; i < size; i++) {
                int a = index.member(block, i);
                int end = Math.min(size, i + reach);
                for (int k = i + 1; k < end; k++) {
                    if (!comparedEarlier(rules, earlier, blocks, positions, i * earlier, k * earlier)) {
                        pairs[found++] = LongList.pair(a, index.member(block, k));
                    }
                }
            }
        }
        return found == pairs.length ? pairs : java.util.Arrays.copyOf(pairs, found);
    }

    /** Whether a rule before {@code rule} compared the two members whose rows start at the offsets. */
    private static boolean comparedEarlier(List<BlockIndex> rules, int rule, int[] blocks, int[] positions, int rowA,
                                           int rowB) {
        for (int earlier = 0; earlier < rule; earlier++) {
            int block = blocks[rowA + earlier];
            if (block != BlockIndex.NONE && block == blocks[rowB + earlier]) {
                BlockIndex index = rules.get(earlier);
                if (!index.windowed(block)
                        || Math.abs(positions[rowA + earlier] - positions[rowB + earlier]) < index.window()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Every rule's block id and block position of each record, record by record
     * ({@code blocks[record * rules + rule]}): a block's members' rows are gathered once, and
     * checking whether an earlier rule compared a pair reads no memory beyond them.
     */
    record Rows(int width, int[] blocks, int[] positions) {
        static Rows of(List<BlockIndex> rules) {
            int width = rules.size();
            int n = rules.isEmpty() ? 0 : rules.get(0).records();
            int[] blocks = new int[n * width];
            int[] positions = new int[n * width];
            for (int r = 0; r < width; r++) {
                BlockIndex index = rules.get(r);
                int rule = r;
                IntStream.range(0, n).parallel().forEach(i -> {
                    blocks[i * width + rule] = index.blockOf(i);
                    positions[i * width + rule] = index.position(i);
                });
            }
            return new Rows(width, blocks, positions);
        }
    }
}
