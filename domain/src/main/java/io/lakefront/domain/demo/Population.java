package io.lakefront.domain.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Invents the people of the demo world, one household at a time. Households are what make the
 * identity problem hard: family members share an address, a landline and a family name; twins
 * share a birth date too; and a few very common names recur with different birth dates.
 */
final class Population {
    /** Very common full names, so that "several John Smiths" exist who are not the same person. */
    private static final String[][] COMMON_NAMES = {
            {"en", "M", "John", "Smith"}, {"en", "M", "Michael", "Johnson"}, {"en", "M", "James", "Smith"},
            {"en", "F", "Maria", "Garcia"}, {"en", "F", "Mary", "Smith"}, {"en", "M", "David", "Brown"},
            {"en", "F", "Jennifer", "Williams"}, {"de", "M", "Thomas", "Müller"}, {"de", "F", "Sabine", "Schmidt"}};
    private static final double CRM_SHARE = 0.85;
    private static final double SHOP_SHARE = 0.70;
    private static final double SUPPORT_SHARE = 0.20;
    private static final double ENGAGEMENT_SHARE = 0.80;

    private final NameBook names;
    private final Geography geography;
    private final ProductCatalogue catalogue;
    private final EmailAddresses emails = new EmailAddresses();
    private final KeySet phones = new KeySet();
    private final Instant asOf;
    private final LocalDate today;

    Population(NameBook names, Geography geography, ProductCatalogue catalogue, Instant asOf) {
        this.names = names;
        this.geography = geography;
        this.catalogue = catalogue;
        this.asOf = asOf;
        this.today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
    }

