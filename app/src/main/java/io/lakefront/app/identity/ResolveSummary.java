package io.lakefront.app.identity;

import io.lakefront.domain.identity.Cluster;
import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.identity.Resolution;
import io.lakefront.domain.identity.ScoredPairs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.TreeSet;

/** The one-paragraph account of a file-mode run that {@code resolve} prints on stderr. */
public final class ResolveSummary {
    private ResolveSummary() {
    }

    public static String of(FileResolution run) {
        StringBuilder text = new StringBuilder();
        text.append("resolve: ").append(run.records()).append(" records from ").append(run.inputs().size())
                .append(run.inputs().size() == 1 ? " file (" : " files (");
        List<String> inputs = new ArrayList<>();
        for (ReadInput input : run.inputs()) {
            StringBuilder one = new StringBuilder(input.source()).append(": ").append(input.records().size())
                    .append(" records, ids from ").append(input.idOrigin());
            if (input.invalidValues() > 0) {
                List<String> columns = new ArrayList<>();
                input.invalidByColumn().forEach((column, count) -> columns.add(column + " " + count));
                one.append(", ").append(input.invalidValues()).append(" invalid values treated as missing (")
                        .append(String.join(", ", columns)).append(')');
            }
            inputs.add(one.toString());
        }
        text.append(String.join("; ", inputs)).append(")");
        Resolution resolution = run.resolution();
        if (resolution == null) {
            return text.append(": nothing to resolve; ").append(seconds(run.millis())).append('.').toString();
        }
        List<Cluster> clusters = resolution.clusters();
        int largest = clusters.stream().mapToInt(c -> c.members().size()).max().orElse(0);
        ScoredPairs pairs = resolution.pairs();
        text.append(" -> ").append(clusters.size()).append(" clusters (largest ").append(largest).append("); ")
                .append(pairs.size()).append(" candidate pairs scored: ")
                .append(pairs.count(MatchBand.MATCH)).append(" match, ")
                .append(pairs.count(MatchBand.REVIEW)).append(" review, ")
                .append(pairs.count(MatchBand.NON_MATCH)).append(" non_match; ");
        if (run.specFromFile()) {
            text.append("rules from the config file");
        } else {
            text.append("rules built for the fields found (")
                    .append(String.join(", ", new TreeSet<>(run.spec().fieldsUsed()))).append(')');
            if (!run.dropped().isEmpty()) {
                text.append(", ").append(run.dropped().size()).append(" default parts dropped for want of fields");
            }
        }
        int cut = resolution.diagnostics().edgesCut();
        if (cut > 0) {
            text.append("; ").append(cut).append(" match edges cut to keep clusters small");
        }
        StringJoiner phases = new StringJoiner(", ", " (engine: ", ")");
        resolution.diagnostics().millisPerPhase().forEach((phase, millis) -> phases.add(phase + " " + seconds(millis)));
        return text.append("; ").append(seconds(run.millis())).append(phases).append('.').toString();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
