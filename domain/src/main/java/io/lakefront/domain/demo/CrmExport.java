package io.lakefront.domain.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The CRM's contact export: typed in by people over years, so it has nicknames, slips, maiden
 * names, the address before the last move, and many empty fields.
 */
final class CrmExport {
    static final String FILE = "crm_contacts.csv";
    static final List<String> HEADER = List.of("Contact ID", "First Name", "Last Name", "Email", "Phone",
            "Mailing Street", "Mailing City", "Mailing State", "Mailing Zip", "Country", "Birthdate", "Gender",
            "Loyalty Tier", "Email Opt In", "SMS Opt In", "Created Date", "Last Modified");

    private final DemoTable table;
    private final OpaqueIds ids;
    private final NameBook names;
    private final Instant asOf;
    private long contacts;

    CrmExport(DemoTable table, OpaqueIds ids, NameBook names, Instant asOf) {
        this.table = table;
        this.ids = ids;
        this.names = names;
        this.asOf = asOf;
    }

    void write(Person person, LoyaltyTier tier, boolean emailOptIn, boolean smsOptIn, SplittableRandom random) {
        String id = ids.crmContact(++contacts);
        String first = Draw.chance(random, 0.18) ? names.nickname(person.givenName(), random) : person.givenName();
        String last = person.maidenName() != null && Draw.chance(random, 0.7) ? person.maidenName() : person.familyName();
        Address address = person.previousAddress() != null && Draw.chance(random, 0.7)
                ? person.previousAddress() : person.address();
        Place place = address.place();
        Instant created = person.firstSeen().plusSeconds(random.nextInt(30 * 86_400));
        if (created.isAfter(asOf)) {
            created = person.firstSeen();
        }
        Instant modified = created.plusSeconds((long) (random.nextDouble() * (asOf.getEpochSecond() - created.getEpochSecond())));
        table.write(person.id(), id, List.of(
                id,
                Messiness.orMissing(Messiness.upperOrLower(Messiness.maybeTypo(first, 0.03, random), random), 0.02, random),
                Messiness.orMissing(Messiness.upperOrLower(Messiness.maybeTypo(last, 0.03, random), random), 0.02, random),
                Messiness.orMissing(email(person, random), 0.08, random),
                Messiness.orMissing(phone(person, random), 0.12, random),
                Messiness.orMissing(Messiness.maybeTypo(address.streetLineAsTyped(random), 0.02, random), 0.06, random),
                Messiness.orMissing(Messiness.upperOrLower(place.city(), random), 0.05, random),
                Messiness.orMissing(Draw.chance(random, 0.15) ? place.regionName() : place.region(), 0.07, random),
                Messiness.orMissing(address.postcodeAsTyped(random), 0.07, random),
                Messiness.orMissing(Geography.countryAsTyped(place.country(), random), 0.10, random),
                Messiness.orMissing(DemoDates.us(birthDate(person, random)), 0.15, random),
                Messiness.orMissing(person.gender().letter, 0.10, random),
                Messiness.orMissing(tier.label(), 0.05, random),
                Messiness.orMissing(emailOptIn ? "Yes" : "No", 0.05, random),
                Messiness.orMissing(smsOptIn ? "Yes" : "No", 0.05, random),
                DemoDates.us(LocalDate.ofInstant(created, ZoneOffset.UTC)),
                DemoDates.usDateTime(modified)));
    }

    private static String email(Person person, SplittableRandom random) {
        String email = person.workEmail() != null && Draw.chance(random, 0.3) ? person.workEmail() : person.personalEmail();
        if (Draw.chance(random, Messiness.INVALID_RATE)) {
            return Messiness.invalidEmail(email, random);
        }
        return Messiness.maybeTypo(EmailAddresses.asTyped(email, random, "crm"), 0.01, random);
    }

    private static String phone(Person person, SplittableRandom random) {
        if (Draw.chance(random, Messiness.INVALID_RATE)) {
            return Messiness.invalidPhone(random);
        }
        Phone phone = person.landline() != null && Draw.chance(random, 0.4) ? person.landline() : person.mobile();
        return Draw.chance(random, 0.8) ? phone.nationalFormat() : phone.anyFormat(random);
    }

    /** Mostly right; now and then keyed in with a year in the future. */
    private LocalDate birthDate(Person person, SplittableRandom random) {
        if (Draw.chance(random, Messiness.INVALID_RATE)) {
            return LocalDate.ofInstant(asOf, ZoneOffset.UTC).plusDays(Draw.between(random, 30, 3_000));
        }
        return person.birthDate();
    }
}
