package io.lakefront.ui.identity;

import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.workspace.ProposeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One suggested rule as the Rules tab shows it: a title, the one-sentence reasoning with its impact,
 * an over-merge warning (empty when none) and a few sample pairs, each pair one line with the rule's
 * fields first.
 */
public record RuleSuggestion(String title, String reasoning, String warning, List<String> samples,
                             ProposeRules.Proposal proposal) {
    public RuleSuggestion {
        samples = List.copyOf(samples);
    }

    static RuleSuggestion of(ProposeRules.Proposal proposal) {
        List<String> fields = proposal.rule().fields();
        List<String> samples = new ArrayList<>();
        for (ProposeRules.SamplePair pair : proposal.samples()) {
            samples.add(describe(pair.a(), fields) + "   ⟷   " + describe(pair.b(), fields));
        }
        String title = proposal.rule().name() + (proposal.clustersJoined() > 0
                ? "  ·  largest cluster after: " + proposal.largestCluster() : "");
        return new RuleSuggestion(title, proposal.reasoning(), proposal.warning() == null ? "" : proposal.warning(),
                samples, proposal);
    }

    private static String describe(PersonRecord record, List<String> first) {
        List<String> values = new ArrayList<>();
        for (String field : first) {
            values.add(value(record, field));
        }
        for (String field : new TreeSet<>(record.fields().keySet())) {
            if (!first.contains(field) && !value(record, field).equals("–")) {
                values.add(value(record, field));
            }
        }
        return record.key() + ": " + String.join(", ", values);
    }

    private static String value(PersonRecord record, String field) {
        String value = record.field(field);
        return value == null || value.isBlank() ? "–" : value;
    }
}
