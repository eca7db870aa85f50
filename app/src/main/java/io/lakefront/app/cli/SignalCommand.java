package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.domain.UserError;
import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.decision.CampaignDecision;
import io.lakefront.domain.decision.Reason;
import io.lakefront.domain.decision.loop.Reaction;
import io.lakefront.domain.decision.loop.Signal;
import io.lakefront.domain.decision.loop.SignalType;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code signal}: records one signal and processes it in this process — effects, the customer decided
 * for again, the decision committed — and says what was decided in plain language. It works beside a
 * running {@code loop} (the database is shared).
 */
@Command(name = "signal", mixinStandardHelpOptions = true,
        description = {"Records one signal (purchase, open, click, visit, ticket_opened, ticket_closed, unsubscribe, "
                + "delivered, bounce) and decides for its customer again at once.",
                "Prints the signal's effects and every live campaign's decision with its reasons."})
final class SignalCommand extends WorkspaceCommand {
    @Option(names = "--customer", required = true, description = "The customer's id (gold customer_id).")
    String customer;

    @Option(names = "--type", required = true, description = "purchase, open, click, visit, ticket_opened, "
            + "ticket_closed, unsubscribe, delivered or bounce.")
    String type;

    @Option(names = "--channel", description = "email, sms or push (required for open, click, unsubscribe, delivered, bounce).")
    String channel;

    @Option(names = "--campaign", description = "The campaign the signal is about.")
    String campaign;

    @Option(names = "--at", description = "When it happened (ISO instant); default: the workspace clock.")
    String at;

    @Option(names = "--amount", description = "A purchase's amount.")
    String amount;

    @Option(names = "--id", description = "The signal's id (idempotency key); default: a new one.")
    String id;

    @Override
    protected int run(Workspace workspace) {
        Signal signal = signal(workspace.clock().now());
        Reaction reaction = workspace.reactToSignal().react(signal);
        print(out(), reaction);
        out().flush();
        return LakefrontCommand.OK;
    }

    private Signal signal(Instant now) {
        SignalType signalType;
        try {
            signalType = SignalType.parse(type);
        } catch (UserError e) {
            throw new UserError("--type: " + e.getMessage());
        }
        Channel ch = null;
        if (channel != null) {
            try {
                ch = Channel.parse(channel);
            } catch (UserError e) {
                throw new UserError("--channel: " + e.getMessage());
            }
        }
        Instant when;
        try {
            when = at == null ? now : Instant.parse(at.strip());
        } catch (DateTimeException e) {
            throw new UserError("--at: '" + at + "' is not an ISO instant (2026-10-20T10:00:00Z)");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        if (amount != null) {
            attributes.put("amount", amount);
        }
        try {
            return new Signal(id == null ? "cli-" + UUID.randomUUID() : id, customer, signalType, ch, campaign, when,
                    attributes);
        } catch (UserError e) {
            throw new UserError(e.getMessage().replace("attributes.amount", "--amount").replace("channel is missing",
                    "--channel is missing"));
        }
    }

    static void print(PrintWriter out, Reaction reaction) {
        Signal s = reaction.signal();
        out.printf(Locale.ROOT, "signal %s: %s for %s at %s%s%n", s.signalId(), s.type().code(), s.customerId(), s.occurredAt(),
                reaction.duplicate() ? " (already processed: nothing done)" : "");
        for (String effect : reaction.effects()) {
            out.println("  effect: " + effect);
        }
        if (reaction.duplicate()) {
            return;
        }
        if (reaction.decision().isEmpty()) {
            out.println("  " + s.customerId() + " is not in the gold table: recorded, nothing decided.");
            return;
        }
        if (reaction.decision().get().decisions().isEmpty()) {
            out.println("  No campaign is live today: nothing to decide.");
        }
        for (CampaignDecision d : reaction.decision().get().decisions()) {
            out.println(d.campaign() + ": " + ReactionText.outcome(d));
            for (Reason reason : d.reasons()) {
                out.println("  - " + reason.text());
            }
        }
        out.printf(Locale.ROOT, "decided in %.1f ms%n", reaction.elapsedNanos() / 1e6);
    }
}
