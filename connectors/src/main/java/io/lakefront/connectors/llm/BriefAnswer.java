package io.lakefront.connectors.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakefront.domain.UserError;
import io.lakefront.domain.campaign.brief.AudienceFacts;
import io.lakefront.domain.campaign.brief.BriefAnswers;
import io.lakefront.domain.campaign.brief.BriefProblem;
import io.lakefront.domain.campaign.brief.BriefTree;
import io.lakefront.domain.campaign.brief.BriefValidator;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.Channel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model's drafted plan made into a brief, or {@link VerdictAnswer.Invalid} saying what is wrong: one
 * JSON object (optionally in one ```json fence) of {@link BriefPrompt#PLAN_KEYS}, read by
 * {@link BriefTree#read} with the marketer's name, goal and audience put back in, then held to the
 * marketer's answers (channels, dates, number of messages, target, guardrails) and to
 * {@link BriefValidator} without errors. Never more than data: nothing in it is executed.
 */
final class BriefAnswer {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private BriefAnswer() {
    }

    static CampaignBrief parse(String answer, BriefAnswers answers, AudienceFacts facts, CampaignBrief offline) {
        if (answer == null || answer.isBlank()) {
            throw new VerdictAnswer.Invalid("the answer is empty");
        }
        Object root;
        try {
            root = JSON.readValue(VerdictAnswer.unfence(answer.strip()), Object.class);
        } catch (JsonProcessingException e) {
            throw new VerdictAnswer.Invalid("the answer is not one JSON object: " + e.getOriginalMessage());
        }
        if (!(root instanceof Map<?, ?> plan)) {
            throw new VerdictAnswer.Invalid("the answer is not a JSON object");
        }
        for (Object key : plan.keySet()) {
            if (!BriefPrompt.PLAN_KEYS.contains(String.valueOf(key))) {
                throw new VerdictAnswer.Invalid("unknown key '" + key + "' (expected " + String.join(", ", BriefPrompt.PLAN_KEYS) + ")");
            }
        }
        Map<String, Object> tree = new LinkedHashMap<>(BriefTree.write(offline));
        tree.keySet().removeAll(BriefPrompt.PLAN_KEYS);
        tree.remove("summary");
        for (Map.Entry<?, ?> entry : plan.entrySet()) {
            tree.put(String.valueOf(entry.getKey()), entry.getValue());
        }
        CampaignBrief brief;
        try {
            brief = BriefTree.read(tree);
        } catch (UserError wrong) {
            throw new VerdictAnswer.Invalid(wrong.getMessage());
        }
        List<String> changed = changedAnswers(brief, answers, offline);
        if (!changed.isEmpty()) {
            throw new VerdictAnswer.Invalid("the marketer's answers must stay: " + String.join("; ", changed));
        }
        List<String> errors = new ArrayList<>();
        for (BriefProblem problem : BriefValidator.validate(brief, Optional.of(facts))) {
            if (problem.error()) {
                errors.add(problem.section() + ": " + problem.message());
            }
        }
        if (!errors.isEmpty()) {
            throw new VerdictAnswer.Invalid("the plan has errors: " + String.join("; ", errors));
        }
        return brief;
    }

    /** What the plan changed of the marketer's answers, in words; empty when it kept them all. */
    static List<String> changedAnswers(CampaignBrief brief, BriefAnswers answers, CampaignBrief offline) {
        List<String> changed = new ArrayList<>();
        if (!answers.channels().isEmpty() && !brief.channels().equals(answers.channels())) {
            changed.add("channels must be " + codes(answers.channels()) + " (found " + codes(brief.channels()) + ")");
        }
        if (!brief.schedule().start().equals(answers.start())) {
            changed.add("start_date must be " + answers.start() + " (found " + brief.schedule().start() + ")");
        }
        if ((answers.alwaysOn() || answers.end() != null)
                && !java.util.Objects.equals(brief.schedule().end(), offline.schedule().end())) {
            changed.add("end_date must be " + (offline.schedule().end() == null ? "null (always on)" : offline.schedule().end())
                    + " (found " + brief.schedule().end() + ")");
        }
        if (answers.messages() > 0 && brief.touchpoints().size() != offline.touchpoints().size()) {
            changed.add("touchpoints must be " + offline.touchpoints().size() + " messages (found "
                    + brief.touchpoints().size() + ")");
        }
        if (answers.target() != null && Math.abs(brief.metric().target() - answers.target()) > 1e-9) {
            changed.add("metric.target must be " + answers.target() + " (found " + brief.metric().target() + ")");
        }
        if (answers.overallCap() != null && brief.guardrails().overallCap() != answers.overallCap()) {
            changed.add("guardrails.overall_cap must be " + answers.overallCap());
        }
        if (answers.capWindowDays() != null && brief.guardrails().capWindowDays() != answers.capWindowDays()) {
            changed.add("guardrails.cap_window_days must be " + answers.capWindowDays());
        }
        if (answers.quietStart() != null && brief.guardrails().quietStart() != answers.quietStart()) {
            changed.add("guardrails.quiet_start must be " + answers.quietStart());
        }
        if (answers.quietEnd() != null && brief.guardrails().quietEnd() != answers.quietEnd()) {
            changed.add("guardrails.quiet_end must be " + answers.quietEnd());
        }
        if (answers.suppressOpenTickets() != null && brief.guardrails().suppressOpenTickets() != answers.suppressOpenTickets()) {
            changed.add("guardrails.suppress_open_tickets must be " + answers.suppressOpenTickets());
        }
        if (answers.suppressConvertersDays() != null
                && brief.guardrails().suppressConvertersDays() != answers.suppressConvertersDays()) {
            changed.add("guardrails.suppress_converters_days must be " + answers.suppressConvertersDays());
        }
        return changed;
    }

    private static List<String> codes(List<Channel> channels) {
        return channels.stream().map(Channel::code).toList();
    }
}
