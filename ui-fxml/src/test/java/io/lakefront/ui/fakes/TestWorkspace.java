package io.lakefront.ui.fakes;

import io.lakefront.domain.campaign.Campaign;
import io.lakefront.domain.campaign.CampaignStatus;
import io.lakefront.domain.campaign.ListCampaigns;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.prep.EditColumnTag;
import io.lakefront.domain.prep.ExportQuarantine;
import io.lakefront.domain.prep.InspectSource;
import io.lakefront.domain.prep.ListQuarantine;
import io.lakefront.domain.prep.Normalized;
import io.lakefront.domain.prep.PhoneNormalizer;
import io.lakefront.domain.prep.PrepareSource;
import io.lakefront.domain.prep.PreviewPreparation;
import io.lakefront.domain.prep.TagColumns;
import io.lakefront.domain.source.AddSource;
import io.lakefront.domain.source.SessionPasswords;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.source.SyncSource;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.domain.workspace.ShowWorkspaceOverview;
import io.lakefront.domain.workspace.WorkspaceStats;
import io.lakefront.ui.AppServices;
import io.lakefront.ui.sources.SourceTools;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** An in-memory workspace behind the real use cases: empty, or with a few sources and campaigns. */
public final class TestWorkspace {
    public static final Instant AS_OF = Instant.parse("2026-10-20T23:59:59Z");

    public final Actor actor = Actor.workspaceOwner("alex");
    /** Who uses the screens ({@link #services()}); the data is set up by {@link #actor} either way. */
    private Actor user = actor;
    public final WorkspaceClock clock = WorkspaceClock.fixedAt(AS_OF);
    public final InMemorySources sources = new InMemorySources();
    public final InMemoryStaging staging = new InMemoryStaging();
    public final InMemorySyncHistory history = new InMemorySyncHistory();
    public final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    public final InMemoryAudit audit = new InMemoryAudit();
    public final TableReader reader = new TableReader();
    public final AddSource addSource = new AddSource(sources, audit, clock);
    public final SessionPasswords passwords = new SessionPasswords();
    public final SyncSource syncSource = new SyncSource(sources, passwords.around(reader), staging, history, audit, clock);
    public final InMemoryPrepared prepared = new InMemoryPrepared();
    public final InMemoryPreparationSettings preparations = new InMemoryPreparationSettings();
    /** Enough of E.164 for tests: at least eight digits, written with a plus. */
    public final PhoneNormalizer phones = (raw, region) -> {
        String digits = raw.replaceAll("[^0-9]", "");
        return digits.length() < 8 ? Normalized.invalid(raw, "too short for a phone number") : Normalized.valid("+" + digits);
    };
    public final PrepareSource prepareSource = new PrepareSource(sources, staging, staging::rows, prepared, preparations,
            TagColumns.withBuiltInDictionary(clock), phones, audit, clock);
    public final SourceTools sourceTools = new SourceTools(
            new PreviewPreparation(sources, staging, preparations, TagColumns.withBuiltInDictionary(clock), phones, clock),
            new EditColumnTag(sources, preparations, audit, clock),
            new ListQuarantine(sources, prepared.quarantine()),
            new ExportQuarantine(sources, prepared.quarantine(), new PlainCsvFiles()),
            new InspectSource(passwords.around(reader), TagColumns.withBuiltInDictionary(clock)),
            passwords);
    public final ListCampaigns listCampaigns = new ListCampaigns(campaigns);
    /** Profiles and match rate stay empty until identity resolution exists. */
    public final WorkspaceStats stats = new WorkspaceStats() {
        @Override public long stagedRecords() {
            return sources.list().stream().mapToLong(s -> staging.count(s.name())).sum();
        }
        @Override public long profiles() { return 0; }
        @Override public OptionalDouble matchRate() { return OptionalDouble.empty(); }
        @Override public long openReviewItems() { return 0; }
        @Override public Optional<Instant> lastSync() {
            return history.recent(1).stream().map(r -> r.finishedAt()).findFirst();
        }
    };
    /** The Identity screen's port: the same people as the sources, resolved by the real engine. */
    public final InMemoryIdentityWorkbench identity = InMemoryIdentityWorkbench.withPeople(AS_OF);
    /** The Review screen's port: empty until {@link #withReviewPairs()}, as before any identity run. */
    public InMemoryReviewDesk review = new InMemoryReviewDesk(AS_OF, "alex");
    public final InMemoryGoldDesk gold = new InMemoryGoldDesk(audit, clock, () -> user).withDemoSources();
    public final ShowWorkspaceOverview overview = new ShowWorkspaceOverview(sources, campaigns, stats);
    /** The language-model settings: none until a test or the Settings screen saves some. */
    public final InMemoryModelReview modelReview = new InMemoryModelReview(audit, clock);
    /** The Customers screen's port: empty until {@link #withCustomers()}, as before any identity run. */
    public final InMemoryCustomerDesk customers = new InMemoryCustomerDesk(() -> user, clock, audit);

