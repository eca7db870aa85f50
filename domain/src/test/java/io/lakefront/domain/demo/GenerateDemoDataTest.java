package io.lakefront.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GenerateDemoDataTest {
    static final Instant AS_OF = Instant.parse("2026-10-20T23:59:59Z");
    static final int CUSTOMERS = 5_000;
    static final GenerateDemoData GENERATOR = new GenerateDemoData();

    static RecordingSink sink;
    static DemoSummary summary;
    /** record id per source file → person id, from truth.csv */
    static Map<String, Map<String, String>> truth;

    @BeforeAll
    static void generateOnce() {
        sink = new RecordingSink();
        summary = GENERATOR.generate(new DemoOptions(7, CUSTOMERS, AS_OF), sink);
        truth = new HashMap<>();
        for (List<String> row : sink.rows("truth.csv")) {
            truth.computeIfAbsent(row.get(0), k -> new HashMap<>()).put(row.get(1), row.get(2));
        }
    }

    private static RecordingSink generate(long seed, int customers) {
        RecordingSink recording = new RecordingSink();
        GENERATOR.generate(new DemoOptions(seed, customers, AS_OF), recording);
        return recording;
    }

    @Test
    void theSameSeedGivesIdenticalTablesAndAnotherSeedDifferentOnes() {
        String first = generate(42, 800).digest();
        assertThat(generate(42, 800).digest()).isEqualTo(first);
        assertThat(generate(43, 800).digest()).isNotEqualTo(first);
    }

    @Test
    void asManyPersonsAsCustomersAskedForAndRowCountsScaleWithThem() {
        DemoSummary small = GENERATOR.generate(new DemoOptions(7, 1_000, AS_OF), new RecordingSink());
        assertThat(small.persons()).isEqualTo(1_000);
        assertThat(summary.persons()).isEqualTo(CUSTOMERS);
        for (String file : GenerateDemoData.FILES) {
            double ratio = (double) summary.rows(file) / small.rows(file);
            assertThat(ratio).as(file).isBetween(4.0, 6.0);
        }
    }

    @Test
    void theSummaryCountsWhatTheSinkReceivedAndEveryTableIsClosed() {
        for (String file : GenerateDemoData.FILES) {
            assertThat(summary.rows(file)).as(file).isEqualTo(sink.rows(file).size());
        }
        assertThat(summary.records()).isEqualTo(sink.rows("truth.csv").size());
        assertThat(sink.closed).containsExactlyInAnyOrderElementsOf(GenerateDemoData.FILES);
        assertThat(summary.describe()).contains("crm_contacts.csv").contains("5,000 persons");
    }

    @Test
    void everyRecordHasExactlyOneTruthRowAndEveryTruthRowNamesAWrittenRecord() {
        Map<String, String> idColumns = Map.of("crm_contacts.csv", "Contact ID", "shop_customers.csv", "customer_id",
                "shop_orders.csv", "line_id", "support_tickets.csv", "Ticket #", "engagement_events.csv", "event_id");
        long written = 0;
        for (var entry : idColumns.entrySet()) {
            Set<String> ids = new HashSet<>();
            for (Map<String, String> record : sink.records(entry.getKey())) {
                assertThat(ids.add(record.get(entry.getValue()))).as("unique id in " + entry.getKey()).isTrue();
            }
            assertThat(truth.get(entry.getKey()).keySet()).as(entry.getKey()).isEqualTo(ids);
            written += ids.size();
        }
        assertThat(sink.rows("truth.csv")).hasSize((int) written);
        assertThat(sink.rows("truth.csv")).allSatisfy(row -> assertThat(row.get(2)).matches("P\\d{7}"));
    }

    @Test
    void systemsCoverTheAgreedSharesOfPersons() {
        assertThat(persons("crm_contacts.csv") / (double) CUSTOMERS).isBetween(0.82, 0.88);
        assertThat(persons("shop_customers.csv") / (double) CUSTOMERS).isBetween(0.66, 0.74);
        assertThat(persons("support_tickets.csv") / (double) CUSTOMERS).isBetween(0.17, 0.23);
        // Everyone on the platform gets events unless they joined in the last hours and never visited.
        assertThat(persons("engagement_events.csv") / (double) CUSTOMERS).isBetween(0.70, 0.82);
    }

    private static long persons(String file) {
        return new HashSet<>(truth.get(file).values()).size();
    }

    @Test
    void countriesFollowTheAgreedMix() {
        Map<String, Integer> counts = new TreeMap<>();
        List<Map<String, String>> customers = sink.records("shop_customers.csv");
        for (Map<String, String> customer : customers) {
            String country = customer.get("country_code");
            if (!country.isEmpty()) {
                counts.merge(country, 1, Integer::sum);
            }
        }
        double total = counts.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(counts.keySet()).containsExactly("CA", "DE", "GB", "US");
        assertThat(counts.get("US") / total).isBetween(0.75, 0.83);
        assertThat(counts.get("CA") / total).isBetween(0.08, 0.12);
        assertThat(counts.get("GB") / total).isBetween(0.045, 0.075);
        assertThat(counts.get("DE") / total).isBetween(0.035, 0.065);
    }

    @Test
    void postcodesAndPhonesLookLikeTheirCountry() {
        for (Map<String, String> customer : sink.records("shop_customers.csv")) {
            String postcode = customer.get("postcode").toUpperCase(Locale.ROOT);
            if (postcode.isEmpty()) {
                continue;
            }
            switch (customer.get("country_code")) {
                case "US" -> assertThat(postcode).matches("\\d{4,5}(-\\d{4})?");
                case "CA" -> assertThat(postcode).matches("[A-Z]\\d[A-Z] ?\\d[A-Z]\\d");
                case "GB" -> assertThat(postcode).matches("[A-Z]{1,2}\\d{1,2} ?\\d[A-Z]{2}");
                case "DE" -> assertThat(postcode).matches("\\d{5}");
                default -> { }
            }
            String mobile = customer.get("mobile");
            if (mobile.startsWith("+")) {
                String prefix = switch (customer.get("country_code")) {
                    case "US", "CA" -> "+1";
                    case "GB" -> "+44";
                    case "DE" -> "+49";
                    default -> "+";
                };
                assertThat(mobile).startsWith(prefix);
            }
        }
        assertThat(sink.records("crm_contacts.csv")).anySatisfy(c -> assertThat(c.get("Phone")).matches("\\(\\d{3}\\) \\d{3}-\\d{4}"));
        assertThat(sink.records("shop_customers.csv")).anySatisfy(c -> assertThat(c.get("address")).matches(".+straße \\d+[a-c]?"));
    }

    @Test
    void noPurchaseLiesAfterNowOrMoreThanFourYearsBack() {
        Instant earliest = AS_OF.minus(4 * 365 + 1, ChronoUnit.DAYS);
        List<Map<String, String>> lines = sink.records("shop_orders.csv");
        assertThat(lines).isNotEmpty();
        for (Map<String, String> line : lines) {
            Instant at = Instant.parse(line.get("ordered_at"));
            assertThat(at).isBeforeOrEqualTo(AS_OF).isAfterOrEqualTo(earliest);
            long unit = Math.round(Double.parseDouble(line.get("unit_price")) * 100);
            long amount = Math.round(Double.parseDouble(line.get("amount")) * 100);
            assertThat(amount).isEqualTo(unit * Integer.parseInt(line.get("quantity")));
        }
    }

    @Test
    void anOrderListsEachProductOnceAndPaysInTheCustomersCurrency() {
        Map<String, String> currencyByCountry = Map.of("US", "USD", "CA", "CAD", "GB", "GBP", "DE", "EUR");
        Map<String, String> countryOfPerson = new HashMap<>();
        for (Map<String, String> customer : sink.records("shop_customers.csv")) {
            countryOfPerson.put(customer.get("customer_id"), customer.get("country_code"));
        }
        Set<String> orderProducts = new HashSet<>();
        for (Map<String, String> line : sink.records("shop_orders.csv")) {
            assertThat(orderProducts.add(line.get("order_id") + "|" + line.get("product"))).as(line.get("line_id")).isTrue();
            String country = countryOfPerson.get(line.get("customer_id"));
            if (!country.isEmpty()) {
                assertThat(line.get("currency")).isEqualTo(currencyByCountry.get(country));
            }
        }
    }

    @Test
    void salesPeakInNovemberAndDecember() {
        int[] perMonth = new int[13];
        for (Map<String, String> line : sink.records("shop_orders.csv")) {
            perMonth[LocalDate.ofInstant(Instant.parse(line.get("ordered_at")), ZoneOffset.UTC).getMonthValue()]++;
        }
        assertThat(perMonth[12]).isGreaterThan(perMonth[2] * 2);
        assertThat(perMonth[11]).isGreaterThan(perMonth[3]);
        assertThat(perMonth[7]).isGreaterThan(perMonth[2]);
    }

    @Test
    void onlyRecentTicketsAreStillOpenOrPending() {
        Instant recent = AS_OF.minus(SupportHistory.RECENT_DAYS, ChronoUnit.DAYS);
        List<Map<String, String>> tickets = sink.records("support_tickets.csv");
        assertThat(tickets).extracting(t -> t.get("Status")).contains("open", "pending", "closed");
        for (Map<String, String> ticket : tickets) {
            Instant opened = helpDeskTime(ticket.get("Opened"));
            assertThat(opened).isBeforeOrEqualTo(AS_OF);
            if (ticket.get("Status").equals("closed")) {
                assertThat(helpDeskTime(ticket.get("Closed"))).isAfterOrEqualTo(opened.truncatedTo(ChronoUnit.MINUTES));
            } else {
                assertThat(opened).isAfterOrEqualTo(recent.minus(1, ChronoUnit.MINUTES));
                assertThat(ticket.get("Closed")).isEmpty();
            }
        }
    }

    private static Instant helpDeskTime(String text) {
        return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }

    @Test
    void engagementFunnelsHoldOpensAfterDeliveryClicksAfterOpensNothingAfterUnsubscribe() {
        Map<String, Map<String, Instant>> messages = new HashMap<>();
        Map<String, Instant> unsubscribed = new HashMap<>();
        List<Map<String, String>> events = sink.records("engagement_events.csv");
        for (Map<String, String> event : events) {
            Instant at = Instant.parse(event.get("occurred_at"));
            assertThat(at).isBeforeOrEqualTo(AS_OF).isAfter(AS_OF.minus(366, ChronoUnit.DAYS));
            String channel = event.get("channel");
            if (channel.equals("web")) {
                assertThat(event.get("type")).isEqualTo("visit");
                continue;
            }
            String message = event.get("contact_key") + "|" + channel + "|" + event.get("campaign_id");
            Map<String, Instant> steps = messages.computeIfAbsent(message, k -> new HashMap<>());
            String type = event.get("type");
            assertThat(steps).as("each step once: " + message + " " + type).doesNotContainKey(type);
            steps.put(type, at);
            if (type.equals("unsubscribe")) {
                unsubscribed.put(event.get("contact_key") + "|" + channel, at);
            }
        }
        int opens = 0;
        int clicks = 0;
        for (var entry : messages.entrySet()) {
            Map<String, Instant> steps = entry.getValue();
            assertThat(steps).as(entry.getKey()).containsKey("sent");
            if (steps.containsKey("open")) {
                opens++;
                assertThat(steps.get("open")).isAfter(steps.get("delivered"));
            }
            if (steps.containsKey("click")) {
                clicks++;
                Instant before = steps.containsKey("open") ? steps.get("open") : steps.get("delivered");
                assertThat(steps.get("click")).as(entry.getKey()).isAfter(before);
            }
            if (steps.containsKey("bounce")) {
                assertThat(steps).containsOnlyKeys("sent", "bounce");
            }
            String channel = entry.getKey().substring(0, entry.getKey().lastIndexOf('|'));
            Instant stop = unsubscribed.get(channel);
            if (stop != null && !steps.containsKey("unsubscribe")) {
                assertThat(steps.get("sent")).as("send after unsubscribe " + entry.getKey()).isBefore(stop);
            }
        }
        assertThat(opens).isGreaterThan(100);
        assertThat(clicks).isGreaterThan(10);
        assertThat(unsubscribed).isNotEmpty();
    }

    @Test
    void emailsGoOnlyToPersonsWhoConsentedOrLaterUnsubscribed() {
        Map<String, String> crmConsent = new HashMap<>();
        for (Map<String, String> contact : sink.records("crm_contacts.csv")) {
            crmConsent.put(truth.get("crm_contacts.csv").get(contact.get("Contact ID")), contact.get("Email Opt In"));
        }
        Set<String> emailed = new HashSet<>();
        Set<String> unsubscribedFromEmail = new HashSet<>();
        for (Map<String, String> event : sink.records("engagement_events.csv")) {
            String person = truth.get("engagement_events.csv").get(event.get("event_id"));
            if (event.get("channel").equals("email")) {
                emailed.add(person);
                if (event.get("type").equals("unsubscribe")) {
                    unsubscribedFromEmail.add(person);
                }
            }
        }
        int checked = 0;
        for (String person : emailed) {
            String consent = crmConsent.getOrDefault(person, "");
            if (!consent.isEmpty()) {
                checked++;
                assertThat(consent.equals("Yes") || unsubscribedFromEmail.contains(person)).as(person).isTrue();
            }
        }
        assertThat(checked).isGreaterThan(1_000);
    }

    @Test
    void engagementVolumeIsAboutFifteenToTwentyFiveEventsPerCustomer() {
        double perCustomer = sink.rows("engagement_events.csv").size() / (double) CUSTOMERS;
        assertThat(perCustomer).isBetween(15.0, 25.0);
    }

    @Test
    void theSamePersonAppearsUnderANicknameInOneSystemAndTheFormalNameInAnother() {
        NameBook names = NameBook.load();
        Map<String, String> shopGiven = new HashMap<>();
        for (Map<String, String> customer : sink.records("shop_customers.csv")) {
            String fullName = customer.get("full_name");
            String given = fullName.contains(",") ? fullName.substring(fullName.indexOf(',') + 2) : fullName.split(" ")[0];
            shopGiven.put(truth.get("shop_customers.csv").get(customer.get("customer_id")), given);
        }
        int nicknamePairs = 0;
        int typoPairs = 0;
        for (Map<String, String> contact : sink.records("crm_contacts.csv")) {
            String person = truth.get("crm_contacts.csv").get(contact.get("Contact ID"));
            String crm = contact.get("First Name");
            String shop = shopGiven.get(person);
            if (shop == null || crm.isEmpty() || crm.equalsIgnoreCase(shop)) {
                continue;
            }
            if (names.nicknames(shop).stream().anyMatch(crm::equalsIgnoreCase)) {
                nicknamePairs++;
            } else if (editDistance(crm.toLowerCase(Locale.ROOT), shop.toLowerCase(Locale.ROOT)) == 1
                    || isTransposition(crm.toLowerCase(Locale.ROOT), shop.toLowerCase(Locale.ROOT))) {
                typoPairs++;
            }
        }
        assertThat(nicknamePairs).isGreaterThan(50);
        assertThat(typoPairs).isGreaterThan(10);
    }

    @Test
    void hardNegativesExistFamiliesSharingAnAddressAndCommonNamesWithDifferentBirthDates() {
        Map<String, Set<String>> personsPerAddress = new HashMap<>();
        Map<String, Map<String, Set<String>>> birthDatesPerName = new HashMap<>();
        for (Map<String, String> customer : sink.records("shop_customers.csv")) {
            String person = truth.get("shop_customers.csv").get(customer.get("customer_id"));
            String[] name = customer.get("full_name").replace(",", "").split(" ");
            String family = customer.get("full_name").contains(",") ? name[0] : name[name.length - 1];
            if (!customer.get("address").isEmpty() && !customer.get("postcode").isEmpty()) {
                personsPerAddress.computeIfAbsent(customer.get("address").toLowerCase(Locale.ROOT) + "|"
                        + customer.get("postcode") + "|" + family.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(person);
            }
            if (!customer.get("birth_date").isEmpty()) {
                birthDatesPerName.computeIfAbsent(customer.get("full_name"), k -> new HashMap<>())
                        .computeIfAbsent(customer.get("birth_date"), k -> new HashSet<>()).add(person);
            }
        }
        long sharedHomes = personsPerAddress.values().stream().filter(p -> p.size() > 1).count();
        assertThat(sharedHomes).isGreaterThan(100);
        long namesSharedByThreeOrMore = birthDatesPerName.values().stream().filter(dates -> dates.size() >= 3).count();
        assertThat(namesSharedByThreeOrMore).isGreaterThanOrEqualTo(5);
    }

    @Test
    void peopleOpenMessagesMostlyAtTheirOwnPreferredLocalHour() {
        Map<String, java.time.ZoneId> zoneOfPerson = new HashMap<>();
        for (Map<String, String> customer : sink.records("shop_customers.csv")) {
            if (!customer.get("time_zone").isEmpty()) {
                zoneOfPerson.put(truth.get("shop_customers.csv").get(customer.get("customer_id")),
                        java.time.ZoneId.of(customer.get("time_zone")));
            }
        }
        Map<String, int[]> openHours = new HashMap<>();
        for (Map<String, String> event : sink.records("engagement_events.csv")) {
            String person = truth.get("engagement_events.csv").get(event.get("event_id"));
            java.time.ZoneId zone = zoneOfPerson.get(person);
            if (zone != null && event.get("type").equals("open") && event.get("channel").equals("email")) {
                int hour = Instant.parse(event.get("occurred_at")).atZone(zone).getHour();
                openHours.computeIfAbsent(person, k -> new int[24])[hour]++;
            }
        }
        double shareNearUsualHour = 0;
        int people = 0;
        for (int[] hours : openHours.values()) {
            int total = java.util.Arrays.stream(hours).sum();
            if (total < 5) {
                continue;
            }
            int best = 0;
            for (int h = 0; h < 24; h++) {
                best = Math.max(best, hours[Math.floorMod(h - 1, 24)] + hours[h] + hours[(h + 1) % 24]);
            }
            shareNearUsualHour += best / (double) total;
            people++;
        }
        assertThat(people).isGreaterThan(100);
        // Uniform reading times would put about 3/24 of opens within an hour of any chosen hour.
        assertThat(shareNearUsualHour / people).isGreaterThan(0.6);
    }

    @Test
    void theSameInboxIsWrittenDifferentlyAcrossSystems() {
        Map<String, String> shopEmail = new HashMap<>();
        for (Map<String, String> customer : sink.records("shop_customers.csv")) {
            shopEmail.put(truth.get("shop_customers.csv").get(customer.get("customer_id")), customer.get("email_address"));
        }
        int sameInboxOtherSpelling = 0;
        int otherAddress = 0;
        for (Map<String, String> contact : sink.records("crm_contacts.csv")) {
            String crm = contact.get("Email");
            String shop = shopEmail.get(truth.get("crm_contacts.csv").get(contact.get("Contact ID")));
            if (shop == null || crm.isEmpty() || shop.isEmpty() || crm.equals(shop)) {
                continue;
            }
            if (EmailAddresses.canonical(crm).equals(EmailAddresses.canonical(shop))) {
                sameInboxOtherSpelling++;
            } else {
                otherAddress++;
            }
        }
        assertThat(sameInboxOtherSpelling).isGreaterThan(100);
        assertThat(otherAddress).as("work instead of personal address, slips").isGreaterThan(100);
    }

    @Test
    void someValuesAreInvalidForTheQuarantineButOnlyAFew() {
        List<Map<String, String>> contacts = sink.records("crm_contacts.csv");
        long badEmails = contacts.stream().map(c -> c.get("Email"))
                .filter(e -> !e.isEmpty() && (!e.contains("@") || e.equals("test@test.com"))).count();
        long futureBirthdays = contacts.stream().map(c -> c.get("Birthdate")).filter(d -> !d.isEmpty())
                .filter(d -> Integer.parseInt(d.substring(6)) > 2026).count();
        assertThat(badEmails).isBetween(2L, contacts.size() / 50L);
        assertThat(futureBirthdays).isBetween(1L, contacts.size() / 50L);
    }

    @Test
    void everyOptionalFieldIsSometimesMissingButMostlyFilled() {
        List<Map<String, String>> contacts = sink.records("crm_contacts.csv");
        for (String column : List.of("Email", "Phone", "Mailing Street", "Mailing Zip", "Country", "Birthdate", "Gender")) {
            double missing = contacts.stream().filter(c -> c.get(column).isEmpty()).count() / (double) contacts.size();
            assertThat(missing).as(column).isBetween(0.04, 0.17);
        }
        assertThat(contacts).allSatisfy(c -> assertThat(c.get("Contact ID")).isNotEmpty());
    }

    @Test
    void shopCustomersWriteTheirNamesInMoreThanOneOrder() {
        List<String> names = new ArrayList<>();
        sink.records("shop_customers.csv").forEach(c -> names.add(c.get("full_name")));
        assertThat(names).anySatisfy(n -> assertThat(n).matches("[^,]+, [^,]+"));
        assertThat(names).anySatisfy(n -> assertThat(n).matches("\\S+ \\S+"));
    }

    @Test
    void aTableThatCannotBeWrittenIsAUserErrorNamingTheFileAndEveryOpenedTableIsClosed() {
        List<String> closed = new ArrayList<>();
        TableSink failing = (file, header) -> new TableSink.RowWriter() {
            @Override
            public void write(List<String> values) throws java.io.IOException {
                if (file.equals("shop_orders.csv")) {
                    throw new java.io.IOException("disk full");
                }
            }

            @Override
            public void close() {
                closed.add(file);
            }
        };
        assertThatThrownBy(() -> GENERATOR.generate(new DemoOptions(1, 200, AS_OF), failing))
                .isInstanceOf(UserError.class).hasMessageContaining("shop_orders.csv").hasMessageContaining("disk full");
        assertThat(closed).containsExactlyInAnyOrderElementsOf(GenerateDemoData.FILES);
    }

    @Test
    @DisplayName("fewer than one customer is a user error that names the option")
    void fewerThanOneCustomerIsRefused() {
        assertThatThrownBy(() -> new DemoOptions(1, 0, AS_OF)).isInstanceOf(UserError.class).hasMessageContaining("--customers");
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static boolean isTransposition(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                first = i;
                break;
            }
        }
        return first >= 0 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
    }
}
