package io.lakefront.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.lakefront.app.Workspace;
import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.CompiledFilter;
import io.lakefront.domain.audience.DescribeAudience;
import io.lakefront.domain.audience.FilterCompiler;
import io.lakefront.domain.audience.nl.FilterText;
import io.lakefront.domain.audience.FilterTree;
import io.lakefront.domain.audience.InterpretRequest;
import io.lakefront.domain.audience.Interpretation;
import io.lakefront.domain.audience.SuppressionRule;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code audience "TEXT"} (CONTRACTS.md §2): the words become a filter over the workspace, printed as
 * the conditions beside their words, the typed filter, its SQL, the count or the ids. Ambiguous words
 * print a question with its choices and exit 3; {@code --answer WORDS=KEY} answers it.
 */
@Command(name = "audience", mixinStandardHelpOptions = true,
        description = "Turns a description in plain words into a filter over the workspace and prints who it selects. "
                + "Without options: the conditions and the count.")
final class AudienceCommand extends WorkspaceCommand {
    @Parameters(index = "0", paramLabel = "TEXT", description = "Who to reach, in your words: \"gold members in Texas who bought outdoor gear in the last 90 days\".")
    String text;

    @Option(names = "--explain", description = "Each condition beside the words that produced it, the words not understood and the suppression rules applied.")
    boolean explain;

    @Option(names = "--count", description = "The number of customers selected.")
    boolean count;

    @Option(names = "--ids", description = "The selected customer ids, one a line, sorted.")
    boolean ids;

    @Option(names = "--json", description = "The typed filter the words became, as JSON.")
    boolean json;

    @Option(names = "--sql", description = "The parameterized SQL the filter runs as (suppression included), with its parameters.")
    boolean sql;

    @Option(names = "--answer", paramLabel = "WORDS=KEY", description = "Answers a clarifying question: the ambiguous words and the key of the choice (repeatable).")
    Map<String, String> answers = new LinkedHashMap<>();

    @Option(names = "--no-suppression", description = "Leaves the workspace's suppression rules out (they apply by default).")
    boolean noSuppression;

    @Override
    protected int run(Workspace workspace) throws Exception {
        if (text == null || text.isBlank()) {
            throw new UserError("audience: describe the audience in words, e.g. \"gold members in Texas\"");
        }
        DescribeAudience describe = workspace.describeAudience();
        DescribeAudience.Described described = describe.describe(workspace.actor(),
                new InterpretRequest(text, Optional.empty(), answers), !noSuppression);
        Interpretation interpretation = described.interpretation();
        PrintWriter out = out();
        if (interpretation.ambiguous()) {
            Interpretation.Question question = interpretation.question().orElseThrow();
            out.println(question.text());
            for (Interpretation.Choice choice : question.choices()) {
                out.println("  " + choice.key() + "\t" + choice.label());
            }
            out.println("Answer with --answer \"" + question.words() + "=KEY\".");
            return LakefrontCommand.QUESTION;
        }
        boolean plain = !(explain || count || ids || json || sql);
        if (explain || plain) {
            explain(out, described);
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(FilterTree.write(interpretation.filter())));
        }
        if (sql) {
            CompiledFilter compiled = new FilterCompiler(workspace.clock().zone()).compile(described.audience(),
                    workspace.clock().now());
            out.println(compiled.idsSql());
            List<Object> parameters = compiled.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                out.println("-- ?" + (i + 1) + " = " + parameters.get(i));
            }
        }
        if (count) {
            out.println(describe.count(described));
        } else if (plain) {
            long suppressed = describe.suppressedCount(described);
            out.println(describe.count(described) + " customers" + (suppressed == 0 ? "" : " (" + suppressed
                    + " more held back by the suppression rules; --no-suppression includes them)"));
        }
        if (ids) {
            describe.ids(described).forEach(out::println);
        }
        return LakefrontCommand.OK;
    }

    private static void explain(PrintWriter out, DescribeAudience.Described described) {
        Interpretation interpretation = described.interpretation();
        out.println("Understood by the " + interpretation.interpreter() + " interpreter:");
        if (interpretation.conditions().isEmpty()) {
            out.println("  no condition: everyone");
        }
        for (Interpretation.InterpretedCondition condition : interpretation.conditions()) {
            out.println("  " + (condition.words().isEmpty() ? "(kept)" : "\"" + condition.words() + "\"")
                    + "  →  " + condition.description());
        }
        if (!interpretation.notUnderstood().isEmpty()) {
            out.println("Not understood: " + String.join(", ", interpretation.notUnderstood().stream()
                    .map(w -> "\"" + w + "\"").toList()));
        }
        for (SuppressionRule rule : described.suppression()) {
            out.println("Suppressed: " + rule.name() + " (" + FilterText.describe(rule.filter()) + ")");
        }
    }
}
