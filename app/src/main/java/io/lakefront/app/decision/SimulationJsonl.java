package io.lakefront.app.decision;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakefront.domain.decision.CampaignDecision;
import io.lakefront.domain.decision.Competitor;
import io.lakefront.domain.decision.Reason;
import io.lakefront.domain.decision.simulation.SimulatedProfile;
import io.lakefront.domain.decision.simulation.SimulationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;

/**
 * The simulation record of CONTRACTS.md §5, one JSON object a line: customer, campaign, outcome, message,
 * channel, {@code send_at} (ISO 8601 with the customer's offset), the reasons (code and sentence) and the
 * campaigns that competed with their priorities. Also {@code variant} (when the touchpoint is tested) and
 * {@code weight} (how many qualified customers the sampled one stands for). Missing values are {@code null}.
 */
public final class SimulationJsonl {
    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private SimulationJsonl() {
    }

    /** Writes every profile of {@code result}; returns how many lines were written. */
    public static int write(SimulationResult result, Writer out) {
        int lines = 0;
        try {
            for (SimulatedProfile profile : result.profiles()) {
                out.write(line(profile));
                out.write('\n');
                lines++;
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the simulation records", e);
        }
        return lines;
    }

    static String line(SimulatedProfile profile) throws IOException {
        CampaignDecision decision = profile.decision();
        java.io.StringWriter text = new java.io.StringWriter(512);
        try (JsonGenerator json = JSON.getFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("customer_id", profile.customerId());
            json.writeStringField("campaign", decision.campaign());
            json.writeStringField("outcome", decision.outcome().code());
            json.writeStringField("message", decision.message());
            json.writeStringField("channel", decision.channel() == null ? null : decision.channel().code());
            json.writeStringField("send_at", decision.sendAt() == null ? null
                    : decision.sendAt().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            json.writeStringField("variant", decision.variant());
            json.writeArrayFieldStart("reasons");
            for (Reason reason : decision.reasons()) {
                json.writeStartObject();
                json.writeStringField("code", reason.code().name());
                json.writeStringField("text", reason.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("competing");
            for (Competitor competitor : decision.competing()) {
                json.writeStartObject();
                json.writeStringField("campaign", competitor.campaign());
                json.writeNumberField("priority", round(competitor.priority()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("weight", round(profile.weight()));
            json.writeEndObject();
        }
        return text.toString();
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
