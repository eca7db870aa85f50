package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.app.decision.SimulationJsonl;
import io.lakefront.domain.decision.Outcome;
import io.lakefront.domain.decision.simulation.SimulationRequest;
import io.lakefront.domain.decision.simulation.SimulationResult;
import io.lakefront.domain.decision.simulation.SimulationSummary;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code simulate --campaign NAME [--sample N] --out FILE.jsonl} (CONTRACTS.md §2, §5): the pre-launch
 * simulation. One JSON object a sampled profile goes to the file (or to standard output without
 * {@code --out}, the summary then going to standard error); nothing is sent and nothing changes.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Runs a campaign (a draft too) with every live campaign over a sample of the customers its audience "
                + "selects now, and writes what would happen to each one. Nothing is sent and nothing changes.")
final class SimulateCommand extends WorkspaceCommand {
    @Option(names = "--campaign", required = true, paramLabel = "NAME", description = "The campaign to simulate.")
    String campaign;

    @Option(names = "--sample", paramLabel = "N", description = "At most this many qualified customers, stratified (default ${DEFAULT-VALUE}).")
    int sample = SimulationRequest.DEFAULT_SAMPLE;

    @Option(names = "--seed", paramLabel = "S", description = "Another seed draws another sample (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--out", paramLabel = "FILE.jsonl", description = "Where the records go (one JSON object a line); standard output when left out.")
    Path outFile;

    @Override
    protected int run(Workspace workspace) throws Exception {
        SimulationRequest request = new SimulationRequest(campaign, sample, seed);
        SimulationResult result = workspace.simulateCampaign().simulate(workspace.actor(), request, new ConsoleProgress());
        PrintWriter summary = outFile == null ? spec.commandLine().getErr() : out();
        int written;
        if (outFile == null) {
            written = SimulationJsonl.write(result, out());
        } else {
            Path parent = outFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer file = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
                written = SimulationJsonl.write(result, file);
            }
        }
        printSummary(summary, result);
        if (outFile != null) {
            summary.println("Wrote " + written + " records to " + outFile);
        }
        summary.flush();
        return 0;
    }

    static void printSummary(PrintWriter out, SimulationResult result) {
        SimulationSummary s = result.summary();
        out.printf(Locale.ROOT, "Simulated '%s'%s on %,d of %,d qualified customers, with %s.%n", result.campaign(),
                result.draft() ? " (a draft, as if approved)" : "", s.sampled(), s.qualified(),
                result.competing().isEmpty() ? "no other live campaign"
                        : result.competing().size() + " other live campaign" + (result.competing().size() == 1 ? "" : "s")
                        + " (" + String.join(", ", result.competing()) + ")");
        out.println("Nothing was sent and nothing changed.");
        out.printf(Locale.ROOT, "%-10s %8s %10s%n", "outcome", "sample", "estimated");
        for (Outcome outcome : new Outcome[] {Outcome.SEND, Outcome.DEFER, Outcome.SUPPRESS, Outcome.SKIP}) {
            out.printf(Locale.ROOT, "%-10s %8d %10d%n", outcome.code(), s.count(outcome), s.estimated().getOrDefault(outcome, 0L));
        }
        if (!s.byChannel().isEmpty()) {
            out.println("Sends by channel: " + joined(s.byChannel()));
            out.println("Sends by message: " + joined(s.byMessage()));
            out.println("Sends by local hour: " + s.byHour().entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%02d:00 %d", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", ")));
        }
        if (!s.reasons().isEmpty()) {
            out.println("Why not sent: " + s.reasons().entrySet().stream()
                    .map(e -> e.getKey().toLowerCase(Locale.ROOT) + " " + e.getValue())
                    .collect(Collectors.joining(", ")));
        }
    }

    private static String joined(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
