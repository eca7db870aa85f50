package io.lakefront.app;

import io.lakefront.app.identity.YamlIdentityRules;
import io.lakefront.app.identity.WorkspaceIdentityWorkbench;
import io.lakefront.connectors.CompositeSourceReader;
import io.lakefront.connectors.embedding.CombinedHeaderMeaning;
import io.lakefront.connectors.file.AtomicCsvFiles;
import io.lakefront.connectors.phone.LibPhoneNumberNormalizer;
import io.lakefront.connectors.llm.LangChainPairReviewers;
import io.lakefront.connectors.plugin.ScorerPlugins;
import io.lakefront.connectors.secret.EncryptedSecretStore;
import io.lakefront.connectors.similarity.CommonsStringMetrics;
import io.lakefront.connectors.yaml.SourcePrepYamlStore;
import io.lakefront.connectors.yaml.WorkspaceConfig;
import io.lakefront.connectors.yaml.YamlBriefStore;
import io.lakefront.connectors.yaml.YamlCampaignStore;
import io.lakefront.connectors.yaml.YamlModelReviewSettingsStore;
import io.lakefront.connectors.yaml.YamlWorkspaceConfigStore;
import io.lakefront.domain.campaign.CampaignStore;
import io.lakefront.domain.campaign.ListCampaigns;
import io.lakefront.domain.campaign.SaveCampaign;
import io.lakefront.domain.campaign.brief.ApproveBrief;
import io.lakefront.ui.campaigns.BriefDesk;
import io.lakefront.domain.campaign.brief.BriefStore;
import io.lakefront.domain.campaign.brief.MeasureAudience;
import io.lakefront.domain.campaign.brief.SaveBrief;
import io.lakefront.persistence.JdbiAudienceQuery;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.SecretStore;
import io.lakefront.domain.identity.review.ConfigureModelReview;
import io.lakefront.domain.identity.review.LatestRunEvidence;
import io.lakefront.domain.identity.review.ModelReviewSettingsStore;
import io.lakefront.domain.identity.review.ModelVerdicts;
import io.lakefront.domain.identity.review.PairReviewers;
import io.lakefront.domain.identity.review.ReviewWithModel;
import io.lakefront.domain.prep.EditColumnTag;
import io.lakefront.domain.prep.ExportQuarantine;
import io.lakefront.domain.prep.HeaderMeaning;
import io.lakefront.domain.prep.InspectSource;
import io.lakefront.domain.prep.ListQuarantine;
import io.lakefront.connectors.yaml.YamlGoldSpecStore;
import io.lakefront.domain.gold.ConfigureGold;
import io.lakefront.domain.gold.ConfiguredGoldBuilder;
import io.lakefront.domain.gold.ExportTables;
import io.lakefront.domain.gold.GoldSpecStore;
import io.lakefront.domain.gold.GoldSetup;
import io.lakefront.domain.gold.GoldSpec;
import io.lakefront.domain.governance.Permission;
import io.lakefront.ui.gold.GoldDesk;
import io.lakefront.persistence.JdbiGoldTables;
import io.lakefront.domain.gold.metrics.RefreshCustomerMetrics;
import io.lakefront.domain.identity.IdentityEngine;
import io.lakefront.app.review.WorkspaceReviewDesk;
import io.lakefront.app.customers.WorkspaceCustomerDesk;
import io.lakefront.domain.gold.profile.ClusterMemberRecords;
import io.lakefront.domain.gold.profile.SearchCustomers;
import io.lakefront.domain.gold.profile.ShowCustomer;
import io.lakefront.domain.gold.profile.SplitOutMember;
import io.lakefront.persistence.JdbiCustomerProfiles;
import io.lakefront.domain.identity.review.DecideReview;
import io.lakefront.domain.identity.review.FindSimilarPairs;
import io.lakefront.domain.identity.review.ListReviewQueue;
import io.lakefront.domain.identity.review.ModelVerdicts;
import io.lakefront.domain.identity.review.ReshapeClusters;
import io.lakefront.domain.identity.review.ShowReviewItem;
import io.lakefront.domain.identity.review.SourceImportance;
import io.lakefront.domain.identity.workspace.DecideLink;
import io.lakefront.domain.identity.workspace.ExplainPair;
import io.lakefront.domain.identity.workspace.IdentityRules;
import io.lakefront.domain.identity.workspace.ListClusters;
import io.lakefront.domain.identity.workspace.ListScoredPairs;
import io.lakefront.domain.identity.workspace.LoadIdentityRules;
import io.lakefront.domain.identity.workspace.AcceptRecommendation;
import io.lakefront.domain.identity.workspace.AcceptRule;
import io.lakefront.domain.identity.workspace.PreviewRecommendation;
import io.lakefront.domain.identity.workspace.RecommendRulesForSource;
import io.lakefront.domain.identity.workspace.ProposeRules;
import io.lakefront.domain.identity.workspace.RecallLatestRun;
import io.lakefront.domain.identity.workspace.ResolutionMemory;
import io.lakefront.domain.identity.workspace.ResolveWorkspace;
import io.lakefront.domain.identity.workspace.SaveIdentityRules;
import io.lakefront.domain.identity.workspace.ShowCluster;
import io.lakefront.domain.identity.workspace.ShowLatestResolution;
import io.lakefront.domain.prep.NormalizationRules;
import io.lakefront.domain.prep.PhoneNormalizer;
import io.lakefront.domain.prep.PrepareSource;
import io.lakefront.domain.prep.PreviewPreparation;
import io.lakefront.domain.prep.QuarantineStore;
import io.lakefront.domain.prep.TagColumns;
import io.lakefront.domain.source.AddSource;
import io.lakefront.domain.source.SessionPasswords;
import io.lakefront.domain.source.SourceReader;
import io.lakefront.domain.source.SyncSource;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.domain.workspace.ShowWorkspaceOverview;
import io.lakefront.persistence.JdbiCustomerMetricsStore;
import io.lakefront.persistence.JdbiPreparedStore;
import io.lakefront.persistence.JdbiQuarantineStore;
import io.lakefront.persistence.WorkspaceDatabase;
import io.lakefront.ui.AppServices;
import io.lakefront.ui.sources.SourceTools;
import io.lakefront.ui.identity.IdentityWorkbench;
import io.lakefront.ui.review.ReviewDesk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The composition root: one open workspace folder and everything wired to it by hand — the
 * database, the YAML configuration, the adapters and the use cases. Both the command line and the
 * desktop application are built from here.
 */
