package io.lakefront.ui.campaigns;

import io.lakefront.domain.campaign.Campaign;
import io.lakefront.domain.campaign.CampaignStatus;
import io.lakefront.ui.common.Tone;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A campaign as the list and the detail card show it. */
public record CampaignRow(String name, String goal, String status, Tone tone, List<String> channels,
                          String audience, String dates, String summary) {

    static CampaignRow of(Campaign c) {
        return new CampaignRow(c.name(), c.goal().isBlank() ? "No goal set" : capitalise(c.goal()), statusLabel(c.status()),
                tone(c.status()), c.channels().stream().map(CampaignRow::channel).toList(),
                c.audience().isBlank() ? "No audience yet" : c.audience(), dates(c.startDate(), c.endDate()), c.summary());
    }

    static String dates(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return "Not scheduled";
        }
        if (start == null) {
            return "until " + end;
        }
        return end == null ? "from " + start + " · always on" : start + " → " + end;
    }

    static String statusLabel(CampaignStatus status) {
        return capitalise(status.name().toLowerCase(Locale.ROOT));
    }

    static Tone tone(CampaignStatus status) {
        return switch (status) {
            case ACTIVE -> Tone.SUCCESS;
            case APPROVED -> Tone.ACCENT;
            case PAUSED -> Tone.WARNING;
            case DRAFT, ENDED -> Tone.NEUTRAL;
        };
    }

    /** Channel names as marketers write them: Email, SMS, Push, Web. */
    static String channel(String name) {
        return name.equalsIgnoreCase("sms") ? "SMS" : capitalise(name.toLowerCase(Locale.ROOT));
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
