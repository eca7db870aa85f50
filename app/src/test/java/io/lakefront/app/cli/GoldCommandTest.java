package io.lakefront.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gold.yaml, {@code gold show}, {@code gold export} and {@code export TABLE} through the real command line. */
class GoldCommandTest {
    private static final String CRM = """
            Contact ID,First Name,Last Name,Email,Phone,Mailing City,Loyalty Tier,Email Opt In,Last Modified
            C-1,Anna,Berg,anna.berg@example.com,(415) 555-0101,Springfield,Gold,Yes,2026-01-10 10:00
            C-2,Ben,Carter,ben.carter@example.com,(415) 555-0102,Shelbyville,Silver,Yes,2025-06-01 09:00
            """;
    private static final String SHOP = """
            customer_id,email_address,full_name,mobile,newsletter,signup_at
            100001,ANNA.BERG@EXAMPLE.COM,Annabel Berg,415-555-0101,false,2025-02-01T10:00:00Z
            100002,ben.carter@example.com,"Carter, Ben",,true,2024-03-05T08:00:00Z
            """;
    private static final String ORDERS = """
            line_id,order_id,customer_id,ordered_at,category,product,quantity,amount,currency
            SO1-1,SO1,100001,2026-01-15T10:00:00Z,Electronics,Speaker,2,157.98,USD
            SO1-2,SO1,100001,2026-01-15T10:00:00Z,Electronics,Cable,1,9.50,USD
            SO2-1,SO2,100002,2025-08-01T12:00:00Z,Home,Lamp,1,45.00,USD
            """;

    @TempDir
    Path temp;
    private Path workspace;

    private CliRun cli(String... args) {
        return cliAsOf("2026-10-20", args);
    }

    private CliRun cliAsOf(String asOf, String... args) {
        return CliRun.in(workspace, asOf, args);
    }

    @BeforeEach
    void aResolvedWorkspace() throws Exception {
        workspace = temp.resolve("ws");
        for (String[] source : new String[][] {{"crm", CRM}, {"shop", SHOP}, {"orders", ORDERS}}) {
            Path file = temp.resolve(source[0] + ".csv");
            Files.writeString(file, source[1]);
            CliRun added = cli("sources", "add", source[0], "--file", file.toString(), "--sync");
            assertThat(added.exit()).as(added.err()).isZero();
        }
        assertThat(cli("prepare", "--all").exit()).isZero();
        CliRun resolved = cli("resolve");
        assertThat(resolved.exit()).as(resolved.err()).isZero();
    }

    private List<String> export(String... args) throws Exception {
        Path out = temp.resolve("export-" + System.nanoTime() + ".csv");
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--out";
        all[args.length + 1] = out.toString();
        CliRun run = cli(all);
        assertThat(run.exit()).as(run.err()).isZero();
        return Files.readAllLines(out);
    }

    @Test
    void theGoldExportHasTheContractsColumnsAndTheMostRecentValuesByDefault() throws Exception {
        List<String> gold = export("gold", "export");
        assertThat(gold.get(0)).isEqualTo("customer_id,first_name,last_name,email,phone,birth_date,gender,street,city,"
                + "postcode,region,country,loyalty_tier,email_opt_in,sms_opt_in,push_opt_in,created_at,updated_at,"
                + "source_record_count");
        assertThat(gold).hasSize(3);
        // Anna: the CRM changed last (2026-01-10); the shop's newsletter opt-out wins over the CRM's opt-in.
        assertThat(gold).anySatisfy(row -> assertThat(row).startsWith("C00000001,Anna,Berg,anna.berg@example.com,"
                + "+14155550101,,,,Springfield,,,,gold,false,,,2025-02-01T10:00:00Z,2026-01-10T10:00:00Z,2"));

        CliRun show = cli("gold", "show");
        assertThat(show.out()).contains("first_name       most recent", "email_opt_in     most restrictive",
                "mappings of crm:", "Loyalty Tier", "-> loyalty_tier", "mappings of shop:", "newsletter", "-> email_opt_in");
    }

