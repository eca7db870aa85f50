package io.lakefront.domain.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The web shop's customer and order-line exports: customers type their own details (names in
 * any order, phone numbers in any format), orders are machine-made and clean.
 */
final class ShopExport {
    static final String CUSTOMERS_FILE = "shop_customers.csv";
    static final List<String> CUSTOMERS_HEADER = List.of("customer_id", "email_address", "full_name", "mobile",
            "address", "city", "state", "postcode", "country_code", "birth_date", "newsletter", "push_enabled",
            "signup_at", "time_zone");
    static final String ORDERS_FILE = "shop_orders.csv";
    static final List<String> ORDERS_HEADER = List.of("line_id", "order_id", "customer_id", "ordered_at", "category",
            "product", "quantity", "unit_price", "amount", "currency");
    private static final long FIRST_CUSTOMER_ID = 100_001;

    private final DemoTable customers;
    private final DemoTable orderLines;
    private final OpaqueIds ids;
    private final NameBook names;
    private final Instant asOf;
    private long customerCount;
    private long orderCount;

    ShopExport(DemoTable customers, DemoTable orderLines, OpaqueIds ids, NameBook names, Instant asOf) {
        this.customers = customers;
        this.orderLines = orderLines;
        this.ids = ids;
        this.names = names;
        this.asOf = asOf;
    }

    /** When the person created the shop account: soon after the business first met them. */
    Instant signup(Person person, SplittableRandom random) {
        Instant signup = person.firstSeen().plusSeconds(random.nextInt(60 * 86_400));
        return signup.isAfter(asOf) ? person.firstSeen() : signup;
    }

    void write(Person person, Instant signup, List<PurchaseHistory.Order> orders, boolean newsletter, boolean push,
               SplittableRandom random) {
        String customerId = Long.toString(FIRST_CUSTOMER_ID + customerCount++);
        Address address = person.address();
        Place place = address.place();
        customers.write(person.id(), customerId, List.of(
                customerId,
                Messiness.orMissing(email(person, random), 0.03, random),
                Messiness.maybeTypo(fullName(person, random), 0.02, random),
                Messiness.orMissing(mobile(person, random), 0.15, random),
                Messiness.orMissing(address.streetLineAsTyped(random), 0.10, random),
                Messiness.orMissing(place.city(), 0.08, random),
                Messiness.orMissing(place.region(), 0.10, random),
                Messiness.orMissing(address.postcodeAsTyped(random), 0.08, random),
                Messiness.orMissing(place.country(), 0.05, random),
                Messiness.orMissing(birthDate(person, random).toString(), 0.12, random),
                Boolean.toString(newsletter),
                Boolean.toString(push),
                signup.toString(),
                Messiness.orMissing(place.zone().getId(), 0.08, random)));
        for (PurchaseHistory.Order order : orders) {
            String orderId = ids.orderNumber(++orderCount);
            int lineNumber = 0;
            for (PurchaseHistory.Line line : order.lines()) {
                String lineId = orderId + "-" + ++lineNumber;
                orderLines.write(person.id(), lineId, List.of(lineId, orderId, customerId, order.orderedAt().toString(),
                        line.product().category(), line.product().name(), Integer.toString(line.quantity()),
                        ProductCatalogue.money(line.unitCents()), ProductCatalogue.money(line.amountCents()),
                        order.currency()));
            }
        }
    }

    private static String email(Person person, SplittableRandom random) {
        if (Draw.chance(random, Messiness.INVALID_RATE)) {
            return Messiness.invalidEmail(person.personalEmail(), random);
        }
        return EmailAddresses.asTyped(person.personalEmail(), random, "shop");
    }

    private String fullName(Person person, SplittableRandom random) {
        String given = Draw.chance(random, 0.1) ? names.nickname(person.givenName(), random) : person.givenName();
        String family = person.familyName();
        int style = random.nextInt(20);
        if (style < 3) {
            return family + ", " + given;
        }
        if (style < 5 && person.middleName() != null) {
            return given + " " + person.middleName().charAt(0) + ". " + family;
        }
        if (style == 5) {
            return (given + " " + family).toLowerCase(Locale.ROOT);
        }
        return given + " " + family;
    }

    private static String mobile(Person person, SplittableRandom random) {
        if (Draw.chance(random, Messiness.INVALID_RATE)) {
            return Messiness.invalidPhone(random);
        }
        return Draw.chance(random, 0.5) ? person.mobile().e164() : person.mobile().anyFormat(random);
    }

    private LocalDate birthDate(Person person, SplittableRandom random) {
        if (Draw.chance(random, Messiness.INVALID_RATE)) {
            return LocalDate.ofInstant(asOf, ZoneOffset.UTC).plusDays(Draw.between(random, 30, 3_000));
        }
        return person.birthDate();
    }
}
