package io.lakefront.domain.gold.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Checks the churn model out of time, the way it is used: it learns from the customers as they were
 * 180 days before "now" (labels from days 180..90 back), scores them as they were 90 days back, and
 * compares with what happened in the last 90 days ("churned" = no purchase in (now - 90d, now]).
 * Reports discrimination (AUC, beside a recency-only ranking), accuracy (Brier score, beside always
 * predicting the training churn rate) and calibration (ten bins of predicted risk).
 */
public final class ChurnValidation {
    private static final int BINS = 10;

    /** One bin of predicted risk: its customers, their mean prediction and the share that churned. */
    public record Bin(int customers, double meanPredicted, double observed) {
    }

    /**
     * @param customers      customers scored 90 days back
     * @param churnRate      the share of them that bought nothing since
     * @param auc            probability that a churned customer got a higher risk than a retained one
     * @param recencyAuc     the same for ranking by days since the last order alone (baseline)
     * @param brier          mean squared error of the risk
     * @param baseRateBrier  the Brier score of predicting the training churn rate for everyone (baseline)
     * @param calibrationError mean |predicted - observed| over the bins, weighted by their size
     */
    public record Report(int customers, double churnRate, double auc, double recencyAuc, double brier,
                         double baseRateBrier, double calibrationError, List<Bin> calibration) {
        /** 1 - brier / baseRateBrier: the share of the baseline's error the model removes. */
        public double brierSkill() {
            return 1 - brier / baseRateBrier;
        }
    }

    public Report validate(MetricsInput input, Instant now) {
        Map<String, CustomerActivity> customers = CustomerActivity.group(input);
        Instant horizon = now.minus(Duration.ofDays(ChurnModel.HORIZON_DAYS));
        ChurnModel model = ChurnModel.learn(customers.values(), horizon.minus(Duration.ofDays(ChurnModel.HORIZON_DAYS)));
        List<double[]> predicted = new ArrayList<>();
        for (CustomerActivity customer : customers.values()) {
            double[] x = ChurnFeatures.of(customer, horizon);
            if (x != null) {
                double recency = x[0] == 0 ? Double.MAX_VALUE : x[1];
                predicted.add(new double[] {model.risk(x), ChurnFeatures.churned(customer, horizon) ? 1 : 0, recency});
            }
        }
        int n = predicted.size();
        if (n == 0) {
            return new Report(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, List.of());
        }
        double rate = predicted.stream().mapToDouble(p -> p[1]).sum() / n;
        double brier = predicted.stream().mapToDouble(p -> (p[0] - p[1]) * (p[0] - p[1])).sum() / n;
        double base = model.trainingChurnRate();
        double baseBrier = predicted.stream().mapToDouble(p -> (base - p[1]) * (base - p[1])).sum() / n;
        List<Bin> bins = calibration(predicted);
        double error = 0;
        for (Bin bin : bins) {
            error += bin.customers() * Math.abs(bin.meanPredicted() - bin.observed()) / n;
        }
        return new Report(n, rate, auc(predicted, 0), auc(predicted, 2), brier, baseBrier, error, bins);
    }

    /** Mann-Whitney AUC of column {@code score} against the label in column 1; ties count half. */
    static double auc(List<double[]> rows, int score) {
        double[][] sorted = rows.toArray(new double[0][]);
        Arrays.sort(sorted, Comparator.comparingDouble(r -> r[score]));
        long positives = rows.stream().filter(r -> r[1] == 1).count();
        long negatives = rows.size() - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double rankSum = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1][score] == sorted[i][score]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (sorted[k][1] == 1) {
                    rankSum += rank;
                }
            }
            i = j + 1;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    private static List<Bin> calibration(List<double[]> rows) {
        int[] count = new int[BINS];
        double[] predicted = new double[BINS];
        double[] observed = new double[BINS];
        for (double[] r : rows) {
            int b = Math.min(BINS - 1, (int) (r[0] * BINS));
            count[b]++;
            predicted[b] += r[0];
            observed[b] += r[1];
        }
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                bins.add(new Bin(count[b], predicted[b] / count[b], observed[b] / count[b]));
            }
        }
        return bins;
    }
}