public final class Workspace implements AutoCloseable {
    static final String CONFIG_FILE = "workspace.yaml";

    private final Path directory;
    private final WorkspaceClock clock;
    private RefreshCustomerMetrics refreshCustomerMetrics;
    private final WorkspaceDatabase database;
    private final YamlWorkspaceConfigStore configStore;
    private volatile WorkspaceConfig config;
    private final CampaignStore campaignStore;
    private final SourceReader sourceReader = CompositeSourceReader.standard();
    /** The dictionary plus the embedding model, which loads on the first header the dictionary is unsure of. */
    private final HeaderMeaning headerMeaning = CombinedHeaderMeaning.standard();
    private final PhoneNormalizer phones = new LibPhoneNumberNormalizer();
    /** Database passwords typed in the workbench: in memory for as long as this workspace is open, never saved. */
    private final SessionPasswords sessionPasswords = new SessionPasswords();
    /** The latest run's engine result, so that explaining a pair right after a run needs no retraining. */
    private final ResolutionMemory resolutionMemory = new ResolutionMemory();
    /** One per workspace: it holds the newest run, which the screen and the screenshots share. */
    private IdentityWorkbench identity;
    /** Secrets (the model's API key) encrypted in the workspace with a key from the user's key store. */
    private final SecretStore secrets;
    private final PairReviewers pairReviewers = new LangChainPairReviewers();
    /** One per workspace: it holds the customer search index, rebuilt after each resolution run. */
    private SearchCustomers searchCustomers;
    private io.lakefront.domain.audience.index.AudienceIndexCache audienceIndex;
    private io.lakefront.domain.audience.ValueCatalogue valueCatalogue;
    private io.lakefront.connectors.embedding.EmbeddingSynonyms synonyms;

