package io.lakefront.domain.identity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.Thresholds;
import org.junit.jupiter.api.Test;

class ReviewValueTest {
    private static final Thresholds BAND = new Thresholds(6, 0);

    private static QueuedPair pair(double weight, long sizeA, long sizeB, boolean together) {
        ReviewItem item = new ReviewItem(1, new RecordKey("crm", "1"), new RecordKey("shop", "2"), weight, 0.5,
                ReviewStatus.OPEN, null, 1L, null, null, null, null);
        return new QueuedPair(item, 1, sizeA, together ? 1 : 2, sizeB);
    }

    @Test
    void uncertaintyIsHighestInTheMiddleOfTheBandAndZeroAtItsEdges() {
        assertThat(ReviewValue.of(pair(3, 1, 1, false), BAND, SourceImportance.equal()).uncertainty()).isEqualTo(1.0);
        assertThat(ReviewValue.of(pair(4.5, 1, 1, false), BAND, SourceImportance.equal()).uncertainty()).isEqualTo(0.5);
        assertThat(ReviewValue.of(pair(0, 1, 1, false), BAND, SourceImportance.equal()).uncertainty()).isZero();
        assertThat(ReviewValue.of(pair(-9, 1, 1, false), BAND, SourceImportance.equal()).uncertainty()).isZero();
    }

    @Test
    void largerClustersAndImportantSourcesBreakTiesButUncertaintyLeads() {
        ReviewValue small = ReviewValue.of(pair(3, 1, 1, false), BAND, SourceImportance.equal());
        ReviewValue large = ReviewValue.of(pair(3, 40, 24, false), BAND, SourceImportance.equal());
        ReviewValue edgeButLarge = ReviewValue.of(pair(5.5, 40, 24, false), BAND, SourceImportance.equal());
        assertThat(small.join()).isCloseTo(1.0 / 6, offset(1e-9));
        assertThat(large.join()).isEqualTo(1.0);
        assertThat(large.recordsJoined()).isEqualTo(64);
        assertThat(large.value()).isGreaterThan(small.value());
        assertThat(small.value()).isGreaterThan(edgeButLarge.value());
        assertThat(large.value()).isCloseTo(100.0, offset(1e-9));

        ReviewValue minorSource = ReviewValue.of(pair(3, 1, 1, false), BAND, source -> source.equals("shop") ? 0 : 1);
        assertThat(minorSource.importance()).isEqualTo(0.5);
        assertThat(minorSource.value()).isLessThan(small.value());
        assertThat(minorSource.why(false)).contains("source importance 0.50");
    }

    @Test
    void aPairAlreadyTogetherIsWorthTheSizeOfItsCluster() {
        ReviewValue together = ReviewValue.of(pair(3, 8, 8, true), BAND, SourceImportance.equal());
        assertThat(together.recordsJoined()).isEqualTo(8);
        assertThat(together.why(true)).contains("a non-match would split 8 records");
    }

    @Test
    void answersReadTheCommandLineWords() {
        assertThat(ReviewAnswer.parse("Non-Match")).isEqualTo(ReviewAnswer.NON_MATCH);
        assertThat(ReviewAnswer.parse("non_match")).isEqualTo(ReviewAnswer.NON_MATCH);
        assertThat(ReviewAnswer.parse(" match ")).isEqualTo(ReviewAnswer.MATCH);
        assertThatThrownBy(() -> ReviewAnswer.parse("yes")).isInstanceOf(UserError.class);
        assertThat(FieldSimilarity.ofLevel("Jaro-Winkler >= 0.92")).isEqualTo(FieldSimilarity.SIMILAR);
        assertThat(FieldSimilarity.ofLevel("else")).isEqualTo(FieldSimilarity.DIFFERENT);
    }
}