    @Test
    void goldYamlChangesRulesMappingsAndAddsFieldsAtTheNextResolution() throws Exception {
        Files.writeString(workspace.resolve("gold.yaml"), """
                fields:
                  first_name:
                    rule: longest
                  city: source_priority
                custom_fields:
                  shop_mobile:
                    type: text
                    rule: source_priority
                    sources: [shop]
                mappings:
                  shop:
                    mobile: shop_mobile
                """.replace("city: source_priority", "city:\n    rule: source_priority\n    sources: [crm]"));
        CliRun resolved = cli("resolve");
        assertThat(resolved.exit()).as(resolved.err()).isZero();
        assertThat(resolved.out()).contains("written gold_customer: 0 new, 1 changed, 0 removed, 1 unchanged");

        List<String> gold = export("gold", "export");
        assertThat(gold.get(0)).endsWith(",source_record_count,shop_mobile");
        assertThat(gold).anySatisfy(row -> assertThat(row).startsWith("C00000001,Annabel,Berg,").endsWith(",2,+14155550101"));
        assertThat(gold).anySatisfy(row -> assertThat(row).startsWith("C00000002,Ben,Carter,").endsWith(",2,"));
        assertThat(cli("gold", "show").out()).contains("-> shop_mobile (gold.yaml; proposed phone)",
                "first_name       longest");
    }

    @Test
    void aBrokenGoldYamlNamesItsLineAndTheRunChangesNothing() throws Exception {
        Files.writeString(workspace.resolve("gold.yaml"), "fields:\n  email: newest\n");
        CliRun run = cli("resolve");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("gold.yaml:2:10: email: 'newest' is not one of");
        assertThat(cli("status").out()).contains("last resolution   run 1");
    }

    @Test
    void metricsExportAsOfTheClockItIsRunWith() throws Exception {
        List<String> now = export("export", "customer_metrics");
        assertThat(now.get(0)).startsWith("customer_id,lifetime_spend,order_count,avg_order_value,first_order_at,"
                + "last_order_at,days_since_last_order,");
        // Anna's last order: 2026-01-15; the clock's day ends at 23:59:59 UTC.
        assertThat(now).anySatisfy(row -> assertThat(row).startsWith("C00000001,167.48,1,167.48,2026-01-15T10:00:00Z,"
                + "2026-01-15T10:00:00Z,278,"));

        Path later = temp.resolve("later.csv");
        CliRun run = cliAsOf("2026-12-31", "export", "customer_metrics", "--out", later.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readAllLines(later)).anySatisfy(row -> assertThat(row).startsWith("C00000001,167.48,1,167.48,"
                + "2026-01-15T10:00:00Z,2026-01-15T10:00:00Z,350,"));
    }

    @Test
    void eventTablesExportByName() throws Exception {
        List<String> purchases = export("export", "purchases");
        assertThat(purchases).containsExactly(
                "purchase_id,order_id,customer_id,purchased_at,category,product,quantity,amount,currency",
                "SO1-1,SO1,C00000001,2026-01-15T10:00:00Z,Electronics,Speaker,2,157.98,USD",
                "SO1-2,SO1,C00000001,2026-01-15T10:00:00Z,Electronics,Cable,1,9.5,USD",
                "SO2-1,SO2,C00000002,2025-08-01T12:00:00Z,Home,Lamp,1,45,USD");
        assertThat(export("export", "support-tickets")).containsExactly("ticket_id,customer_id,opened_at,closed_at,status,topic");

        CliRun unknown = cli("export", "customers", "--out", temp.resolve("x.csv").toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no table 'customers' to export; the tables are gold_customer, customer_metrics");
        assertThat(temp.resolve("x.csv")).doesNotExist();
    }
}