    /** The Audiences screen's port: no customers until {@link #withAudiences()}. */
    public InMemoryAudienceDesk audiences = InMemoryAudienceDesk.empty();

    /** The Simulation screen's port: eight scripted customers for whichever campaign is simulated. */
    public final InMemorySimulationDesk simulation = new InMemorySimulationDesk(campaigns::list, AS_OF);

    /** The Activation screen's feed: nothing decided until a test adds decisions. */
    public final InMemoryDecisionFeed decisionFeed = new InMemoryDecisionFeed();

    public static TestWorkspace empty() {
        return new TestWorkspace();
    }

    /** Two synced sources, one never synced, and three campaigns (two active). */
    public static TestWorkspace withData() {
        TestWorkspace w = new TestWorkspace();
        w.reader.put("crm", List.of(
                List.of("CustomerID", "First Name", "Last Name", "E-mail", "Phone"),
                List.of("C-1001", "Maria", "Lopez", "maria.lopez@example.com", "(512) 555-0134"),
                List.of("C-1002", "James", "O'Neil", "jim.oneil@example.com", "+1 512 555 0199"),
                List.of("C-1003", "Anna", "Schmidt", "anna.schmidt@example.de", "+49 30 1234567")));
        w.reader.put("webshop", List.of(
                List.of("customer_email", "name", "city", "orders"),
                List.of("maria.lopez@example.com", "Maria Lopez", "Austin", "7"),
                List.of("anna@example.de", "A. Schmidt", "Berlin", "2")));
        w.addSource.add(w.actor, "crm", SourceKind.FILE, "/data/exports/crm.csv", Map.of());
        w.addSource.add(w.actor, "webshop", SourceKind.FOLDER, "/data/exports/webshop/", Map.of());
        w.addSource.add(w.actor, "support", SourceKind.JDBC, "jdbc:postgresql://desk:5432/support", Map.of("table", "tickets"));
        w.syncSource.sync(w.actor, "crm", TaskContext.silent());
        w.syncSource.sync(w.actor, "webshop", TaskContext.silent());
        w.campaigns.save(new Campaign("VIP early access", "announce", CampaignStatus.ACTIVE,
                "Gold and platinum members who bought in the last 90 days", List.of("email", "push"),
                "Two emails a week apart, a push on launch day.", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 15)));
        w.campaigns.save(new Campaign("Welcome series", "welcome", CampaignStatus.ACTIVE,
                "Everyone who signed up in the last 30 days", List.of("email"),
                "Three emails over two weeks.", LocalDate.of(2026, 1, 1), null));
        w.campaigns.save(new Campaign("Win-back", "win back", CampaignStatus.DRAFT,
                "Customers with no order in 180 days", List.of("email", "sms"), "", null, null));
        return w;
    }

    /** Three open pairs in the review queue (Maria's and Anna's alike, James's with a model verdict). */
    public TestWorkspace withReviewPairs() {
        review = InMemoryReviewDesk.withPairs(AS_OF, "alex");
        return this;
    }

    /** Three customers in the gold table (Maria with lineage, metrics and events; James; Anna). */
    public TestWorkspace withCustomers() {
        customers.withCustomers(AS_OF);
        return this;
    }

    /** Twelve customers to build audiences from (see {@link InMemoryAudienceDesk#withCustomers()}). */
    public TestWorkspace withAudiences() {
        audiences = InMemoryAudienceDesk.withCustomers();
        return this;
    }

    /** The screens run for {@code someone} (to test what a role may not do). */
    public TestWorkspace actingAs(Actor someone) {
        this.user = someone;
        return this;
    }

    public AppServices services() {
        return new AppServices(user, clock, Path.of("/tmp/lakefront-test-workspace"), overview, sources, history,
                staging, addSource, syncSource, listCampaigns, prepareSource, preparations,
                prepared.quarantine(), sourceTools, identity, modelReview.configure(), review, gold, customers,
                audiences, briefDesk(), simulation, decisionFeed);
    }

    /** Briefs kept beside the campaigns, over customers counted by {@link CountingAudienceQuery}. */
    public final InMemoryBriefStore briefs = new InMemoryBriefStore(campaigns);
    public final CountingAudienceQuery audienceQuery = new CountingAudienceQuery();

    public io.lakefront.ui.campaigns.BriefDesk briefDesk() {
        io.lakefront.domain.campaign.brief.MeasureAudience measure =
                new io.lakefront.domain.campaign.brief.MeasureAudience(audienceQuery, clock);
        return new io.lakefront.ui.campaigns.BriefDesk(briefs,
                new io.lakefront.domain.campaign.brief.SaveBrief(briefs, audit, clock),
                new io.lakefront.domain.campaign.brief.ApproveBrief(briefs, measure, audit, clock), measure, user,
                List::of, Optional.empty(), clock);
    }
}
