package io.lakefront.domain.identity;

import java.util.List;

/**
 * People's (and, weighted lower, a language model's) decisions as labelled pairs of record ids, for
 * the feedback loop: a must-link is a labelled match, a cannot-link a labelled non-match.
 * {@link ModelTrainer} re-estimates m from the labelled matches; {@link ThresholdAdvice} finds the
 * auto-match threshold that keeps the labelled pairs at a target precision.
 */
final class Labels {
    private final int[] a;
    private final int[] b;
    private final boolean[] match;
    private final double[] weight;

    private Labels(int[] a, int[] b, boolean[] match, double[] weight) {
        this.a = a;
        this.b = b;
        this.match = match;
        this.weight = weight;
    }

    /** The constraints whose two records both take part in this run. */
    static Labels of(List<LinkConstraint> constraints, PreparedRecords records) {
        int[] a = new int[constraints.size()];
        int[] b = new int[constraints.size()];
        boolean[] match = new boolean[constraints.size()];
        double[] weight = new double[constraints.size()];
        int n = 0;
        for (LinkConstraint constraint : constraints) {
            int x = records.idOf(constraint.a());
            int y = records.idOf(constraint.b());
            if (x >= 0 && y >= 0 && constraint.labelWeight() > 0) {
                a[n] = x;
                b[n] = y;
                match[n] = constraint.kind() == LinkConstraint.Kind.MUST_LINK;
                weight[n] = constraint.labelWeight();
                n++;
            }
        }
        return new Labels(java.util.Arrays.copyOf(a, n), java.util.Arrays.copyOf(b, n), java.util.Arrays.copyOf(match, n),
                java.util.Arrays.copyOf(weight, n));
    }

    static Labels none() {
        return new Labels(new int[0], new int[0], new boolean[0], new double[0]);
    }

    int size() {
        return a.length;
    }

    int a(int i) {
        return a[i];
    }

    int b(int i) {
        return b[i];
    }

    boolean match(int i) {
        return match[i];
    }

    double weight(int i) {
        return weight[i];
    }

    /** The summed weight of the labelled matches. */
    double matches() {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += match[i] ? weight[i] : 0;
        }
        return sum;
    }
}
