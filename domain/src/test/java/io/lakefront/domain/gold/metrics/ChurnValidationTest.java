package io.lakefront.domain.gold.metrics;

import static io.lakefront.domain.gold.metrics.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnValidationTest {
    @Test
    void aucIsTheShareOfChurnedRetainedPairsRankedRightWithTiesHalf() {
        // scores (score, label): churned 0.9, 0.4; retained 0.4, 0.1 -> pairs: (0.9>0.4) (0.9>0.1) (0.4=0.4 half) (0.4>0.1)
        List<double[]> rows = List.of(new double[] {0.9, 1}, new double[] {0.4, 1}, new double[] {0.4, 0},
                new double[] {0.1, 0});
        assertThat(ChurnValidation.auc(rows, 0)).isEqualTo(3.5 / 4);
        assertThat(ChurnValidation.auc(List.of(new double[] {0.2, 1}), 0)).isNaN();
    }

    @Test
    void theModelSeparatesLapsedFromLoyalCustomersOutOfTime() {
        ChurnValidation.Report report = new ChurnValidation().validate(MetricsCalculatorTest.churnWorld(300, 11).input(), NOW);

        assertThat(report.customers()).isEqualTo(900);
        assertThat(report.churnRate()).isBetween(0.3, 0.9);
        assertThat(report.auc()).isGreaterThan(0.8);
        assertThat(report.brier()).isLessThan(report.baseRateBrier());
        assertThat(report.calibration().stream().mapToInt(ChurnValidation.Bin::customers).sum()).isEqualTo(900);
        assertThat(report.calibrationError()).isBetween(0.0, 0.2);
    }

    @Test
    void anEmptyWorkspaceHasNothingToReport() {
        ChurnValidation.Report report = new ChurnValidation().validate(new Fixtures().input(), NOW);
        assertThat(report.customers()).isZero();
        assertThat(report.auc()).isNaN();
    }
}
