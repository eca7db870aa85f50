package io.lakefront.domain.demo;

import java.util.List;

/** The marketing platform's event export: machine-made, keyed by the address a message went to. */
final class MarketingExport {
    static final String FILE = "engagement_events.csv";
    static final List<String> HEADER = List.of("event_id", "contact_key", "occurred_at", "channel", "type",
            "campaign_id");

    private final DemoTable table;
    private final OpaqueIds ids;
    private long events;

    MarketingExport(DemoTable table, OpaqueIds ids) {
        this.table = table;
        this.ids = ids;
    }

    void write(Person person, List<EngagementHistory.Event> personEvents) {
        for (EngagementHistory.Event event : personEvents) {
            String id = ids.eventId(++events);
            table.write(person.id(), id, List.of(id, event.contactKey(), event.at().toString(), event.channel().label,
                    event.type(), event.campaignId()));
        }
    }
}
