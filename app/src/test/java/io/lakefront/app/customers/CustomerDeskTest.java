package io.lakefront.app.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.app.Workspace;
import io.lakefront.domain.gold.profile.CustomerProfile;
import io.lakefront.domain.gold.profile.CustomerSearch;
import io.lakefront.domain.gold.profile.ProfileMember;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.PermissionDenied;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Customer 360 on real parts: CSV sources synced and prepared into H2, resolved by the real engine, then
 * searched, shown (members read back from the prepared tables) and split through the workspace's wiring.
 */
class CustomerDeskTest {
    static final String CRM = """
            Contact ID,First Name,Last Name,Email,Phone,Birthdate,Mailing Street,Mailing City
            C-1,Anna,Berg,anna.berg@example.com,(415) 555-0101,1985-03-14,1 Elm St,Springfield
            C-2,Ben,Carter,ben.carter@example.com,(415) 555-0102,1979-11-02,2 Oak St,Shelbyville
            C-3,Cara,Diaz,cara.diaz@example.com,(415) 555-0103,1992-06-30,3 Pine St,Springfield
            """;
    static final String SHOP = """
            customer_id,email_address,full_name,mobile,birth_date
            100001,ANNA.BERG@EXAMPLE.COM,Anna Berg,415-555-0101,1985-03-14
            100003,cara.diaz@example.com,Cara Diaz,415-555-0103,
            """;
    static final String ORDERS = """
            line_id,order_id,customer_id,ordered_at,category,product,quantity,amount,currency
            SO1-1,SO1,100001,2026-01-15T10:00:00Z,Electronics,Speaker,2,157.98,USD
            SO2-1,SO2,100001,2026-09-01T12:00:00Z,Home,Lamp,1,45.00,USD
            """;

    @TempDir
    Path temp;
    Path folder;

    @BeforeEach
    void resolveTheSources() throws Exception {
        folder = temp.resolve("ws");
        try (Workspace workspace = open()) {
            add(workspace, "crm", CRM);
            add(workspace, "shop", SHOP);
            add(workspace, "orders", ORDERS);
            workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());
        }
    }

    private Workspace open() {
        return Workspace.open(folder, WorkspaceClock.parse("2026-10-20"));
    }

    private void add(Workspace workspace, String name, String content) throws Exception {
        Path file = temp.resolve(name + ".csv");
        Files.writeString(file, content);
        workspace.addSource().add(workspace.actor(), name, SourceKind.FILE, file.toString(), Map.of());
        workspace.syncSource().sync(workspace.actor(), name, TaskContext.silent());
        workspace.prepareSource().prepare(workspace.actor(), name, TaskContext.silent());
    }

    @Test
    void searchShowSplitAndTheNextRunTakesTheRecordOut() {
        try (Workspace workspace = open()) {
            WorkspaceCustomerDesk desk = workspace.customerDesk();
            CustomerSearch found = desk.search("ana berg", 5);
            assertThat(found.customers()).isEqualTo(3);
            assertThat(found.results()).hasSize(1);
            String anna = found.results().get(0).customer().customerId();
            // The exact number first; numbers one digit off follow (a slipped digit is forgiven).
            CustomerSearch byPhone = desk.search("415 555 0101", 5);
            assertThat(byPhone.results().get(0).customer().customerId()).isEqualTo(anna);
            assertThat(byPhone.results().get(0).score()).isEqualTo(1.0);
            assertThat(byPhone.results().subList(1, byPhone.results().size())).allSatisfy(r -> assertThat(r.score()).isLessThan(1));

            CustomerProfile profile = desk.show(anna);
            assertThat(profile.members()).extracting(ProfileMember::key)
                    .containsExactlyInAnyOrder(new RecordKey("crm", "C-1"), new RecordKey("shop", "100001"));
            assertThat(profile.members()).allSatisfy(m -> assertThat(m.current()).isTrue());
            ProfileMember crm = profile.members().stream().filter(m -> m.key().source().equals("crm")).findFirst().orElseThrow();
            assertThat(crm.valueOf(ColumnTag.STREET)).isEqualTo("1 Elm St");
            assertThat(profile.counts().purchases()).isEqualTo(2);
            assertThat(profile.monthlySpend().get(10).amount()).isEqualByComparingTo("45.00");

            desk.split(anna, new RecordKey("shop", "100001"), "a different Anna Berg");
            CustomerProfile after = desk.show(anna);
            assertThat(after.members()).hasSize(2);
            assertThat(after.history()).extracting(h -> h.what()).anySatisfy(w -> assertThat(w).startsWith("Kept apart: "))
                    .anySatisfy(w -> assertThat(w).startsWith("Split: cluster"));

            workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());
            assertThat(desk.show(anna).members()).extracting(ProfileMember::key).containsExactly(new RecordKey("crm", "C-1"));
            assertThat(desk.search("anna berg", 5).results()).hasSize(2);
        }
    }

    @Test
    void theCommandLineSearchesAndShows() {
        io.lakefront.app.cli.CliRun search = io.lakefront.app.cli.CliRun.of("customers", "search", "cara diaz",
                "--workspace", folder.toString(), "--as-of", "2026-10-20");
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out()).contains("\tname\tCara Diaz\tcara.diaz@example.com\t").contains("1 of 3 customers");
        String cara = search.out().substring(0, search.out().indexOf('\t'));

        io.lakefront.app.cli.CliRun show = io.lakefront.app.cli.CliRun.of("customers", "show", cara,
                "--workspace", folder.toString(), "--as-of", "2026-10-20");
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).contains(cara + "  Cara Diaz  (2 source records)", "crm/C-3", "shop/100003",
                "Timeline: 0 purchases");

        io.lakefront.app.cli.CliRun unknown = io.lakefront.app.cli.CliRun.of("customers", "show", "C00000099",
                "--workspace", folder.toString(), "--as-of", "2026-10-20");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no customer C00000099 in the gold table");
    }

    @Test
    void aMarketerSeesMaskedValuesAndMayNotSplit() {
        try (Workspace workspace = open()) {
            WorkspaceCustomerDesk desk = new WorkspaceCustomerDesk(() -> Actor.of("mo", Role.MARKETER),
                    workspace.searchCustomers(), workspace.showCustomer(), workspace.splitOutMember(),
                    workspace.refreshCustomerMetrics());
            String anna = desk.search("anna", 5).results().get(0).customer().customerId();
            assertThat(desk.search("anna", 5).results().get(0).customer().email()).isEqualTo("a***@example.com");
            CustomerProfile profile = desk.show(anna);
            assertThat(profile.field("street").orElseThrow().value()).isEqualTo("(hidden)");
            assertThat(profile.field("birth_date").orElseThrow().value()).isEqualTo("1985");
            assertThat(profile.members()).allSatisfy(m -> assertThat(m.values()).noneSatisfy(v ->
                    assertThat(v.value()).isIn("anna.berg@example.com", "1 Elm St", "1985-03-14")));
            assertThat(desk.maySplit()).isFalse();
            assertThatThrownBy(() -> desk.split(anna, new RecordKey("shop", "100001"), "no"))
                    .isInstanceOf(PermissionDenied.class);
        }
    }
}
