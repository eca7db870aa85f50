package io.lakefront.domain.gold.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * Churn risk as a logistic regression on {@link ChurnFeatures}, fitted on the workspace itself:
 * features taken {@value #HORIZON_DAYS} days before "now", labelled by whether the customer bought
 * in the {@value #HORIZON_DAYS} days since, then applied to today's features — so the risk reads as
 * "probability of no purchase in the next {@value #HORIZON_DAYS} days". Features are standardized
 * and the coefficients carry a ridge penalty ({@value #RIDGE}), which keeps a small or one-sided
 * workspace from producing extreme weights: with few customers the model falls back towards the
 * observed churn rate. Fitted by Newton's method (iteratively reweighted least squares). See ADR 0012.
 */
public final class ChurnModel {
    /** The churn window: no purchase within this many days counts as churned. */
    public static final int HORIZON_DAYS = 90;
    static final double RIDGE = 1.0;
    /** A weak pull on the intercept keeps it finite when every training customer churned (or none did). */
    static final double INTERCEPT_RIDGE = 0.01;
    private static final int MAX_ITERATIONS = 50;

    private final double[] mean;
    private final double[] scale;
    /** Intercept first, then one weight a standardized feature. */
    private final double[] weights;
    private final int trainingRows;
    private final double trainingChurnRate;

    private ChurnModel(double[] mean, double[] scale, double[] weights, int trainingRows, double trainingChurnRate) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.trainingRows = trainingRows;
        this.trainingChurnRate = trainingChurnRate;
    }

    /** Fits the model; {@code churned[i]} labels {@code features.get(i)}. */
    static ChurnModel fit(List<double[]> features, boolean[] churned) {
        int n = features.size();
        int k = ChurnFeatures.COUNT;
        double[] mean = new double[k];
        double[] scale = new double[k];
        for (double[] x : features) {
            for (int j = 0; j < k; j++) {
                mean[j] += x[j] / n;
            }
        }
        for (double[] x : features) {
            for (int j = 0; j < k; j++) {
                scale[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < k; j++) {
            // A constant feature (every training customer alike) keeps weight zero.
            scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
        }
        double[][] z = new double[n][];
        int positives = 0;
        for (int i = 0; i < n; i++) {
            z[i] = standardize(features.get(i), mean, scale);
            positives += churned[i] ? 1 : 0;
        }
        double[] w = new double[k + 1];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[k + 1];
            double[][] hessian = new double[k + 1][k + 1];
            for (int i = 0; i < n; i++) {
                double p = sigmoid(dot(w, z[i]));
                double r = (churned[i] ? 1 : 0) - p;
                double v = p * (1 - p);
                for (int a = 0; a <= k; a++) {
                    gradient[a] += r * z[i][a];
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += v * z[i][a] * z[i][b];
                    }
                }
            }
            for (int a = 0; a <= k; a++) {
                double penalty = a == 0 ? INTERCEPT_RIDGE : RIDGE;
                gradient[a] -= penalty * w[a];
                hessian[a][a] += penalty;
                for (int b = 0; b < a; b++) {
                    hessian[b][a] = hessian[a][b];
                }
            }
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int a = 0; a <= k; a++) {
                w[a] += step[a];
                largest = Math.max(largest, Math.abs(step[a]));
            }
            if (largest < 1e-9) {
                break;
            }
        }
        return new ChurnModel(mean, scale, w, n, n == 0 ? Double.NaN : positives / (double) n);
    }

    /**
     * Learns from the customers as they were at {@code featuresAt}: their features then, and whether
     * they bought in the {@value #HORIZON_DAYS} days after (which must lie before "now").
     */
    static ChurnModel learn(Iterable<CustomerActivity> customers, java.time.Instant featuresAt) {
        List<double[]> features = new java.util.ArrayList<>();
        List<Boolean> labels = new java.util.ArrayList<>();
        for (CustomerActivity customer : customers) {
            double[] x = ChurnFeatures.of(customer, featuresAt);
            if (x != null) {
                features.add(x);
                labels.add(ChurnFeatures.churned(customer, featuresAt));
            }
        }
        boolean[] churned = new boolean[labels.size()];
        for (int i = 0; i < churned.length; i++) {
            churned[i] = labels.get(i);
        }
        return fit(features, churned);
    }

    /** The probability that a customer with these features buys nothing in the next {@value #HORIZON_DAYS} days. */
    double risk(double[] features) {
        return sigmoid(dot(weights, standardize(features, mean, scale)));
    }

    public int trainingRows() {
        return trainingRows;
    }

    /** The share of training customers who churned; NaN without training rows. */
    public double trainingChurnRate() {
        return trainingChurnRate;
    }

    /** Each feature's weight per standard deviation (positive: more of it, more risk), after the intercept. */
    public double[] weights() {
        return weights.clone();
    }

    public static List<String> featureNames() {
        return ChurnFeatures.NAMES;
    }

    private static double[] standardize(double[] x, double[] mean, double[] scale) {
        double[] z = new double[x.length + 1];
        z[0] = 1;
        for (int j = 0; j < x.length; j++) {
            z[j + 1] = (x[j] - mean[j]) / scale[j];
        }
        return z;
    }

    private static double dot(double[] w, double[] z) {
        double s = 0;
        for (int j = 0; j < w.length; j++) {
            s += w[j] * z[j];
        }
        return s;
    }

    static double sigmoid(double t) {
        return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
    }

    /** Gaussian elimination with partial pivoting; the ridge keeps the system positive definite. */
    private static double[] solve(double[][] matrix, double[] rhs) {
        int n = rhs.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = Arrays.copyOf(matrix[i], n + 1);
            a[i][n] = rhs[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double f = a[row][col] / a[col][col];
                for (int c = col; c <= n; c++) {
                    a[row][c] -= f * a[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double s = a[row][n];
            for (int c = row + 1; c < n; c++) {
                s -= a[row][c] * x[c];
            }
            x[row] = s / a[row][row];
        }
        return x;
    }
}
