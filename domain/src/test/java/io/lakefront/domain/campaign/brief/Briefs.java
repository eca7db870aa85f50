package io.lakefront.domain.campaign.brief;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test data: facts of an audience and a brief drafted from them. */
final class Briefs {
    static final LocalDate TODAY = LocalDate.of(2026, 10, 20);

    private Briefs() {
    }

    /** An audience of {@code size} with the given consents, preferred hour 19, every signal filled in. */
    static AudienceFacts facts(long size, long email, long sms, long push) {
        Map<String, Double> coverage = new LinkedHashMap<>();
        AudienceFacts.SIGNALS.forEach(s -> coverage.put(s, 0.9));
        return new AudienceFacts(size, size * 4, Map.of(Channel.EMAIL, email, Channel.SMS, sms, Channel.PUSH, push),
                19, size / 50, size / 5, size / 10, size / 100, coverage);
    }

    static CampaignBrief winBack(AudienceFacts facts) {
        CampaignGoal goal = CampaignGoal.WIN_BACK;
        return DraftBrief.draft(BriefAnswers.defaults(goal, new BriefAudience(null, goal.defaultAudience(),
                goal.defaultFilter()), TODAY), facts);
    }
}
