package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.review.ConfigureModelReview;
import io.lakefront.domain.identity.review.DataPolicy;
import io.lakefront.domain.identity.review.FieldPolicy;
import io.lakefront.domain.identity.review.ModelReviewSettings;
import io.lakefront.domain.identity.review.ModelVerdict;
import io.lakefront.domain.identity.review.PairReviewer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code settings llm}: shows, changes and tests the language model of the review stage. The API key
 * is read from standard input ({@code --api-key-stdin}), never from the command line (where process
 * lists and shell history would keep it), and is stored encrypted.
 */
@Command(name = "llm", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Shows the language-model settings of the review stage (llm.yaml); with options, changes them. "
                + "Without a model the review band goes straight to people.",
                "Example: settings llm --provider openai --base-url http://localhost:8080/v1 --model qwen2.5-7b-instruct --test"})
final class SettingsLlmCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--provider", paramLabel = "none|openai|ollama|anthropic",
            description = "openai = any OpenAI-compatible endpoint (llama.cpp, vLLM, LM Studio with --base-url).")
    String provider;

    @Option(names = "--base-url", paramLabel = "URL", description = "The endpoint; empty for the provider's usual one.")
    String baseUrl;

    @Option(names = "--model", paramLabel = "NAME", description = "The model name the endpoint knows.")
    String model;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "How long to wait for one answer.")
    Integer timeoutSeconds;

    @Option(names = "--attempts", paramLabel = "N", description = "Tries per pair before it is left for people (1..10).")
    Integer attempts;

    @Option(names = "--budget", paramLabel = "N", description = "The most pairs one run sends (cache hits are free).")
    Integer budget;

    @Option(names = "--threshold", paramLabel = "0.5..1", description = "Confidence from which a verdict settles a pair.")
    Double threshold;

    @Option(names = "--policy", paramLabel = "FIELD=send|mask|hash|never",
            description = "What of a field may leave the machine; repeat for more fields.")
    List<String> policies = new ArrayList<>();

    @Option(names = "--api-key-stdin", description = "Read the API key from standard input and store it encrypted.")
    boolean apiKeyFromStdin;

    @Option(names = "--forget-api-key", description = "Remove the stored API key.")
    boolean forgetApiKey;

    @Option(names = "--test", description = "Send a made-up pair (no customer data) and show the model's verdict.")
    boolean test;

    @Override
    public Integer call() throws IOException {
        WorkspaceOptions options = ((LakefrontCommand) spec.root().userObject()).workspace;
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = Workspace.open(options.directory(), options.clock())) {
            ConfigureModelReview configure = workspace.configureModelReview();
            ModelReviewSettings current = configure.settings(workspace.actor());
            ModelReviewSettings changed = changed(current);
            Optional<String> key = apiKeyFromStdin ? Optional.of(readKey()) : forgetApiKey ? Optional.of("") : Optional.empty();
            if (!changed.equals(current) || key.isPresent()) {
                configure.save(workspace.actor(), changed, key);
                out.println("saved " + configure.location());
            }
            describe(changed, configure.hasApiKey(workspace.actor())).forEach(out::println);
            if (test) {
                try {
                    ModelVerdict verdict = configure.testConnection(workspace.actor(), changed, Optional.empty());
                    out.printf(Locale.ROOT, "test: connected; the model answered %s (confidence %.2f): %s%n",
                            verdict.verdict().name().toLowerCase(Locale.ROOT), verdict.confidence(), verdict.rationale());
                } catch (PairReviewer.ReviewFailed e) {
                    throw new UserError("test: " + e.getMessage());
                }
            }
            out.flush();
        }
        return LakefrontCommand.OK;
    }

    private ModelReviewSettings changed(ModelReviewSettings current) {
        ModelReviewSettings settings = current;
        if (provider != null || baseUrl != null || model != null) {
            settings = settings.withProvider(provider == null ? current.provider() : ModelReviewSettings.Provider.ofCode(provider),
                    baseUrl == null ? current.baseUrl() : baseUrl, model == null ? current.model() : model);
        }
        if (timeoutSeconds != null || attempts != null || budget != null || threshold != null) {
            settings = settings.withLimits(timeoutSeconds == null ? current.timeout() : Duration.ofSeconds(timeoutSeconds),
                    attempts == null ? current.attempts() : attempts, budget == null ? current.budget() : budget,
                    threshold == null ? current.threshold() : threshold);
        }
        DataPolicy policy = settings.policy();
        for (String rule : policies) {
            int eq = rule.indexOf('=');
            if (eq < 1) {
                throw new UserError("--policy: '" + rule + "' is not FIELD=send|mask|hash|never");
            }
            String word = rule.substring(eq + 1).strip().toUpperCase(Locale.ROOT);
            try {
                policy = policy.with(rule.substring(0, eq).strip(), FieldPolicy.valueOf(word));
            } catch (IllegalArgumentException e) {
                throw new UserError("--policy: '" + rule.substring(eq + 1) + "' in '" + rule
                        + "' is not one of send, mask, hash, never");
            }
        }
        return settings.withPolicy(policy);
    }

    private static String readKey() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null || line.isBlank()) {
            throw new UserError("--api-key-stdin: no key on standard input (pipe it in: ... --api-key-stdin < key.txt)");
        }
        return line.strip();
    }

    static List<String> describe(ModelReviewSettings settings, boolean hasKey) {
        List<String> lines = new ArrayList<>();
        if (!settings.configured()) {
            lines.add("model: none — the review band goes straight to people");
        } else {
            lines.add("model: " + settings.modelName() + " at "
                    + (settings.baseUrl().isEmpty() ? "the provider's usual endpoint" : settings.baseUrl()));
            lines.add(String.format(Locale.ROOT, "limits: timeout %ds, %d attempts, budget %d pairs per run, "
                            + "settles at confidence >= %.2f", settings.timeout().toSeconds(), settings.attempts(),
                    settings.budget(), settings.threshold()));
        }
        lines.add("api key: " + (hasKey ? "stored (encrypted)" : "none"));
        StringBuilder policy = new StringBuilder("data policy:");
        settings.policy().fields().forEach((field, rule) -> policy.append(' ').append(field).append('=')
                .append(rule.name().toLowerCase(Locale.ROOT)));
        lines.add(policy.toString());
        return lines;
    }
}
