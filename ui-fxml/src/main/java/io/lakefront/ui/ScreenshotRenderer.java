package io.lakefront.ui;

import io.lakefront.ui.shell.Screen;
import io.lakefront.ui.shell.ThemeMode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders every screen of the workbench to PNG files, headless: for docs and reviewers.
 *
 * <p>The caller chooses the platform with system properties before the first call (for a machine
 * without a display: {@code glass.platform=Monocle}, {@code monocle.platform=Headless},
 * {@code prism.order=sw}). Every step runs on the JavaFX thread through {@code Platform.runLater};
 * this thread only waits.
 */
public final class ScreenshotRenderer {
    private static final long STEP_TIMEOUT_SECONDS = 60;
    private static final long LOADING_TIMEOUT_MILLIS = 120_000;
    /** The Sources screen's detail tabs shot besides its first one, in this order ({@code 02b-…}, {@code 02c-…}, …). */
    /** What the Audiences screenshot shows being described: chips, a count, insights. */
    private static final String AUDIENCE_EXAMPLE = "gold or platinum members in the US who bought in the last 12 months";
    private static final List<String> SOURCES_TABS = List.of("columns", "normalization", "quarantine");

    private ScreenshotRenderer() {
    }

    /**
     * Writes {@code 01-home.png} … {@code 11-settings.png} (with {@code 02b-sources-columns.png},
     * {@code 02c-sources-normalization.png} and {@code 02d-sources-quarantine.png}, the Sources screen's
     * other tabs, and — once identity resolution has run — {@code 03b-identity-blocking.png},
     * {@code 03c-identity-waterfall.png}, {@code 03d-identity-clusters.png} and {@code 03e-identity-rules.png};
     * {@code 11b-settings-language-model.png}, the Settings screen scrolled to its language-model card;
     * and, while the review queue has open pairs, {@code 04b-review-queue-bulk.png}, the bulk decision's preview;
     * and, once the gold table has customers, {@code 05b-customers-search.png} and {@code 05c-customers-profile.png})
     * and {@code 08b-campaigns-brief.png} and {@code 08c-campaigns-versions.png}, the selected campaign's brief and versions,
     * and, when a campaign can be simulated, {@code 09b-simulation-reasoning.png}: the first live campaign simulated over
     * a sample of 1,000 with a send's Reasoning panel)
     * and {@code 12-keyboard-shortcuts.png} into {@code outDir} (created if missing), each 1400×900, and
     * returns their paths in that order.
     */
    public static List<Path> renderAll(AppServices services, Path outDir, boolean dark) throws IOException {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("renderAll waits for the JavaFX thread; call it from another thread");
        }
        Files.createDirectories(outDir);
        startToolkit();
        Window window = onFx(() -> Window.open(services, dark ? ThemeMode.DARK : ThemeMode.LIGHT));
        try {
            List<Path> written = new ArrayList<>();
            int number = 1;
            for (Screen screen : Screen.values()) {
                onFx(() -> {
                    window.workbench.mainViewModel().navigate(screen);
                    return null;
                });
                String customer = screen == Screen.CUSTOMERS ? openRichestCustomer(window) : null;
                if (screen == Screen.AUDIENCES) {
                    describeAudience(window, AUDIENCE_EXAMPLE);
                }
                written.add(capture(window, outDir.resolve(fileName(number++, screen.slug()))));
                if (customer != null) {
                    written.addAll(customerStates(window, outDir, number - 1, customer));
                }
                if (screen == Screen.SOURCES) {
                    // Reviewers want to see the tags, the rules at work and the quarantine, behind the Preview tab.
                    char letter = 'b';
                    for (String tab : SOURCES_TABS) {
                        if (selectTab(window, "#detailTabs", tab + "Tab")) {
                            written.add(capture(window, outDir.resolve(String.format(Locale.ROOT, "%02d%c-%s-%s.png",
                                    number - 1, letter++, screen.slug(), tab))));
                        }
                    }
                }
                if (screen == Screen.IDENTITY) {
                    written.addAll(identityTabs(window, outDir, number - 1));
                }
                if (screen == Screen.CAMPAIGNS) {
                    // The selected campaign's brief in the editor, and its versions with the diff.
                    char letter = 'b';
                    for (String tab : List.of("brief", "versions")) {
                        if (selectTab(window, "#campaignTabs", tab + "Tab")) {
                            written.add(capture(window, outDir.resolve(String.format(Locale.ROOT, "%02d%c-%s-%s.png",
                                    number - 1, letter++, screen.slug(), tab))));
                        }
                    }
                    selectTab(window, "#campaignTabs", "overviewTab");
                }
                if (screen == Screen.SIMULATION && simulateAndExplain(window)) {
                    // The chosen (first live) campaign simulated over a sample of 1,000, a send's reasoning on the right.
                    written.add(capture(window, outDir.resolve(String.format(Locale.ROOT, "%02db-%s-reasoning.png",
                            number - 1, screen.slug()))));
                }
                if (screen == Screen.SETTINGS && scrollToEnd(window, "#settingsScroll", 1.0)) {
                    // The language-model card (provider form, data policy) sits below the fold.
                    written.add(capture(window, outDir.resolve(String.format(Locale.ROOT, "%02db-settings-language-model.png",
                            number - 1))));
                    scrollToEnd(window, "#settingsScroll", 0.0);
                }
                if (screen == Screen.REVIEW_QUEUE && press(window, "#similarButton")) {
                    // The bulk decision's preview, over the screen; Cancel leaves the queue as it was.
                    written.add(capture(window, outDir.resolve(String.format(Locale.ROOT, "%02db-%s-bulk.png",
                            number - 1, screen.slug()))));
                    press(window, "#previewCancel");
                }
            }
            onFx(() -> {
                window.workbench.mainViewModel().navigate(Screen.HOME);
                window.workbench.mainViewModel().showHelp();
                return null;
            });
            written.add(capture(window, outDir.resolve(fileName(number, "keyboard-shortcuts"))));
            return written;
        } finally {
            onFx(() -> {
                window.close();
                return null;
            });
        }
    }

    /**
     * After a run, the Identity screen's other tabs: the waterfall of a pair, a cluster with its edges,
     * and the rules editor. Before a run the screen shows its empty state only, and nothing is added.
     */
    private static List<Path> identityTabs(Window window, Path outDir, int number) throws IOException {
        List<Path> written = new ArrayList<>();
        if (!scrollToEnd(window, "#overviewScroll", 1.0)) {
            return written;
        }
        // The blocking diagnostics sit below the fold of the overview.
        written.add(capture(window, outDir.resolve(String.format(Locale.ROOT, "%02db-identity-blocking.png", number))));
        scrollToEnd(window, "#overviewScroll", 0.0);
        String[][] tabs = {{"pairsTab", "c", "waterfall"}, {"clustersTab", "d", "clusters"}, {"rulesTab", "e", "rules"}};
        for (String[] tab : tabs) {
            if (!selectTab(window, "#identityTabs", tab[0])) {
                break;
            }
            written.add(capture(window, outDir.resolve(String.format(Locale.ROOT, "%02d%s-identity-%s.png", number,
                    tab[1], tab[2]))));
        }
        if (!written.isEmpty()) {
            selectTab(window, "#identityTabs", "overviewTab");
        }
        return written;
    }

    /**
     * On the Customers screen, opens the listed customer made of the most source records (the most to
     * show: lineage, members, history, timeline); returns their name, or {@code null} when the gold table
     * is empty.
     */
    @SuppressWarnings("unchecked")
    private static String openRichestCustomer(Window window) {
        awaitIdle(window);
        String name = onFx(() -> {
            if (!(window.stage.getScene().lookup("#resultsList") instanceof javafx.scene.control.ListView<?> list)
                    || list.getItems().isEmpty()) {
                return null;
            }
            javafx.scene.control.ListView<io.lakefront.ui.customers.ResultRow> results =
                    (javafx.scene.control.ListView<io.lakefront.ui.customers.ResultRow>) list;
            int best = 0;
            for (int i = 0; i < results.getItems().size(); i++) {
                if (records(results.getItems().get(i)) > records(results.getItems().get(best))) {
                    best = i;
                }
            }
            results.getSelectionModel().select(best);
            results.scrollTo(Math.max(0, best - 3));
            pressEnter(results);
            return results.getItems().get(best).name();
        });
        awaitIdle(window);
        return name;
    }

    /**
     * On the Simulation screen, simulates the campaign it chose (the first live one) with a sample of 1,000
     * and selects the first customer who would get a message (or the first row when nobody would), so that
     * the Reasoning panel shows; false when there is nothing to show: no campaign, a failure, nobody qualified.
     */
    @SuppressWarnings("unchecked")
    private static boolean simulateAndExplain(Window window) {
        awaitIdle(window);
        onFx(() -> {
            if (window.stage.getScene().lookup("#sampleSpinner") instanceof javafx.scene.control.Spinner<?> spinner
                    && spinner.getValueFactory() != null) {
                ((javafx.scene.control.Spinner<Integer>) spinner).getValueFactory().setValue(1_000);
            }
            return null;
        });
        if (!press(window, "#simulateButton")) {
            return false;
        }
        awaitIdle(window);
        boolean selected = onFx(() -> {
            if (!(window.stage.getScene().lookup("#resultsTable") instanceof javafx.scene.control.TableView<?> table)
                    || !showing(table) || table.getItems().isEmpty()) {
                return false;
            }
            javafx.scene.control.TableView<io.lakefront.ui.simulation.SimulationRows.ResultRow> results =
                    (javafx.scene.control.TableView<io.lakefront.ui.simulation.SimulationRows.ResultRow>) table;
            int first = 0;
            for (int i = 0; i < results.getItems().size(); i++) {
                if (results.getItems().get(i).outcome() == io.lakefront.domain.decision.Outcome.SEND) {
                    first = i;
                    break;
                }
            }
            results.getSelectionModel().select(first);
            results.scrollTo(Math.max(0, first - 3));
            results.requestFocus();
            return true;
        });
        awaitIdle(window);
        return selected;
    }

    /**
     * Types {@code words} into the Audiences screen's description box and applies them, then waits for
     * the count and the insights that follow it. Nothing happens on the empty state (no gold table).
     */
    private static void describeAudience(Window window, String words) {
        awaitIdle(window);
        boolean applied = onFx(() -> {
            if (!(window.stage.getScene().lookup("#descriptionField") instanceof javafx.scene.control.TextField field)
                    || !showing(field)) {
                return false;
            }
            field.setText(words);
            return true;
        });
        if (applied && press(window, "#applyButton")) {
            // The insights are asked for when the count arrives: wait for both.
            awaitIdle(window);
            pause(300);
            awaitIdle(window);
        }
    }

    private static int records(io.lakefront.ui.customers.ResultRow row) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\d+) records").matcher(row.place());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 1;
    }

    private static void pressEnter(javafx.scene.Node target) {
        target.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                javafx.scene.input.KeyCode.ENTER, false, false, false, false));
    }

    /**
     * The Customers screen's other states: a search with a typo in the open customer's name
     * ({@code 05b-customers-search.png}) and the profile scrolled to its members, history and timeline
     * ({@code 05c-customers-profile.png}). The search box is cleared afterwards.
     */
    private static List<Path> customerStates(Window window, Path outDir, int number, String name) throws IOException {
        List<Path> written = new ArrayList<>();
        String typo = typo(name);
        onFx(() -> {
            if (window.stage.getScene().lookup("#searchField") instanceof javafx.scene.control.TextField field) {
                field.setText(typo);
            }
            return null;
        });
        pause(400);
        written.add(capture(window, outDir.resolve(String.format(Locale.ROOT, "%02db-customers-search.png", number))));
        if (scrollToEnd(window, "#profileScroll", 1.0)) {
            written.add(capture(window, outDir.resolve(String.format(Locale.ROOT, "%02dc-customers-profile.png", number))));
            scrollToEnd(window, "#profileScroll", 0.0);
        }
        onFx(() -> {
            if (window.stage.getScene().lookup("#searchField") instanceof javafx.scene.control.TextField field) {
                field.setText("");
            }
            return null;
        });
        pause(400);
        awaitIdle(window);
        return written;
    }

    /** The name lower-cased with two letters of its last word swapped: the search should still find it. */
    static String typo(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int last = lower.lastIndexOf(' ') + 1;
        int at = last + 3;
        if (at + 1 >= lower.length()) {
            return lower;
        }
        char[] chars = lower.toCharArray();
        char swap = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = swap;
        return new String(chars);
    }

    /** Fires the button found by {@code query} once loading has ended; false when it is missing, hidden or disabled. */
    private static boolean press(Window window, String query) {
        awaitIdle(window);
        return onFx(() -> {
            if (!(window.stage.getScene().lookup(query) instanceof javafx.scene.control.ButtonBase button)
                    || button.isDisabled() || !showing(button) || button.getScene() == null) {
                return false;
            }
            button.fire();
            return true;
        });
    }

    /** Scrolls the scroll pane found by {@code query} (0 top, 1 bottom); false when it is not showing. */
    private static boolean scrollToEnd(Window window, String query, double position) {
        return onFx(() -> {
            if (!(window.stage.getScene().lookup(query) instanceof javafx.scene.control.ScrollPane scroll)
                    || !scroll.isVisible() || scroll.getScene() == null || !showing(scroll)) {
                return false;
            }
            scroll.setVvalue(position);
            return true;
        });
    }

    private static boolean showing(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Selects a tab of the tab pane found by {@code query}; false when the screen has no such tab, or
     * does not show the tab pane.
     */
    private static boolean selectTab(Window window, String query, String tabId) {
        return onFx(() -> {
            if (!(window.stage.getScene().lookup(query) instanceof TabPane tabs) || !tabs.isVisible()) {
                return false;
            }
            for (Tab tab : tabs.getTabs()) {
                if (tabId.equals(tab.getId())) {
                    tabs.getSelectionModel().select(tab);
                    return true;
                }
            }
            return false;
        });
    }

    private static String fileName(int number, String slug) {
        return String.format(Locale.ROOT, "%02d-%s.png", number, slug);
    }

    private static Path capture(Window window, Path file) throws IOException {
        awaitIdle(window);
        WritableImage image = onFx(() -> {
            Scene scene = window.stage.getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.snapshot(null);
        });
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        if (!ImageIO.write(picture, "png", file.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
        return file;
    }

    /** Waits until every background load has ended and been applied, plus one more pulse for layout. */
    private static void awaitIdle(Window window) {
        long deadline = System.currentTimeMillis() + LOADING_TIMEOUT_MILLIS;
        int idleChecks = 0;
        while (idleChecks < 2) {
            boolean idle = onFx(() -> window.workbench.tasks().idleProperty().get());
            idleChecks = idle ? idleChecks + 1 : 0;
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("screens still loading after " + LOADING_TIMEOUT_MILLIS / 1000 + " s");
            }
            pause(idle ? 20 : 50);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        }
    }

    private static void startToolkit() {
        if (System.getProperty("headless.geometry") == null) {
            // Monocle's headless screen defaults to 1280×800, smaller than the window.
            System.setProperty("headless.geometry", "1600x1000-32");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.join();
        // Closing our stage must not end a toolkit that the caller (or a test) may still use.
        Platform.setImplicitExit(false);
    }

    private static <T> T onFx(Callable<T> step) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(step.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("rendering failed: " + cause, cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX thread did not answer within " + STEP_TIMEOUT_SECONDS + " s", e);
        }
    }

    /** The workbench in its own 1400×900 stage. */
    private static final class Window {
        final Workbench workbench;
        final Stage stage;

        private Window(Workbench workbench, Stage stage) {
            this.workbench = workbench;
            this.stage = stage;
        }

        static Window open(AppServices services, ThemeMode theme) {
            Workbench workbench = Workbench.build(services, theme);
            Stage stage = new Stage();
            stage.setScene(workbench.scene(WorkbenchApplication.WIDTH, WorkbenchApplication.HEIGHT));
            stage.setTitle("Lakefront — " + services.workspace());
            stage.show();
            return new Window(workbench, stage);
        }

        void close() {
            stage.close();
            workbench.close();
        }
    }
}
