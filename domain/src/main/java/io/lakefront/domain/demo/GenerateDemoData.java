package io.lakefront.domain.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Use case: write a deterministic demo world — the exports of a CRM, a web shop, a help desk and
 * a marketing platform about the same people, each imperfect in its own way — plus the ground
 * truth of who is who ({@code truth.csv}).
 *
 * <p>People are generated household by household, each household from its own random stream
 * derived from the seed, and written out at once: memory stays flat however many customers are
 * asked for, and the same options give byte-identical tables.
 */
public final class GenerateDemoData {
    /** The files written; the summary lists them in this order. */
    public static final List<String> FILES = List.of(CrmExport.FILE, ShopExport.CUSTOMERS_FILE, ShopExport.ORDERS_FILE,
            HelpDeskExport.FILE, MarketingExport.FILE, DemoTable.TRUTH_FILE);

    private final NameBook names;
    private final Geography geography;
    private final ProductCatalogue catalogue;

    public GenerateDemoData() {
        this.names = NameBook.load();
        this.geography = Geography.load();
        this.catalogue = ProductCatalogue.load();
    }

    public DemoSummary generate(DemoOptions options, TableSink sink) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sink, "sink");
        List<DemoTable> tables = new ArrayList<>();
        try {
            DemoTable truth = DemoTable.openTruth(sink);
            tables.add(truth);
            OpaqueIds ids = new OpaqueIds(options.seed());
            DemoTable crmTable = source(sink, CrmExport.FILE, CrmExport.HEADER, truth, tables);
            DemoTable customers = source(sink, ShopExport.CUSTOMERS_FILE, ShopExport.CUSTOMERS_HEADER, truth, tables);
            DemoTable orders = source(sink, ShopExport.ORDERS_FILE, ShopExport.ORDERS_HEADER, truth, tables);
            DemoTable tickets = source(sink, HelpDeskExport.FILE, HelpDeskExport.HEADER, truth, tables);
            DemoTable events = source(sink, MarketingExport.FILE, MarketingExport.HEADER, truth, tables);
            World world = new World(options, ids, crmTable, customers, orders, tickets, events);
            int persons = 0;
            long household = 0;
            long seedStream = Draw.mix(options.seed());
            while (persons < options.customers()) {
                SplittableRandom random = new SplittableRandom(Draw.mix(seedStream + household++));
                for (Person person : world.population.household(random, persons + 1, options.customers() - persons)) {
                    world.write(person, random);
                    persons++;
                }
            }
            return summary(persons, tables);
        } finally {
            closeAll(tables);
        }
    }

    private static DemoTable source(TableSink sink, String file, List<String> header, DemoTable truth,
                                    List<DemoTable> opened) {
        DemoTable table = DemoTable.openSource(sink, file, header, truth);
        opened.add(table);
        return table;
    }

    private static DemoSummary summary(int persons, List<DemoTable> tables) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String file : FILES) {
            rows.put(file, 0L);
        }
        long records = 0;
        for (DemoTable table : tables) {
            rows.put(table.fileName(), table.rows());
            if (!table.fileName().equals(DemoTable.TRUTH_FILE)) {
                records += table.rows();
            }
        }
        return new DemoSummary(persons, rows, records);
    }

    private static void closeAll(List<DemoTable> tables) {
        RuntimeException first = null;
        for (DemoTable table : tables) {
            try {
                table.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Everything one generation run needs, wired once. */
    private final class World {
        final Population population;
        final PurchaseHistory purchases;
        final EngagementHistory engagement;
        final SupportHistory support;
        final CrmExport crm;
        final ShopExport shop;
        final HelpDeskExport helpDesk;
        final MarketingExport marketing;

        World(DemoOptions options, OpaqueIds ids, DemoTable crmTable, DemoTable customers, DemoTable orders,
              DemoTable tickets, DemoTable events) {
            population = new Population(names, geography, catalogue, options.asOf());
            purchases = new PurchaseHistory(catalogue, options.asOf());
            engagement = new EngagementHistory(CampaignCalendar.lastYear(options.asOf()), options.asOf());
            support = new SupportHistory(options.asOf());
            crm = new CrmExport(crmTable, ids, names, options.asOf());
            shop = new ShopExport(customers, orders, ids, names, options.asOf());
            helpDesk = new HelpDeskExport(tickets, names);
            marketing = new MarketingExport(events, ids);
        }

        /** One person into every system they belong to; consent and tier come from what they did. */
        void write(Person person, SplittableRandom random) {
            Person.Presence presence = person.presence();
            Person.Habits habits = person.habits();
            Instant signup = presence.shop() ? shop.signup(person, random) : null;
            List<PurchaseHistory.Order> orders = presence.shop() ? purchases.orders(person, signup, random) : List.of();
            double spendUsd = 0;
            for (PurchaseHistory.Order order : orders) {
                spendUsd += ProductCatalogue.toUsd(order.totalCents(), order.currency());
            }
            LoyaltyTier tier = LoyaltyTier.forSpend(spendUsd);
            EngagementHistory.Engagement engaged = presence.engagement()
                    ? engagement.engagement(person, emailKey(person, random), random)
                    : new EngagementHistory.Engagement(List.of(), habits.emailOptIn(), habits.smsOptIn(), habits.pushOptIn());
            if (presence.crm()) {
                crm.write(person, tier, engaged.emailOptIn(), engaged.smsOptIn(), random);
            }
            if (presence.shop()) {
                shop.write(person, signup, orders, engaged.emailOptIn(), engaged.pushOptIn(), random);
            }
            if (presence.support()) {
                helpDesk.write(person, support.tickets(person, random), random);
            }
            marketing.write(person, engaged.events());
        }

        /** The address the marketing platform knows the person by. */
        private String emailKey(Person person, SplittableRandom random) {
            String email = person.workEmail() != null && Draw.chance(random, 0.15) ? person.workEmail() : person.personalEmail();
            return email.toLowerCase(Locale.ROOT);
        }
    }
}
