package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.DeterministicRule;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.LinkConstraint;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.Resolution;
import io.lakefront.domain.identity.RuleMining;
import io.lakefront.domain.identity.SharedValue;
import io.lakefront.domain.task.TaskContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The feedback loop's rule proposals: deterministic rules ("same phone and birth date") that people's
 * decisions in force support with no (or almost no) errors, each with one sentence of reasoning and a
 * preview of what it would change in the latest run. Nothing is saved: {@link AcceptRule} does that
 * for the one a person accepts. Statistics only, no model needed.
 */
public final class ProposeRules {
    /** Records that share a value a rule keys on from this many on get an over-merge warning. */
    public static final int CROWDED_RECORDS = 4;
    /** Most proposals listed. */
    public static final int LIMIT = 10;

    /** Two records the rule would merge, side by side. */
    public record SamplePair(PersonRecord a, PersonRecord b) {
    }

    /**
     * One proposed rule.
     *
     * @param number    1-based place in the list ({@code rules accept N})
     * @param warning   the over-merge warning, or {@code null}
     * @param reasoning one sentence: the rule, its labelled support and errors, its impact
     */
    public record Proposal(int number, DeterministicRule rule, int support, int errors, long settledPairs, int newPairs, int fromReview,
                           int fromNonMatch, int clustersJoined, int largestCluster, List<SamplePair> samples,
                           String warning, String reasoning) {
        public Proposal {
            samples = List.copyOf(samples);
        }

        /** The rule in plain words: "same phone + same birth date". */
        public String plainWords() {
            return plainWords(rule);
        }

        static String plainWords(DeterministicRule rule) {
            return String.join(" + ", rule.fields().stream().map(f -> "same " + f.replace('_', ' ')).toList());
        }
    }

    /**
     * @param runId     the run the impact is measured on, or 0 when the workspace was never resolved
     * @param labels    decisions in force (people's and a model's)
     * @param spec      the rules of that run
     */
    public record Proposals(long runId, int labels, IdentitySpec spec, List<Proposal> proposals) {
        public Proposals {
            proposals = List.copyOf(proposals);
        }

        public boolean resolved() {
            return runId > 0;
        }

        /** The proposal numbered {@code number}, or a clear error. */
        public Proposal number(int number) {
            if (number < 1 || number > proposals.size()) {
                throw new io.lakefront.domain.UserError(proposals.isEmpty()
                        ? "there are no rule proposals: decide pairs in the review queue and run resolution"
                        : "no rule proposal numbered " + number + ": choose 1.." + proposals.size());
            }
            return proposals.get(number - 1);
        }
    }

    private final RecallLatestRun recall;
    private final LinkDecisionLog decisions;
    private final IdentityRules rules;
    private final int minSupport;

    public ProposeRules(RecallLatestRun recall, LinkDecisionLog decisions, IdentityRules rules) {
        this(recall, decisions, rules, RuleMining.DEFAULT_MIN_SUPPORT);
    }

    public ProposeRules(RecallLatestRun recall, LinkDecisionLog decisions, IdentityRules rules, int minSupport) {
        this.recall = recall;
        this.decisions = decisions;
        this.rules = rules;
        this.minSupport = minSupport;
    }

    public Proposals propose(Actor actor, TaskContext context) {
        actor.require(Permission.VIEW_PERSONAL_DATA);
        List<LinkConstraint> labels = decisions.inForce();
        Optional<RecallLatestRun.LatestRun> latest = recall.recall(actor, context);
        if (latest.isEmpty()) {
            return new Proposals(0, labels.size(), null, List.of());
        }
        RecallLatestRun.LatestRun run = latest.get();
        context.message("Looking for rules in " + labels.size() + " decisions");
        // Rules accepted since the run are in the file, not yet in the run's rules: not proposed again.
        List<DeterministicRule> saved = savedRules();
        return proposalsOf(run.run().id(), run.resolution(), run.spec(), run.records(), labels, saved, minSupport);
    }

    private List<DeterministicRule> savedRules() {
        try {
            return rules.load().map(IdentitySpec::deterministicRules).orElse(List.of());
        } catch (io.lakefront.domain.UserError broken) {
            return List.of(); // a file broken by hand: the rules editor shows the problem
        }
    }