    /** The members of one household, numbered from {@code firstNumber}, at most {@code maxSize} of them. */
    List<Person> household(SplittableRandom random, int firstNumber, int maxSize) {
        String country = geography.country(random);
        // Names follow the country, with a few German families abroad and English-named ones in Germany.
        boolean typical = Draw.chance(random, 0.96);
        String origin = country.equals("DE") == typical ? "de" : "en";
        Place place = geography.place(country, random);
        Address address = geography.address(place, random);
        Address previous = null;
        if (Draw.chance(random, 0.15)) {
            Place oldPlace = Draw.chance(random, 0.5) ? place : geography.place(country, random);
            previous = geography.address(oldPlace, random);
        }
        List<Member> members = members(random, origin);
        int size = Math.min(members.size(), maxSize);
        Phone landline = Draw.chance(random, size > 1 ? 0.45 : 0.12) ? uniquePhone(random, place, true) : null;
        List<Person> people = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            people.add(person(random, firstNumber + i, members.get(i), origin, address, previous, landline));
        }
        return people;
    }

    /** Who lives in the household before they get contact details. */
    private record Member(Gender gender, String given, String family, String maidenName, LocalDate birthDate) {
    }

    private List<Member> members(SplittableRandom random, String origin) {
        double kind = random.nextDouble();
        String family = names.familyName(origin, random);
        List<Member> members = new ArrayList<>(4);
        if (kind < 0.50) {
            members.add(adult(random, origin, family, randomGender(random), age(random)));
        } else if (kind < 0.70) {
            couple(random, origin, family, age(random), members);
        } else if (kind < 0.84) {
            int parentAge = Draw.between(random, 42, 62);
            if (Draw.chance(random, 0.8)) {
                couple(random, origin, family, parentAge, members);
            } else {
                members.add(adult(random, origin, family, randomGender(random), parentAge));
            }
            int children = Draw.between(random, 1, 2);
            for (int i = 0; i < children; i++) {
                members.add(adult(random, origin, family, randomGender(random), Draw.between(random, 18, 26)));
            }
        } else if (kind < 0.86) {
            // Twins: same family name, address and birth date; only the given name tells them apart.
            Member first = adult(random, origin, family, randomGender(random), Draw.between(random, 18, 40));
            Gender secondGender = Draw.chance(random, 0.5) ? first.gender() : first.gender().other();
            String secondName;
            do {
                secondName = names.givenName(origin, secondGender, random);
            } while (secondName.equals(first.given()));
            members.add(first);
            members.add(new Member(secondGender, secondName, family, null, first.birthDate()));
        } else if (kind < 0.865) {
            String[] common = COMMON_NAMES[random.nextInt(COMMON_NAMES.length)];
            Gender gender = common[1].equals("F") ? Gender.FEMALE : Gender.MALE;
            members.add(new Member(gender, common[2], common[3], null, birthDate(random, age(random))));
        } else {
            members.add(adult(random, origin, family, randomGender(random), age(random)));
        }
        return members;
    }

    private void couple(SplittableRandom random, String origin, String family, int age, List<Member> members) {
        Gender first = randomGender(random);
        boolean sameGender = Draw.chance(random, 0.08);
        Gender second = sameGender ? first : first.other();
        members.add(adult(random, origin, family, first, age));
        int partnerAge = Math.max(18, age + Draw.between(random, -5, 5));
        if (sameGender || Draw.chance(random, 0.2)) {
            members.add(adult(random, origin, names.familyName(origin, random), second, partnerAge));
            return;
        }
        // One partner took the other's family name; after a recent marriage older records keep the old one.
        String maiden = Draw.chance(random, 0.2) ? names.familyName(origin, random) : null;
        Member partner = adult(random, origin, family, second, partnerAge);
        members.add(new Member(partner.gender(), partner.given(), family, maiden, partner.birthDate()));
    }

    private Member adult(SplittableRandom random, String origin, String family, Gender gender, int age) {
        return new Member(gender, names.givenName(origin, gender, random), family, null, birthDate(random, age));
    }

    private static Gender randomGender(SplittableRandom random) {
        return Draw.chance(random, 0.52) ? Gender.FEMALE : Gender.MALE;
    }

    /** Adults 18..82, most between 30 and 65. */
    private static int age(SplittableRandom random) {
        double centred = (random.nextDouble() + random.nextDouble() + random.nextDouble()) / 3;
        return 18 + (int) (centred * 64);
    }

    private LocalDate birthDate(SplittableRandom random, int age) {
        return today.minusYears(age).minusDays(random.nextInt(365));
    }

    private Person person(SplittableRandom random, int number, Member member, String origin, Address address,
                          Address previous, Phone landline) {
        String middle = origin.equals("en") && Draw.chance(random, 0.3)
                ? names.givenName(origin, member.gender(), random) : null;
        Phone mobile = uniquePhone(random, address.place(), false);
        String emailFamily = member.maidenName() != null && Draw.chance(random, 0.7) ? member.maidenName() : member.family();
        String personal = emails.personal(member.given(), emailFamily, member.birthDate().getYear(), address.place().country(), random);
        int age = today.getYear() - member.birthDate().getYear();
        String work = age < 67 && Draw.chance(random, 0.35) ? emails.work(member.given(), member.family(), random) : null;
        Instant firstSeen = firstSeen(random);
        Person.Presence presence = presence(random);
        return new Person(personId(number), member.gender(), origin, member.given(), middle, member.family(),
                member.maidenName(), member.birthDate(), address, previous, mobile, landline, personal, work,
                firstSeen, presence, habits(random, member.gender(), age, firstSeen));
    }

    static String personId(int number) {
        String digits = Integer.toString(number);
        return "P" + "0000000".substring(Math.min(7, digits.length())) + digits;
    }

    private Phone uniquePhone(SplittableRandom random, Place place, boolean landline) {
        Phone phone;
        do {
            phone = landline ? geography.landline(place, random) : geography.mobile(place, random);
        } while (!phones.add(phone.e164()));
        return phone;
    }

    /** Most people have been around for years; a few arrived in the last weeks (the welcome series). */
    private Instant firstSeen(SplittableRandom random) {
        double roll = random.nextDouble();
        long days;
        if (roll < 0.04) {
            days = random.nextInt(30);
        } else if (roll < 0.14) {
            days = 30 + random.nextInt(335);
        } else {
            days = 365 + random.nextInt(7 * 365);
        }
        return asOf.minus(days, ChronoUnit.DAYS).minusSeconds(random.nextInt(86_400));
    }

    private static Person.Presence presence(SplittableRandom random) {
        boolean crm = Draw.chance(random, CRM_SHARE);
        boolean shop = Draw.chance(random, SHOP_SHARE);
        boolean support = Draw.chance(random, SUPPORT_SHARE);
        boolean engagement = Draw.chance(random, ENGAGEMENT_SHARE);
        if (!crm && !shop && !support && !engagement) {
            crm = true;
        }
        return new Person.Presence(crm, shop, support, engagement);
    }

    private Person.Habits habits(SplittableRandom random, Gender gender, int age, Instant firstSeen) {
        List<String> favourites = catalogue.favouriteCategories(random, gender, age);
        double tier = random.nextDouble();
        double ordersPerYear = (tier < 0.35 ? 0.6 : tier < 0.75 ? 1.8 : tier < 0.93 ? 4.5 : 11)
                * Math.exp(0.3 * Draw.gaussian(random));
        Instant lapsedAt = null;
        if (Draw.chance(random, 0.22)) {
            Instant candidate = asOf.minus(Draw.between(random, 180, 900), ChronoUnit.DAYS);
            if (candidate.isAfter(firstSeen.plus(60, ChronoUnit.DAYS))) {
                lapsedAt = candidate;
            }
        }
        double slot = random.nextDouble();
        int hour = slot < 0.25 ? Draw.between(random, 6, 9) : slot < 0.45 ? Draw.between(random, 12, 13)
                : slot < 0.90 ? Draw.between(random, 18, 22) : Draw.between(random, 0, 23);
        double openRate = (0.05 + 0.5 * Math.pow(random.nextDouble(), 1.5)) * (lapsedAt == null ? 1 : 0.5);
        double clickRate = 0.05 + 0.25 * random.nextDouble() * random.nextDouble();
        boolean email = Draw.chance(random, 0.65);
        boolean sms = Draw.chance(random, 0.30);
        boolean push = Draw.chance(random, 0.25);
        double emailsPerYear = 6 + 6 * random.nextDouble();
        double visitsPerYear = 1.5 + 5 * random.nextDouble() * random.nextDouble() + Math.min(ordersPerYear, 6);
        return new Person.Habits(favourites, ordersPerYear, lapsedAt, hour, openRate, clickRate, email, sms, push,
                emailsPerYear, visitsPerYear);
    }
}