    private Workspace(Path directory, WorkspaceClock clock) {
        this.directory = directory;
        this.clock = clock;
        try {
            Files.createDirectories(directory.resolve("campaigns"));
            Files.createDirectories(directory.resolve("sources"));
            Files.createDirectories(directory.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the workspace folder " + directory, e);
        }
        this.configStore = new YamlWorkspaceConfigStore(directory);
        this.config = configStore.load();
        if (!Files.exists(directory.resolve(CONFIG_FILE))) {
            configStore.save(config);
        }
        this.database = WorkspaceDatabase.open(directory);
        this.campaignStore = new YamlCampaignStore(directory);
        this.secrets = EncryptedSecretStore.forUser(directory);
    }

    /** Opens (and on first use creates) the workspace in {@code directory}. */
    public static Workspace open(Path directory, WorkspaceClock clock) {
        return new Workspace(directory.toAbsolutePath().normalize(), clock);
    }

    /** A workspace exists once its configuration file was written. */
    public static boolean exists(Path directory) {
        return Files.isRegularFile(directory.resolve(CONFIG_FILE));
    }

    /** Points the log file into the workspace before the first logger is created. */
    public static void prepareLogging(Path directory) {
        System.setProperty("lakefront.logdir", directory.resolve("logs").toString());
    }

    public Path directory() {
        return directory;
    }

    public WorkspaceClock clock() {
        return clock;
    }

    /** The person using this workspace, from {@code workspace.yaml}. */
    public Actor actor() {
        return new Actor(config.userName(), config.roles().isEmpty() ? java.util.Set.of() : java.util.EnumSet.copyOf(config.roles()));
    }

    public WorkspaceConfig config() {
        return config;
    }

    /** Remembers the workbench theme in {@code workspace.yaml}. */
    public synchronized void saveTheme(WorkspaceConfig.Theme theme) {
        config = config.withTheme(theme);
        configStore.save(config);
    }

    public AuditLog auditLog() {
        return database.auditLog();
    }

    public AddSource addSource() {
        return new AddSource(database.sourceStore(), database.auditLog(), clock);
    }

    public SyncSource syncSource() {
        return new SyncSource(database.sourceStore(), sessionPasswords.around(sourceReader), database.stagingStore(),
                database.syncHistory(), database.auditLog(), clock);
    }

    /** Tags, normalizes and quarantines a synced source into its prepared table ({@code prepare NAME}). */
    public PrepareSource prepareSource() {
        return new PrepareSource(database.sourceStore(), database.stagingStore(), database.stagingStore()::rows,
                preparedStore(), new SourcePrepYamlStore(directory), new TagColumns(headerMeaning, clock), phones,
                database.auditLog(), clock);
    }

    /** What the next prepare would do to a source's first staged rows; writes nothing. */
    public PreviewPreparation previewPreparation() {
        return new PreviewPreparation(database.sourceStore(), database.stagingStore(), new SourcePrepYamlStore(directory),
                new TagColumns(headerMeaning, clock), phones, clock);
    }

    /** Saves (and takes back) the user's tag for a column in {@code sources/<name>.yaml}. */
    public EditColumnTag editColumnTag() {
        return new EditColumnTag(database.sourceStore(), new SourcePrepYamlStore(directory), database.auditLog(), clock);
    }

    public ListQuarantine listQuarantine() {
        return new ListQuarantine(database.sourceStore(), quarantineStore());
    }

    /** {@code quarantine NAME --out FILE} and the quarantine viewer's Export. */
    public ExportQuarantine exportQuarantine() {
        return new ExportQuarantine(database.sourceStore(), quarantineStore(), new AtomicCsvFiles());
    }

    /** Reads and tags a source's first rows before it is added (the Add source wizard's test step). */
    public InspectSource inspectSource() {
        return new InspectSource(sessionPasswords.around(sourceReader), new TagColumns(headerMeaning, clock));
    }

    public JdbiPreparedStore preparedStore() {
        return new JdbiPreparedStore(database.jdbi(), clock::now);
    }

    public QuarantineStore quarantineStore() {
        return new JdbiQuarantineStore(database.jdbi());
    }

    /** The workspace's {@code identity.yaml}. */
    public IdentityRules identityRules() {
        return new YamlIdentityRules(directory);
    }

    /** Re-resolves the workspace and rebuilds the gold and event tables ({@code resolve}, the Identity screen's Run). */
    public ResolveWorkspace resolveWorkspace() {
        return new ResolveWorkspace(database.preparedSources(), identityRules(), database.resolutionStore(),
                database.linkDecisions(), identityEngine(), new ConfiguredGoldBuilder(goldSpecs()), normalizationRules(),
                database.auditLog(), clock, resolutionMemory, refreshCustomerMetrics());
    }

    /** {@code customer_metrics}: refreshed after every resolution; readers call {@code ensureCurrent} first. */
    public synchronized RefreshCustomerMetrics refreshCustomerMetrics() {
        // One per workspace: it remembers the as-of it knows every row is current for (see its field).
        if (refreshCustomerMetrics == null) {
            refreshCustomerMetrics = new RefreshCustomerMetrics(customerMetrics(), clock);
        }
        return refreshCustomerMetrics;
    }

    /** The stored {@code customer_metrics} rows; call {@code refreshCustomerMetrics().ensureCurrent(...)} before reading. */
    public JdbiCustomerMetricsStore customerMetrics() {
        return new JdbiCustomerMetricsStore(database.jdbi());
    }

    /** The workspace's {@code gold.yaml}. */
    public GoldSpecStore goldSpecs() {
        return new YamlGoldSpecStore(directory);
    }

    public ConfigureGold configureGold() {
        return new ConfigureGold(goldSpecs(), database.preparedSources(), database.auditLog(), clock);
    }

    /** The Gold rules screen's access to gold.yaml, as the workspace's user. */
    public GoldDesk goldDesk() {
        ConfigureGold configure = configureGold();
        Actor actor = actor();
        return new GoldDesk() {
            @Override public GoldSetup show() { return configure.show(actor); }
            @Override public GoldSetup save(GoldSpec spec) { return configure.save(actor, spec); }
            @Override public boolean canEdit() {
                return actor.may(Permission.MANAGE_SOURCES) || actor.may(Permission.RESOLVE_IDENTITIES);
            }
        };
    }

    /** {@code gold export} and {@code export TABLE}. */
    public ExportTables exportTables() {
        return new ExportTables(new JdbiGoldTables(database.jdbi()), goldSpecs(), new AtomicCsvFiles(),
                database.auditLog(), clock, refreshCustomerMetrics());
    }

    public ShowLatestResolution showLatestResolution() {
        return new ShowLatestResolution(database.resolutionStore());
    }

    public ListClusters listClusters() {
        return new ListClusters(database.resolutionStore());
    }

    public ShowCluster showCluster() {
        return new ShowCluster(database.resolutionStore(), database.preparedSources(), database.linkDecisions());
    }

    public ListScoredPairs listScoredPairs() {
        return new ListScoredPairs(database.resolutionStore());
    }

    public ExplainPair explainPair() {
        return new ExplainPair(database.resolutionStore(), resolutionMemory, database.preparedSources(), identityRules(),
                normalizationRules(), identityEngine());
    }

    /** The latest committed run with the engine's full result (in memory, or computed again). */
    public RecallLatestRun recallLatestRun() {
        return new RecallLatestRun(database.resolutionStore(), resolutionMemory, database.preparedSources(),
                identityRules(), database.linkDecisions(), normalizationRules(), identityEngine());
    }

    public LoadIdentityRules loadIdentityRules() {
        return new LoadIdentityRules(identityRules(), database.preparedSources());
    }

    public SaveIdentityRules saveIdentityRules() {
        return new SaveIdentityRules(identityRules(), database.auditLog(), clock);
    }

    /** Deterministic rules people's decisions support, with their impact on the latest run ({@code rules propose}). */
    public ProposeRules proposeRules() {
        return new ProposeRules(recallLatestRun(), database.linkDecisions(), identityRules());
    }

    /** Adds an accepted rule proposal to {@code identity.yaml} ({@code rules accept N}). */
    public AcceptRule acceptRule() {
        return new AcceptRule(loadIdentityRules(), saveIdentityRules(), database.auditLog(), clock);
    }

    /** Recommendations for the rules after a source was added ({@code rules recommend --source NAME}). */
    public RecommendRulesForSource recommendRulesForSource() {
        return new RecommendRulesForSource(database.preparedSources(), identityRules(), database.resolutionStore(),
                normalizationRules());
    }

    /** A recommendation's impact: the engine run with and without it. */
    public PreviewRecommendation previewRecommendation() {
        return new PreviewRecommendation(database.preparedSources(), identityRules(), database.resolutionStore(),
                database.linkDecisions(), normalizationRules(), identityEngine());
    }

    /** Writes an accepted recommendation into {@code identity.yaml} (audited). */
    public AcceptRecommendation acceptRecommendation() {
        return new AcceptRecommendation(loadIdentityRules(), saveIdentityRules(), database.auditLog(), clock);
    }

    /** Must-link / cannot-link decisions (the review queue's verdicts). */
    public DecideLink decideLink() {
        return new DecideLink(database.linkDecisions(), database.auditLog(), clock);
    }

    public SecretStore secretStore() {
        return secrets;
    }

    /** The model stage's settings, {@code llm.yaml}. */
    public ModelReviewSettingsStore modelReviewSettings() {
        return new YamlModelReviewSettingsStore(directory);
    }

    /** Reads and changes the model stage's settings and key; tests a connection ({@code settings llm}, Settings). */
    public ConfigureModelReview configureModelReview() {
        return new ConfigureModelReview(modelReviewSettings(), secrets, pairReviewers, database.auditLog(), clock);
    }

    /** The model stage over the latest run's open review items ({@code review-model}). */
    public ReviewWithModel reviewWithModel() {
        return new ReviewWithModel(modelReviewSettings(), secrets, pairReviewers, database.reviewBand(),
                new LatestRunEvidence(recallLatestRun()), database.modelVerdicts(), decideLink(), database.auditLog(), clock);
    }

    /** The model's verdicts on review pairs, for the review queue. */
    public ModelVerdicts modelVerdicts() {
        return database.modelVerdicts();
    }

    /** The open review queue in value order ({@code review list}, the Review screen). */
    public ListReviewQueue listReviewQueue() {
        return new ListReviewQueue(database.reviewItems(), identityRules(), SourceImportance.equal());
    }

    /** One review item with both records, the evidence and the model's verdict. */
    public ShowReviewItem showReviewItem() {
        return new ShowReviewItem(database.reviewItems(), database.resolutionStore(), database.preparedSources(),
                explainPair(), modelVerdicts(), database.linkDecisions());
    }

    /** Answers to review items, one or in bulk, and undo ({@code review decide}, {@code review undo}). */
    public DecideReview decideReview() {
        return new DecideReview(database.reviewItems(), decideLink(), database.auditLog(), clock);
    }

    /** The preview of a bulk decision: open pairs with the same comparison pattern. */
    public FindSimilarPairs findSimilarPairs() {
        return new FindSimilarPairs(listReviewQueue(), explainPair());
    }

    /** Split a record out of its cluster, merge two clusters (as link decisions). */
    public ReshapeClusters reshapeClusters() {
        return new ReshapeClusters(database.resolutionStore(), decideLink(), database.auditLog(), clock);
    }

    private IdentityEngine identityEngine() {
        // A user's own scorers (plugins/*.jar) take part in workspace runs as in file mode.
        return new IdentityEngine(new CommonsStringMetrics(), ScorerPlugins.load(directory.resolve(ScorerPlugins.FOLDER)));
    }

    private NormalizationRules normalizationRules() {
        return new NormalizationRules(phones, clock);
    }

    public ListCampaigns listCampaigns() {
        return new ListCampaigns(campaignStore);
    }

    public SaveCampaign saveCampaign() {
        return new SaveCampaign(campaignStore, database.auditLog(), clock);
    }

    /** The campaign briefs, kept in the campaign files with their versions under {@code campaigns/.history}. */
    public BriefStore briefStore() {
        return new YamlBriefStore(directory);
    }

    /** An audience's facts for the brief (size, consent per channel, preferred hour, baselines) by counts in SQL. */
    public MeasureAudience measureAudience() {
        return new MeasureAudience(new JdbiAudienceQuery(database.jdbi()), clock);
    }

    public SaveBrief saveBrief() {
        return new SaveBrief(briefStore(), database.auditLog(), clock);
    }

    public ApproveBrief approveBrief() {
        return new ApproveBrief(briefStore(), measureAudience(), database.auditLog(), clock);
    }

    public ShowWorkspaceOverview overview() {
        return new ShowWorkspaceOverview(database.sourceStore(), campaignStore, database.workspaceStats());
    }

    /** The Identity screen's port over workspace-mode resolution: runs, the newest run, and {@code identity.yaml}. */
    public synchronized IdentityWorkbench identityWorkbench() {
        if (identity == null) {
            identity = new WorkspaceIdentityWorkbench(directory.resolve(YamlIdentityRules.FILE), this::actor,
                    resolveWorkspace(), recallLatestRun(), loadIdentityRules(), saveIdentityRules(),
                    new CommonsStringMetrics(), proposeRules(), acceptRule(),
                    new WorkspaceIdentityWorkbench.Recommendations(recommendRulesForSource(), previewRecommendation(),
                            acceptRecommendation()));
        }
        return identity;
    }

    /** The Review screen's port. */
    public ReviewDesk reviewDesk() {
        return new WorkspaceReviewDesk(this::actor, listReviewQueue(), showReviewItem(), decideReview(), findSimilarPairs());
    }

    /** Customer 360 search by name, email or phone ({@code customers search}, the Customers screen). */
    public synchronized SearchCustomers searchCustomers() {
        if (searchCustomers == null) {
            searchCustomers = new SearchCustomers(new JdbiCustomerProfiles(database.jdbi()));
        }
        return searchCustomers;
    }

    /** One customer's profile with lineage, members, history, timeline and metrics ({@code customers show}). */
    public ShowCustomer showCustomer() {
        return new ShowCustomer(new JdbiCustomerProfiles(database.jdbi()),
                new ClusterMemberRecords(database.resolutionStore(), database.preparedSources()), database.linkDecisions(), clock);
    }

    /** Customer 360's "Split out": a member leaves its customer at the next run. */
    public SplitOutMember splitOutMember() {
        return new SplitOutMember(reshapeClusters(),
                new ClusterMemberRecords(database.resolutionStore(), database.preparedSources()));
    }

    /** The Customers screen's port. */
    public WorkspaceCustomerDesk customerDesk() {
        return new WorkspaceCustomerDesk(this::actor, searchCustomers(), showCustomer(), splitOutMember(),
                refreshCustomerMetrics());
    }

    /** Saved audiences, suppression rules and the glossary ({@code audiences/*.yaml}). */
    public io.lakefront.domain.audience.AudienceStore audienceStore() {
        return new io.lakefront.connectors.yaml.YamlAudienceStore(directory);
    }

    /**
     * What changes when the tables an audience reads change: the latest run and the tables' sizes
     * (read cheaply from the database, so another process's resolution is noticed) and this
     * workspace's metrics refreshes.
     */
    private Object audienceDataVersion() {
        return java.util.List.of(new io.lakefront.persistence.JdbiAudienceSnapshot(database.jdbi()).version(),
                refreshCustomerMetrics().refreshes());
    }

    /** Counts and insights of audiences from the in-memory index, rebuilt when the data changed. */
    public synchronized io.lakefront.domain.audience.index.AudienceIndexCache audienceAnalytics() {
        if (audienceIndex == null) {
            audienceIndex = new io.lakefront.domain.audience.index.AudienceIndexCache(
                    new io.lakefront.persistence.JdbiAudienceSnapshot(database.jdbi()), clock.zone(), this::audienceDataVersion);
        }
        return audienceIndex;
    }

    /** Audiences counted in SQL ({@code audience --ids}, {@code --count}): no index to build for one question. */
    public io.lakefront.domain.audience.AudienceQuery audienceQuery() {
        return new io.lakefront.persistence.JdbiAudienceQuery(database.jdbi(),
                new io.lakefront.domain.audience.FilterCompiler(clock.zone()));
    }

    /** The values the data holds (cities, regions, categories, products), read once per version of the data. */
    public synchronized io.lakefront.domain.audience.ValueCatalogue valueCatalogue() {
        if (valueCatalogue == null) {
            valueCatalogue = new io.lakefront.domain.audience.CachedValueCatalogue(
                    new io.lakefront.persistence.JdbiValueCatalogue(database.jdbi()), this::audienceDataVersion);
        }
        return valueCatalogue;
    }

    private synchronized io.lakefront.connectors.embedding.EmbeddingSynonyms synonyms() {
        if (synonyms == null) {
            synonyms = io.lakefront.connectors.embedding.EmbeddingSynonyms.inProcess();
        }
        return synonyms;
    }

    /** The built-in interpreter: deterministic parsing, the value catalogue, the glossary as saved now, the embedding model. */
    public io.lakefront.domain.audience.AudienceInterpreter offlineAudienceInterpreter() {
        return request -> new io.lakefront.domain.audience.nl.OfflineAudienceInterpreter(valueCatalogue(),
                audienceStore().glossary(), synonyms(), clock).interpret(request);
    }

    /** The configured language model's interpreter, falling back to the offline one (and the offline one without a model). */
    public io.lakefront.domain.audience.AudienceInterpreter audienceInterpreter() {
        io.lakefront.domain.audience.AudienceInterpreter offline = offlineAudienceInterpreter();
        return request -> io.lakefront.connectors.llm.LangChainAudienceInterpreters.open(modelReviewSettings().load(),
                secrets.get(io.lakefront.domain.identity.review.ModelReviewSettings.API_KEY_SECRET), valueCatalogue(),
                java.time.Clock.fixed(clock.now(), clock.zone()), offline).interpret(request);
    }

    /** {@code audience "TEXT"}: words to customers, with the suppression rules applied. */
    public io.lakefront.domain.audience.DescribeAudience describeAudience() {
        return new io.lakefront.domain.audience.DescribeAudience(audienceInterpreter(), audienceStore(), audienceQuery(), clock);
    }

    /** The Audiences screen's port: the model (if any) when words are applied, the offline reading while typing. */
    public io.lakefront.app.audiences.WorkspaceAudienceDesk audienceDesk() {
        return new io.lakefront.app.audiences.WorkspaceAudienceDesk(this::actor, clock, database.auditLog(), audienceStore(),
                audienceInterpreter(), offlineAudienceInterpreter(), audienceAnalytics());
    }

    public WorkspaceDatabase database() {
        return database;
    }

    /** What the desktop screens need, with their background work on the given executor. */
    public AppServices appServices() {
        return new AppServices(actor(), clock, directory, overview(), database.sourceStore(), database.syncHistory(),
                database.stagingStore(), addSource(), syncSource(), listCampaigns(), prepareSource(),
                new SourcePrepYamlStore(directory), quarantineStore(),
                new SourceTools(previewPreparation(), editColumnTag(), listQuarantine(), exportQuarantine(), inspectSource(),
                        sessionPasswords),
                identityWorkbench(), configureModelReview(), reviewDesk(), goldDesk(), customerDesk(), audienceDesk(), briefDesk(),
                simulationDesk(), decisionFeed());
    }

    /**
     * The Campaigns screen's briefs for the workspace's user: the conversation offers the saved audiences
     * and understands a described one with the workspace's audience interpreter; the brief is drafted by
     * the workspace's language model when one is configured.
     */
    public BriefDesk briefDesk() {
        return new BriefDesk(briefStore(), saveBrief(), approveBrief(), measureAudience(), actor(), audienceStore()::list,
                java.util.Optional.of(audienceInterpreter()), clock, briefDrafter());
    }

    /** The configured language model's brief drafter (settings read per draft), falling back to the offline templates. */
    public io.lakefront.domain.campaign.brief.BriefDrafter briefDrafter() {
        io.lakefront.domain.campaign.brief.BriefDrafter offline = io.lakefront.domain.campaign.brief.BriefDrafter.offline();
        return (answers, facts) -> io.lakefront.connectors.llm.LangChainBriefDrafters.open(modelReviewSettings().load(),
                secrets.get(io.lakefront.domain.identity.review.ModelReviewSettings.API_KEY_SECRET), offline)
                .draft(answers, facts);
    }

    // ---- Decisioning: the simulation (issue 9) ----

    /** The workspace's decisioning settings ({@code decisioning.yaml}). */
    public io.lakefront.domain.decision.DecisionPolicyStore decisionPolicyStore() {
        return new io.lakefront.connectors.yaml.YamlDecisionPolicyStore(directory);
    }

    /** The engine with the settings as saved now. */
    public io.lakefront.domain.decision.DecisionEngine decisionEngine() {
        return new io.lakefront.domain.decision.DecisionEngine(decisionPolicyStore().load());
    }

    /** The pre-launch simulation: the live engine over a stratified sample; membership from the in-memory index. */
    public io.lakefront.domain.decision.simulation.SimulateCampaign simulateCampaign() {
        return new io.lakefront.domain.decision.simulation.SimulateCampaign(briefStore(), audienceStore(),
                audienceAnalytics(), decisionProfiles(),
                contactLedger(), decisionEngine(), clock);
    }

    /** The Simulation screen's port. */
    public io.lakefront.app.decision.WorkspaceSimulationDesk simulationDesk() {
        return new io.lakefront.app.decision.WorkspaceSimulationDesk(briefStore(), this::simulateCampaign, clock,
                this::actor);
    }

    /** What was already decided for customers (read side of the decisioning state). */
    public io.lakefront.domain.decision.ContactLedger contactLedger() {
        return decisionState();
    }

    // ---- Decisioning state and the Infinity loop (issue 9) ----

    /** Decisioning profiles from gold, metrics and later unsubscribes, for many customers at once. */
    public io.lakefront.persistence.JdbiDecisionProfiles decisionProfiles() {
        return new io.lakefront.persistence.JdbiDecisionProfiles(database.jdbi());
    }

    /** Live audience membership in SQL for a few customers (the loop's one customer after a signal). */
    public io.lakefront.persistence.SqlAudienceMembership sqlMembership() {
        return new io.lakefront.persistence.SqlAudienceMembership(database.jdbi(),
                new io.lakefront.domain.audience.FilterCompiler(clock.zone()));
    }

    /** What the Infinity loop received and decided and what waits in the outbox: the Activation screen reads it. */
    public io.lakefront.domain.decision.loop.DecisionFeed decisionFeed() {
        return new io.lakefront.persistence.JdbiDecisionFeed(database.jdbi());
    }

    /** The contact ledger, enrolments, outbox, decision log, signal inbox and due times (migration V10). */
    public io.lakefront.persistence.JdbiDecisionState decisionState() {
        return new io.lakefront.persistence.JdbiDecisionState(database.jdbi());
    }

    /** A signal recorded, its effects applied and its customer decided for again at once ({@code signal}, the loop). */
    public io.lakefront.domain.decision.loop.ReactToSignal reactToSignal() {
        io.lakefront.persistence.JdbiDecisionState state = decisionState();
        return new io.lakefront.domain.decision.loop.ReactToSignal(actor(), state, briefStore(),
                new io.lakefront.domain.decision.LiveCampaigns(briefStore(), state), audienceStore(),
                new io.lakefront.domain.decision.GatherFacts(decisionProfiles(), sqlMembership(), state),
                decisionEngine(),
                clock);
    }

    /**
     * The Infinity loop over this workspace ({@code loop}): not started; new source events are looked for
     * every {@code pollEvery}; {@code listener} hears every reaction on the loop's thread.
     */
    public io.lakefront.domain.decision.loop.DecisionLoop decisionLoop(java.time.Duration pollEvery,
            java.util.function.Consumer<io.lakefront.domain.decision.loop.Reaction> listener) {
        return new io.lakefront.domain.decision.loop.DecisionLoop(reactToSignal(), decisionState(),
                new io.lakefront.persistence.JdbiEventSignals(database.jdbi()), clock, pollEvery, listener);
    }

    @Override
    public void close() {
        database.close();
    }
}