    /**
     * The proposals for one run's result and the decisions in force (also for screens that hold a run).
     *
     * @param saved the rules file's deterministic rules now, which may be newer than the run's
     */
    public static Proposals proposalsOf(long runId, Resolution resolution, IdentitySpec spec, List<PersonRecord> records,
                                        List<LinkConstraint> labels, List<DeterministicRule> saved,
                                        int minSupport) {
        List<RuleMining.Candidate> candidates = RuleMining.propose(resolution, labels, saved, minSupport, LIMIT);
        Map<RecordKey, PersonRecord> byKey = new HashMap<>();
        for (PersonRecord record : records) {
            byKey.put(record.key(), record);
        }
        List<Proposal> proposals = new ArrayList<>();
        for (RuleMining.Candidate candidate : candidates) {
            List<SamplePair> samples = new ArrayList<>();
            for (RecordKey[] pair : candidate.samples()) {
                PersonRecord a = byKey.get(pair[0]);
                PersonRecord b = byKey.get(pair[1]);
                if (a != null && b != null) {
                    samples.add(new SamplePair(a, b));
                }
            }
            proposals.add(new Proposal(proposals.size() + 1, candidate.rule(), candidate.support(), candidate.errors(),
                    candidate.settledPairs(), candidate.newPairs(), candidate.fromReview(), candidate.fromNonMatch(),
                    candidate.clustersJoined(), candidate.largestCluster(), samples, warning(candidate, spec),
                    reasoning(candidate)));
        }
        return new Proposals(runId, labels.size(), spec, proposals);
    }

    static String reasoning(RuleMining.Candidate c) {
        String evidence = Proposal.plainWords(c.rule()) + " → match: " + c.support() + " labelled " + pairs(c.support())
                + ", " + c.errors() + (c.errors() == 1 ? " error" : " errors") + "; ";
        if (c.newPairs() == 0) {
            return evidence + "changes nothing in this run (it already joins all " + c.settledPairs() + " "
                    + pairs(c.settledPairs()) + " the rule settles)";
        }
        return evidence + "would merge " + c.newPairs() + " more " + pairs(c.newPairs()) + " (" + c.fromReview()
                + " from review, " + c.fromNonMatch() + " from non-match) and join " + c.clustersJoined()
                + (c.clustersJoined() == 1 ? " cluster" : " clusters") + " into others; the run already joins "
                + agreement(c) + " of the " + c.settledPairs() + " " + pairs(c.settledPairs()) + " it settles";
    }

    private static String agreement(RuleMining.Candidate c) {
        long joined = c.settledPairs() - c.newPairs();
        return c.settledPairs() == 0 ? "all" : Math.round(100.0 * joined / c.settledPairs()) + "%";
    }

    private static String pairs(long n) {
        return n == 1 ? "pair" : "pairs";
    }

    static String warning(RuleMining.Candidate c, IdentitySpec spec) {
        List<String> warnings = new ArrayList<>();
        SharedValue crowded = c.crowdedValue();
        if (crowded != null && crowded.records() >= CROWDED_RECORDS) {
            boolean contact = c.rule().fields().stream().anyMatch(f -> f.equals("phone") || f.equals("email"));
            warnings.add(crowded.records() + " records share " + String.join(" + ", c.rule().fields()) + " '"
                    + crowded.value() + "'" + (contact ? " (a family phone or a shared mailbox?)" : "")
                    + ": the rule would merge them all");
        }
        if (c.ignoredValues() > 0) {
            warnings.add(c.ignoredValues() + (c.ignoredValues() == 1 ? " value is" : " values are")
                    + " shared by more than " + spec.guards().maxSharedValue() + " records and ignored");
        }
        if (c.largestCluster() > spec.guards().maxClusterSize()) {
            warnings.add("a cluster would grow to " + c.largestCluster() + " records, past the guard of "
                    + spec.guards().maxClusterSize());
        }
        return warnings.isEmpty() ? null : "Over-merge risk: " + String.join("; ", warnings) + ".";
    }
}
