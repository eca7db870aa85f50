package io.lakefront.domain.demo;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** The help desk's ticket export: requesters identify themselves however they like. */
final class HelpDeskExport {
    static final String FILE = "support_tickets.csv";
    static final List<String> HEADER = List.of("Ticket #", "Requester Email", "Requester Name", "Phone", "Opened",
            "Closed", "Status", "Topic");
    private static final long FIRST_TICKET = 10_001;

    private final DemoTable table;
    private final NameBook names;
    private long tickets;

    HelpDeskExport(DemoTable table, NameBook names) {
        this.table = table;
        this.names = names;
    }

    void write(Person person, List<SupportHistory.Ticket> personTickets, SplittableRandom random) {
        for (SupportHistory.Ticket ticket : personTickets) {
            String number = Long.toString(FIRST_TICKET + tickets++);
            table.write(person.id(), number, List.of(
                    number,
                    Messiness.orMissing(email(person, random), 0.03, random),
                    Messiness.orMissing(requesterName(person, random), 0.05, random),
                    Messiness.orMissing(phone(person, random), 0.4, random),
                    DemoDates.helpDesk(ticket.opened()),
                    ticket.closed() == null ? "" : DemoDates.helpDesk(ticket.closed()),
                    ticket.status(),
                    ticket.topic()));
        }
    }

    private static String email(Person person, SplittableRandom random) {
        String email = person.workEmail() != null && Draw.chance(random, 0.4) ? person.workEmail() : person.personalEmail();
        if (Draw.chance(random, Messiness.INVALID_RATE)) {
            return Messiness.invalidEmail(email, random);
        }
        return EmailAddresses.asTyped(email, random, "help");
    }

    private String requesterName(Person person, SplittableRandom random) {
        String given = Draw.chance(random, 0.25) ? names.nickname(person.givenName(), random) : person.givenName();
        String family = person.maidenName() != null && Draw.chance(random, 0.3) ? person.maidenName() : person.familyName();
        String name = switch (random.nextInt(20)) {
            case 0, 1 -> (given + " " + family).toLowerCase(Locale.ROOT);
            case 2 -> family.toUpperCase(Locale.ROOT) + ", " + given.toUpperCase(Locale.ROOT);
            case 3 -> given;
            default -> given + " " + family;
        };
        return Messiness.maybeTypo(name, 0.03, random);
    }

    private static String phone(Person person, SplittableRandom random) {
        if (Draw.chance(random, Messiness.INVALID_RATE)) {
            return Messiness.invalidPhone(random);
        }
        Phone phone = person.landline() != null && Draw.chance(random, 0.3) ? person.landline() : person.mobile();
        return phone.anyFormat(random);
    }
}
