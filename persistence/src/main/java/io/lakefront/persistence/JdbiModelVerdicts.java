package io.lakefront.persistence;

import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.review.ModelVerdict;
import io.lakefront.domain.identity.review.ModelVerdicts;
import io.lakefront.domain.identity.review.Verdict;
import io.lakefront.domain.identity.review.VerdictCache;
import io.lakefront.domain.identity.workspace.StoredPair;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The model's verdicts in {@code model_verdicts} (migration V7): insert and read only (triggers refuse
 * UPDATE and DELETE). A pair's newest row is its verdict; a fingerprint finds the answer to a
 * question asked before.
 */
public final class JdbiModelVerdicts implements ModelVerdicts, VerdictCache {
    private static final String COLUMNS = "source_a, record_a, source_b, record_b, verdict, confidence, rationale, model, "
            + "decided_at";

    private final Jdbi jdbi;

    JdbiModelVerdicts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(ModelVerdict verdict) {
        insert(verdict, null);
    }

    @Override
    public void remember(String fingerprint, ModelVerdict verdict) {
        insert(verdict, fingerprint);
    }

    @Override
    public Optional<ModelVerdict> latest(RecordKey x, RecordKey y) {
        RecordKey[] ordered = StoredPair.ordered(x, y);
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM model_verdicts "
                        + "WHERE source_a = :sa AND record_a = :ra AND source_b = :sb AND record_b = :rb ORDER BY id DESC LIMIT 1")
                .bind("sa", ordered[0].source())
                .bind("ra", ordered[0].recordId())
                .bind("sb", ordered[1].source())
                .bind("rb", ordered[1].recordId())
                .map((rs, ctx) -> verdict(rs))
                .findFirst());
    }

    @Override
    public Optional<ModelVerdict> cached(String fingerprint) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM model_verdicts "
                        + "WHERE fingerprint = :fingerprint ORDER BY id DESC LIMIT 1")
                .bind("fingerprint", fingerprint)
                .map((rs, ctx) -> verdict(rs))
                .findFirst());
    }

    private void insert(ModelVerdict verdict, String fingerprint) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO model_verdicts (" + COLUMNS + ", fingerprint) VALUES "
                        + "(:sa, :ra, :sb, :rb, :verdict, :confidence, :rationale, :model, :at, :fingerprint)")
                .bind("sa", verdict.a().source())
                .bind("ra", verdict.a().recordId())
                .bind("sb", verdict.b().source())
                .bind("rb", verdict.b().recordId())
                .bind("verdict", verdict.verdict().name().toLowerCase(Locale.ROOT))
                .bind("confidence", verdict.confidence())
                .bind("rationale", verdict.rationale())
                .bind("model", verdict.model())
                .bind("at", verdict.decidedAt())
                .bind("fingerprint", fingerprint)
                .execute());
    }

    private static ModelVerdict verdict(ResultSet rs) throws SQLException {
        return new ModelVerdict(new RecordKey(rs.getString("source_a"), rs.getString("record_a")),
                new RecordKey(rs.getString("source_b"), rs.getString("record_b")),
                Verdict.valueOf(rs.getString("verdict").toUpperCase(Locale.ROOT)), rs.getDouble("confidence"),
                rs.getString("rationale"), rs.getString("model"), Columns.instant(rs, "decided_at"));
    }
}
