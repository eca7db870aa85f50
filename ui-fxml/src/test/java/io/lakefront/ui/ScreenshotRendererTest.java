package io.lakefront.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.ui.fakes.TestWorkspace;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.io.TempDir;

class ScreenshotRendererTest {
    /**
     * The toolkit is started the way every other UI test starts it. Started first by the renderer's
     * own Platform.startup, later TestFX tests in the same JVM could not drive their windows.
     */
    @BeforeAll
    static void startToolkitAsTestFxDoes() throws Exception {
        FxToolkit.registerPrimaryStage();
    }


    @Test
    void render_all_writes_one_1400_by_900_png_per_screen_and_one_of_the_shortcuts(@TempDir Path out) throws Exception {
        TestWorkspace workspace = TestWorkspace.withData().withReviewPairs().withCustomers();
        workspace.prepareSource.prepare(workspace.actor, "crm", io.lakefront.domain.task.TaskContext.silent());
        workspace.identity.run(io.lakefront.domain.task.TaskContext.silent());
        List<Path> files = ScreenshotRenderer.renderAll(workspace.services(), out, false);

        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly(
                "01-home.png", "02-sources.png", "02b-sources-columns.png", "02c-sources-normalization.png",
                "02d-sources-quarantine.png", "03-identity.png", "03b-identity-blocking.png",
                "03c-identity-waterfall.png", "03d-identity-clusters.png", "03e-identity-rules.png",
                "04-review-queue.png", "04b-review-queue-bulk.png", "05-customers.png", "05b-customers-search.png",
                "05c-customers-profile.png", "06-gold-rules.png",
                "07-audiences.png", "08-campaigns.png", "08b-campaigns-brief.png", "08c-campaigns-versions.png", "09-simulation.png", "09b-simulation-reasoning.png", "10-performance.png",
                "11-activation.png", "12-settings.png", "12b-settings-language-model.png", "13-keyboard-shortcuts.png");
        for (Path file : files) {
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image.getWidth()).as(file.toString()).isEqualTo(1400);
            assertThat(image.getHeight()).as(file.toString()).isEqualTo(900);
            assertThat(distinctColours(image)).as(file + " has content").isGreaterThan(20);
        }
        keepForReviewers(files, "light");
    }

    @Test
    void the_dark_theme_renders_dark_pixels(@TempDir Path out) throws IOException {
        List<Path> files = ScreenshotRenderer.renderAll(TestWorkspace.empty().services(), out, true);

        BufferedImage home = ImageIO.read(files.get(0).toFile());
        int rgb = home.getRGB(700, 450);
        int brightness = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
        assertThat(brightness).isLessThan(3 * 96);
        keepForReviewers(files, "dark-empty");
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getHeight()).flatMap(y ->
                java.util.stream.IntStream.range(0, image.getWidth()).filter(x -> x % 7 == 0).map(x -> image.getRGB(x, y)))
                .distinct().limit(1000).count();
    }

    /** Copies the pictures under target/ so that a reviewer can look at them after a build. */
    private static void keepForReviewers(List<Path> files, String folder) throws IOException {
        Path keep = Path.of("target", "screenshots", folder);
        Files.createDirectories(keep);
        for (Path file : files) {
            Files.copy(file, keep.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
