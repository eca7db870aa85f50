package io.lakefront.app.demo;

import io.lakefront.app.Workspace;
import io.lakefront.connectors.file.CsvTableSink;
import io.lakefront.connectors.yaml.YamlAudienceStore;
import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.ManageAudiences;
import io.lakefront.domain.audience.SavedAudience;
import io.lakefront.domain.campaign.Campaign;
import io.lakefront.domain.demo.DemoAudiences;
import io.lakefront.domain.campaign.CampaignStatus;
import io.lakefront.domain.campaign.brief.BriefValidator;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.MeasureAudience;
import io.lakefront.domain.demo.DemoCampaigns;
import io.lakefront.domain.demo.DemoOptions;
import io.lakefront.domain.demo.DemoSummary;
import io.lakefront.domain.demo.GenerateDemoData;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.prep.Preparation;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.identity.workspace.WorkspaceResolution;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.source.SyncRun;
import io.lakefront.domain.task.TaskContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the demo workspace the way a user would: writes the source systems' export files, adds
 * each as a source, syncs and prepares it, resolves identities (which builds the gold table, keys
 * the event tables and computes the customer metrics), saves the demo campaigns and their saved audiences. Grows with every capability (metrics, audiences, ...).
 */
public final class DemoWorkspaceBuilder {
    /** One of the demo's source systems: its source name and the export file the generator writes. */
    public record DemoSource(String name, String file) {
    }

    /** The demo's sources, in the order they are added and synced. */
    public static final List<DemoSource> SOURCES = List.of(
            new DemoSource("crm", "crm_contacts.csv"),
            new DemoSource("shop", "shop_customers.csv"),
            new DemoSource("orders", "shop_orders.csv"),
            new DemoSource("support", "support_tickets.csv"),
            new DemoSource("engagement", "engagement_events.csv"));

    public record Result(DemoSummary data, List<SyncRun> syncs, List<Preparation> preparations, List<Campaign> campaigns,
                         WorkspaceResolution resolution, Path dataFolder) {
        /** The demo's ground truth ({@code truth.csv}: source file, record id, person id). */
        public Path truthFile() {
            return dataFolder.resolve(DemoAccuracy.TRUTH_FILE);
        }
    }

    private final Workspace workspace;

    public DemoWorkspaceBuilder(Workspace workspace) {
        this.workspace = workspace;
    }

    public Result build(long seed, int customers, TaskContext progress) {
        return build(seed, customers, java.util.Set.of(), progress);
    }

    /**
     * The demo without some of its sources: their files are written but not added, so that a test (or a
     * user) can add one later as a new source.
     */
    public Result build(long seed, int customers, java.util.Set<String> leftOut, TaskContext progress) {
        for (String name : leftOut) {
            if (SOURCES.stream().noneMatch(s -> s.name().equals(name))) {
                throw new UserError("the demo has no source '" + name + "'");
            }
        }
        List<DemoSource> sources = SOURCES.stream().filter(s -> !leftOut.contains(s.name())).toList();
        Actor actor = workspace.actor();
        if (!workspace.database().sourceStore().list().isEmpty()) {
            throw new UserError("workspace " + workspace.directory() + " already has sources; "
                    + "use an empty folder (--workspace DIR) or pass --force to rebuild it");
        }
        actor.require(io.lakefront.domain.governance.Permission.MANAGE_SOURCES);
        if (customers < 10) {
            throw new UserError("--customers: at least 10 (got " + customers + ")");
        }
        Path dataFolder = workspace.directory().resolve("demo-data");
        DemoSummary summary;
        try {
            Files.createDirectories(dataFolder);
            progress.message("Writing demo source files");
            summary = new GenerateDemoData().generate(
                    new DemoOptions(seed, customers, workspace.clock().now()), new CsvTableSink(dataFolder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo files into " + dataFolder, e);
        }
        workspace.auditLog().append(new AuditEntry(workspace.clock().now(), actor.name(), "demo.generated",
                "workspace " + workspace.directory(), "seed=" + seed + " people=" + customers + " files=" + dataFolder));
        List<SyncRun> syncs = new ArrayList<>();
        for (DemoSource source : sources) {
            Path file = dataFolder.resolve(source.file());
            workspace.addSource().add(actor, source.name(), SourceKind.FILE, file.toString(), Map.of());
            progress.message("Syncing " + source.name());
            syncs.add(workspace.syncSource().sync(actor, source.name(), progress));
        }
        // Then, as a user would: let the agent tag and normalize every source, with quarantine.
        List<Preparation> preparations = new ArrayList<>();
        for (DemoSource source : sources) {
            progress.message("Preparing " + source.name());
            preparations.add(workspace.prepareSource().prepare(actor, source.name(), progress));
        }
        // Then resolve identities, which also builds the gold table and keys the event tables.
        progress.message("Resolving identities");
        WorkspaceResolution resolution = workspace.resolveWorkspace().resolve(actor, progress);
        // Resolution refreshed customer_metrics; this only computes them if that step was cancelled.
        workspace.refreshCustomerMetrics().ensureCurrent(progress);
        LocalDate today = workspace.clock().today();
        // The campaigns, as a marketer makes them: briefs drafted from the data, approved, then running.
        progress.message("Drafting the demo campaigns");
        MeasureAudience measure = workspace.measureAudience();
        List<Campaign> campaigns = new ArrayList<>();
        for (CampaignBrief drafted : DemoCampaigns.briefs(today, measure::measure)) {
            CampaignBrief saved = workspace.saveBrief().save(actor, drafted);
            if (!BriefValidator.approvable(BriefValidator.validate(saved,
                    Optional.of(measure.measure(saved.audience().filter()))))) {
                // A demo built from a few sources may leave an audience empty: that brief stays a draft.
                campaigns.add(saved.toCampaign());
                continue;
            }
            CampaignBrief approved = workspace.approveBrief().approve(actor, drafted.name());
            Campaign running = approved.toCampaign();
            running = new Campaign(running.name(), running.goal(), CampaignStatus.ACTIVE, running.audience(),
                    running.channels(), running.summary(), running.startDate(), running.endDate());
            workspace.saveCampaign().save(actor, running);
            campaigns.add(running);
        }
        ManageAudiences audiences = new ManageAudiences(new YamlAudienceStore(workspace.directory()), workspace.auditLog(),
                workspace.clock());
        for (SavedAudience audience : DemoAudiences.defaults()) {
            audiences.save(actor, audience);
        }
        return new Result(summary, syncs, preparations, campaigns, resolution, dataFolder);
    }
}
