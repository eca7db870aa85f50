package io.lakefront.app.cli;

import io.lakefront.domain.decision.CampaignDecision;
import io.lakefront.domain.decision.Outcome;
import io.lakefront.domain.decision.loop.Reaction;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the loop and the {@code signal} command say what a signal did: one line per campaign decision. */
final class ReactionText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private ReactionText() {
    }

    /** {@code c-00042 purchase → VIP early access: skip (Maria converted on 20 October, ...)}, one per campaign. */
    static List<String> lines(Reaction reaction) {
        String cause = reaction.signal() == null ? "due" : reaction.signal().type().code();
        String head = reaction.customerId() + " " + cause + " → ";
        List<String> lines = new ArrayList<>();
        if (reaction.duplicate()) {
            lines.add(head + "already processed (signal " + reaction.signal().signalId() + "): nothing to do");
            return lines;
        }
        if (reaction.decision().isEmpty()) {
            lines.add(head + "no such customer in the gold table: recorded, nothing decided");
            return lines;
        }
        if (reaction.decision().get().decisions().isEmpty()) {
            lines.add(head + "no live campaign today");
        }
        for (CampaignDecision d : reaction.decision().get().decisions()) {
            String why = d.headline().endsWith(".") ? d.headline().substring(0, d.headline().length() - 1) : d.headline();
            lines.add(head + d.campaign() + ": " + outcome(d) + " (" + why + ")");
        }
        return lines;
    }

    /** {@code send email Wed 21 Oct 18:00 America/Chicago}, {@code defer to Thu 22 Oct 18:00 ...}, {@code skip}. */
    static String outcome(CampaignDecision d) {
        if (d.outcome() == Outcome.SEND && d.sendAt() != null) {
            return "send " + (d.channel() == null ? "" : d.channel().code() + " ") + WHEN.format(d.sendAt()) + " "
                    + d.sendAt().getZone().getId();
        }
        if (d.outcome() == Outcome.DEFER && d.sendAt() != null) {
            return "defer to " + WHEN.format(d.sendAt()) + " " + d.sendAt().getZone().getId();
        }
        return d.outcome().code();
    }
}
