package io.lakefront.ui;

import io.lakefront.ui.activation.ActivationView;
import io.lakefront.ui.activation.ActivationViewModel;
import io.lakefront.ui.audiences.AudiencesView;
import io.lakefront.ui.audiences.AudiencesViewModel;
import io.lakefront.ui.campaigns.BriefConversationViewModel;
import io.lakefront.ui.campaigns.BriefEditorViewModel;
import io.lakefront.ui.campaigns.CampaignsView;
import io.lakefront.ui.campaigns.CampaignsViewModel;
import io.lakefront.ui.customers.CustomersView;
import io.lakefront.ui.gold.GoldRulesView;
import io.lakefront.ui.gold.GoldRulesViewModel;
import io.lakefront.ui.customers.CustomersViewModel;
import io.lakefront.ui.home.HomeView;
import io.lakefront.ui.home.HomeViewModel;
import io.lakefront.ui.identity.IdentityView;
import io.lakefront.ui.identity.IdentityViewModel;
import io.lakefront.ui.performance.PerformanceView;
import io.lakefront.ui.performance.PerformanceViewModel;
import io.lakefront.ui.review.ReviewQueueView;
import io.lakefront.ui.review.ReviewQueueViewModel;
import io.lakefront.ui.settings.ModelReviewSettingsViewModel;
import io.lakefront.ui.settings.SettingsView;
import io.lakefront.ui.settings.SettingsViewModel;
import io.lakefront.ui.shell.MainView;
import io.lakefront.ui.shell.MainViewModel;
import io.lakefront.ui.shell.ModalHost;
import io.lakefront.ui.shell.Screen;
import io.lakefront.ui.shell.ScreenController;
import io.lakefront.ui.shell.ThemeMode;
import io.lakefront.ui.shell.ThemeSettings;
import io.lakefront.ui.simulation.SimulationView;
import io.lakefront.ui.simulation.SimulationViewModel;
import io.lakefront.ui.sources.AddSourceView;
import io.lakefront.ui.sources.ColumnsTab;
import io.lakefront.ui.sources.NormalizationTab;
import io.lakefront.ui.sources.QuarantineTab;
import io.lakefront.ui.sources.SourcesView;
import io.lakefront.ui.sources.SourcesViewModel;
import io.lakefront.ui.task.FxTaskExecutor;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The UI's composition root: builds the view models from {@link AppServices} and the map that
 * hands each FXML controller its dependencies. Build it on the JavaFX thread.
 */
public final class Workbench implements AutoCloseable {
    /** The workbench's own stylesheet, added after AtlantaFX's theme. */
    public static final String STYLESHEET = Workbench.class.getResource("lakefront.css").toExternalForm();

    private final FxTaskExecutor tasks;
    private final ThemeSettings theme;
    private final MainViewModel main;
    private final ModalHost modal = new ModalHost();
    private final ViewLoader loader;
    private final MainView mainView;

