package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.BlockingKey;
import io.lakefront.domain.identity.BlockingRule;
import io.lakefront.domain.identity.Comparison;
import io.lakefront.domain.identity.ComparisonLevel;
import io.lakefront.domain.identity.DeterministicRule;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.NicknameTable;
import io.lakefront.domain.identity.RuleMining;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One recommendation for the rules after a source was added: what kind it is, one sentence of
 * reasoning from the source's statistics, and the edits of {@code identity.yaml} it proposes (none for
 * advice such as "not worth a blocking key"). It can be edited — a rule's fields, a comparison's
 * levels, the excluded values — before it is previewed and accepted.
 *
 * @param number    1-based place in the list ({@code rules accept --source S N})
 * @param title     short: "same loyalty id → match"
 * @param reasoning one sentence: the statistics behind it
 */
public record RuleRecommendation(int number, String source, Kind kind, String field, String title, String reasoning,
                                 List<SpecChange> changes) {
    /** What a recommendation does, in the order they are listed. */
    public enum Kind {
        /** A new id column shares values with another source's: a deterministic "same X" rule. */
        SAME_ID_RULE("same-id rule"),
        /** Values several people share (a family mailbox, a shop's default phone): ignore them. */
        EXCLUDE_SHARED_VALUES("exclude shared values"),
        /** Values gold customers share that the rules already keep apart. Advice only. */
        SHARED_VALUE_WARNING("shared value"),
        /** An identifier the rules do not block on. */
        BLOCKING_KEY("blocking key"),
        /** A field the rules do not compare. */
        COMPARISON("comparison"),
        /** Values that never meet the other sources' values: a format to check. Advice only. */
        VALUE_FORMAT("check value format"),
        /** A column too sparsely filled to be worth a blocking key. Advice only. */
        NOT_WORTH_A_KEY("not worth a key");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final Pattern JARO_WINKLER = Pattern.compile("jaro[-_ ]?winkler\\s*>=\\s*([0-9.]+)");
    private static final Pattern LEVENSHTEIN = Pattern.compile("levenshtein\\s*<=\\s*(\\d+)");
    private static final Pattern DAYS = Pattern.compile("within\\s+(\\d+)\\s+days?(\\s+or\\s+day/month\\s+swapped)?");

    public RuleRecommendation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reasoning, "reasoning");
        changes = List.copyOf(changes);
    }

    /** False for advice: nothing to accept. */
    public boolean applicable() {
        return !changes.isEmpty();
    }

    /** The rules with every change of this recommendation. */
    public IdentitySpec applyTo(IdentitySpec spec) {
        if (!applicable()) {
            throw new UserError("recommendation " + number + " (" + title + ") is advice: there is nothing to apply");
        }
        IdentitySpec changed = spec;
        for (SpecChange change : changes) {
            changed = change.applyTo(changed);
        }
        return changed;
    }

    /** What accepting it writes, in words. */
    public String describeChanges() {
        return changes.isEmpty() ? "nothing (advice)"
                : String.join("; ", changes.stream().map(SpecChange::describe).toList());
    }

    RuleRecommendation numbered(int n) {
        return new RuleRecommendation(n, source, kind, field, title, reasoning, changes);
    }

    /**
     * Edited: the deterministic rule keys on these fields, or the blocking rule on exact agreement of
     * them. The title follows; the reasoning says it was edited.
     */
    public RuleRecommendation withFields(List<String> fields) {
        List<String> clean = fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).filter(f -> !f.isEmpty())
                .distinct().toList();
        if (clean.isEmpty()) {
            throw new UserError("recommendation " + number + ": name at least one field");
        }
        List<SpecChange> edited = new ArrayList<>();
        boolean done = false;
        String newTitle = title;
        for (SpecChange change : changes) {
            if (change instanceof SpecChange.AddDeterministicRule && !done) {
                DeterministicRule rule = new DeterministicRule(RuleMining.nameOf(clean), clean);
                edited.add(new SpecChange.AddDeterministicRule(rule));
                newTitle = ProposeRules.Proposal.plainWords(rule) + " → match";
                done = true;
            } else if (change instanceof SpecChange.AddBlockingRule && !done) {
                BlockingKey[] keys = clean.stream().map(BlockingKey.Exact::new).toArray(BlockingKey[]::new);
                edited.add(new SpecChange.AddBlockingRule(BlockingRule.of(String.join(" + ", clean), keys)));
                newTitle = "block on " + String.join(" + ", clean);
                done = true;
            } else {
                edited.add(change);
            }
        }
        if (!done) {
            throw new UserError("recommendation " + number + " (" + title + ") has no rule whose fields can be edited");
        }
        return new RuleRecommendation(number, source, kind, field, newTitle, reasoning + " (edited: fields "
                + String.join(", ", clean) + ")", edited);
    }

    /** Edited: the comparison it adds has these levels ("exact, Levenshtein <= 1, Jaro-Winkler >= 0.9"). */
    public RuleRecommendation withLevels(String levels) {
        List<ComparisonLevel> parsed = new ArrayList<>();
        for (String word : levels.split(",")) {
            if (!word.isBlank()) {
                try {
                    parsed.add(level(word));
                } catch (IllegalArgumentException invalid) {
                    throw new UserError("level '" + word.strip() + "': " + invalid.getMessage());
                }
            }
        }
        if (parsed.isEmpty()) {
            throw new UserError("recommendation " + number + ": name at least one level (exact, Levenshtein <= 1, ...)");
        }
        List<SpecChange> edited = new ArrayList<>();
        boolean done = false;
        for (SpecChange change : changes) {
            if (change instanceof SpecChange.AddComparison add && !done) {
                Comparison c = add.comparison();
                edited.add(new SpecChange.AddComparison(new Comparison(c.name(), c.field(), parsed, c.termFrequency(),
                        c.coveredBy(), c.reviewIfDifferent())));
                done = true;
            } else {
                edited.add(change);
            }
        }
        if (!done) {
            throw new UserError("recommendation " + number + " (" + title + ") adds no comparison whose levels can be edited");
        }
        return new RuleRecommendation(number, source, kind, field, title, reasoning + " (edited: levels "
                + String.join(", ", parsed.stream().map(ComparisonLevel::label).toList()) + ")", edited);
    }

    /** Edited: only these values are excluded. */
    public RuleRecommendation withValues(List<String> values) {
        List<SpecChange> edited = new ArrayList<>();
        boolean done = false;
        for (SpecChange change : changes) {
            if (change instanceof SpecChange.ExcludeValues exclude && !done) {
                edited.add(new SpecChange.ExcludeValues(exclude.field(), values));
                done = true;
            } else {
                edited.add(change);
            }
        }
        if (!done) {
            throw new UserError("recommendation " + number + " (" + title + ") excludes no values");
        }
        return new RuleRecommendation(number, source, kind, field, title, reasoning, edited);
    }

    /** One comparison level as the rules file writes it. */
    static ComparisonLevel level(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        Matcher m;
        if (w.equals("exact")) {
            return new ComparisonLevel.Exact();
        }
        if (w.equals("sounds alike") || w.equals("phonetic")) {
            return new ComparisonLevel.PhoneticEqual();
        }
        if (w.equals("nickname")) {
            return new ComparisonLevel.NicknameMatch(NicknameTable.english());
        }
        if ((m = JARO_WINKLER.matcher(w)).matches()) {
            double threshold = Double.parseDouble(m.group(1));
            if (threshold <= 0 || threshold > 1) {
                throw new UserError("level '" + word.strip() + "': a Jaro-Winkler threshold lies between 0 and 1");
            }
            return new ComparisonLevel.JaroWinklerAtLeast(threshold);
        }
        if ((m = LEVENSHTEIN.matcher(w)).matches()) {
            return new ComparisonLevel.LevenshteinAtMost(Integer.parseInt(m.group(1)));
        }
        if ((m = DAYS.matcher(w)).matches()) {
            return new ComparisonLevel.DateWithin(Integer.parseInt(m.group(1)), m.group(2) != null);
        }
        throw new UserError("unknown level '" + word.strip() + "' (known: exact, nickname, sounds alike, "
                + "Jaro-Winkler >= 0.9, Levenshtein <= 1, within 31 days)");
    }
}
