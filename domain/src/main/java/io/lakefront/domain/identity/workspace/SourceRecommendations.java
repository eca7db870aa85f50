package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.IdentitySpec;
import java.util.List;

/**
 * The recommendations for one newly added source, with the statistics they come from.
 *
 * @param records  the source's person records
 * @param others   the other sources' person records it was compared with
 * @param resolved true when a resolution run gave the other records their people (clusters)
 * @param spec     the rules it was compared against (identity.yaml, or the rules a first run would build)
 */
public record SourceRecommendations(String source, int records, int others, boolean resolved, IdentitySpec spec,
                                    List<FieldProfile> profile, List<RuleRecommendation> recommendations) {
    public SourceRecommendations {
        profile = List.copyOf(profile);
        recommendations = List.copyOf(recommendations);
    }

    /** The recommendation numbered {@code number}, or a clear error. */
    public RuleRecommendation number(int number) {
        if (number < 1 || number > recommendations.size()) {
            throw new UserError(recommendations.isEmpty()
                    ? "there are no recommendations for source '" + source + "'"
                    : "no recommendation numbered " + number + " for source '" + source + "': choose 1.."
                    + recommendations.size());
        }
        return recommendations.get(number - 1);
    }
}