    private Workbench(AppServices services, ThemeMode initialTheme, FxTaskExecutor tasks) {
        this.tasks = tasks;
        this.theme = new ThemeSettings(initialTheme);
        Application.setUserAgentStylesheet(initialTheme.userAgentStylesheet());
        this.main = new MainViewModel(theme, services.actor(), services.clock(), services.workspace());

        SourcesViewModel sources = new SourcesViewModel(services, tasks);
        // Built here, not in its view's supplier: the Campaigns screen's Simulate chooses its campaign.
        SimulationViewModel simulation = new SimulationViewModel(services.simulation(), tasks, Platform::runLater);
        Map<Class<?>, Supplier<?>> views = new HashMap<>();
        views.put(MainView.class, () -> new MainView(main, this::loadScreen, modal, tasks.running()));
        views.put(HomeView.class, () -> new HomeView(
                new HomeViewModel(services.overview(), services.actor(), tasks, services.clock()), main));
        views.put(SourcesView.class, () -> new SourcesView(sources, () -> loader().load(AddSourceView.class), main));
        views.put(AddSourceView.class, () -> new AddSourceView(sources.newSourceForm(), modal));
        views.put(ColumnsTab.class, () -> new ColumnsTab(sources));
        views.put(NormalizationTab.class, () -> new NormalizationTab(sources));
        views.put(QuarantineTab.class, () -> new QuarantineTab(sources));
        views.put(IdentityView.class, () -> new IdentityView(
                new IdentityViewModel(services.identity(), tasks, Platform::runLater, services.clock()), main));
        views.put(ReviewQueueView.class, () -> new ReviewQueueView(
                new ReviewQueueViewModel(services.review(), tasks, services.clock()), main, modal));
        views.put(CustomersView.class, () -> new CustomersView(
                new CustomersViewModel(services.customers(), services.identity(), tasks, services.clock()), main, modal));
        views.put(GoldRulesView.class, () -> new GoldRulesView(new GoldRulesViewModel(services.gold(), tasks)));
        views.put(AudiencesView.class, () -> new AudiencesView(new AudiencesViewModel(services.audiences(), tasks), main, modal));
        views.put(CampaignsView.class, () -> new CampaignsView(
                new CampaignsViewModel(services.campaigns(), services.actor(), tasks),
                new BriefEditorViewModel(services.briefs(), tasks), new BriefConversationViewModel(services.briefs(), tasks),
                main, name -> {
                    simulation.choose(name);
                    main.navigate(Screen.SIMULATION);
                }));
        views.put(SimulationView.class, () -> new SimulationView(simulation, main));
        views.put(PerformanceView.class, () -> new PerformanceView(new PerformanceViewModel(), main));
        views.put(ActivationView.class, () -> new ActivationView(
                new ActivationViewModel(services.decisionFeed(), tasks, services.clock()), main));
        views.put(SettingsView.class, () -> new SettingsView(
                new SettingsViewModel(services.workspace(), services.clock(), services.actor(), theme),
                new ModelReviewSettingsViewModel(services.modelReview(), services.actor(), tasks)));
        this.loader = new ViewLoader(views);
        this.mainView = loader.load(MainView.class).controller();
        mainView.root().getStylesheets().add(STYLESHEET);
    }

    /** Builds the workbench with its own task executor. Call on the JavaFX thread. */
    public static Workbench build(AppServices services, ThemeMode theme) {
        return new Workbench(services, theme, new FxTaskExecutor());
    }

    private ViewLoader loader() {
        return loader;
    }

    private ViewLoader.Loaded<? extends ScreenController> loadScreen(Screen screen) {
        Class<? extends ScreenController> view = switch (screen) {
            case HOME -> HomeView.class;
            case SOURCES -> SourcesView.class;
            case IDENTITY -> IdentityView.class;
            case REVIEW_QUEUE -> ReviewQueueView.class;
            case CUSTOMERS -> CustomersView.class;
            case GOLD_RULES -> GoldRulesView.class;
            case AUDIENCES -> AudiencesView.class;
            case CAMPAIGNS -> CampaignsView.class;
            case SIMULATION -> SimulationView.class;
            case PERFORMANCE -> PerformanceView.class;
            case ACTIVATION -> ActivationView.class;
            case SETTINGS -> SettingsView.class;
        };
        return loader.load(view);
    }

    /** The main window's content, with the workbench stylesheet attached. */
    public Parent root() {
        return mainView.root();
    }

    /** A new scene of the given size around {@link #root()}. */
    public Scene scene(double width, double height) {
        return new Scene(root(), width, height);
    }

    public MainViewModel mainViewModel() {
        return main;
    }

    public MainView mainView() {
        return mainView;
    }

    public FxTaskExecutor tasks() {
        return tasks;
    }

    @Override
    public void close() {
        tasks.close();
    }

    /** The theme the user chose; the app listens to remember it for the next start. */
    public javafx.beans.property.ReadOnlyObjectProperty<ThemeMode> themeProperty() {
        return theme.modeProperty();
    }
}
