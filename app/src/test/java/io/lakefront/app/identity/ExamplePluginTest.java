package io.lakefront.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.app.cli.CliRun;
import io.lakefront.connectors.CompositeSourceReader;
import io.lakefront.connectors.phone.LibPhoneNumberNormalizer;
import io.lakefront.connectors.plugin.ScorerPlugins;
import io.lakefront.connectors.similarity.CommonsStringMetrics;
import io.lakefront.domain.identity.IdentityEngine;
import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.ScorerPlugin;
import io.lakefront.domain.identity.Waterfall;
import io.lakefront.domain.identity.WaterfallStep;
import io.lakefront.domain.prep.NormalizationRules;
import io.lakefront.domain.prep.TagColumns;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example plug-in (examples/scorer-plugin) as a user installs it: its built jar copied into a
 * workspace's {@code plugins} folder, then {@code resolve} on a small CSV of households — siblings who
 * share a family name, an address and a phone, and people entered twice.
 */
class ExamplePluginTest {
    private static final WorkspaceClock CLOCK = WorkspaceClock.fixedAt(Instant.parse("2026-10-20T23:59:59Z"));
    private static final String[] GIVEN = {"Anna", "Brian", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hiro",
        "Ines", "Jamal", "Katrin", "Luis", "Maya", "Nils", "Olga", "Pavel", "Quinn", "Rosa", "Sven", "Tara"};
    private static final String[] FAMILY = {"Novak", "Okafor", "Lindqvist", "Moreau", "Schulz", "Tanaka", "Ferreira",
        "Kowalski", "Haddad", "Brennan", "Castillo", "Ivanova", "Jensen", "Ortega", "Petrov", "Quispe", "Demir",
        "Abernathy", "Nakamura", "Oyelaran"};
    private static final String[] STREETS = {"Elm Street", "Harbour Road", "Mill Lane", "Station Avenue", "Park Way"};
    private static final int HOUSEHOLDS = 40;

    @TempDir
    Path temp;

    @Test
    void theInstalledExampleTakesSiblingsOutOfTheReviewBandAndKeepsDuplicatesMatched() throws Exception {
        Path people = writeHouseholds(temp.resolve("people.csv"));
        Path bare = Files.createDirectories(temp.resolve("bare"));
        Path installed = install(temp.resolve("installed"));

        CliRun before = resolve(bare, people, temp.resolve("before.csv"));
        CliRun after = resolve(installed, people, temp.resolve("after.csv"));

        assertThat(before.exit()).as(before.err()).isZero();
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(before.err()).doesNotContain("scorer plugin");
        assertThat(after.err()).contains("scorer plugin 'shared household' "
                + "(io.lakefront.examples.scorer.SharedHouseholdPenalty) added to the model's match weight");
        Map<String, String> was = decisions(temp.resolve("before.csv"));
        Map<String, String> now = decisions(temp.resolve("after.csv"));
        System.out.println("example plug-in, sibling pairs before: " + count(was, "s") + ", after: " + count(now, "s")
                + "; duplicate pairs before: " + count(was, "d") + ", after: " + count(now, "d"));
        // Without the plug-in, siblings wait for a person (the given names differ, so never merged automatically).
        assertThat(siblingPairs(was)).hasSize(HOUSEHOLDS).allSatisfy((pair, band) -> assertThat(band).isEqualTo("review"));
        assertThat(siblingPairs(now)).hasSize(HOUSEHOLDS).allSatisfy((pair, band) -> assertThat(band).isEqualTo("non_match"));
        assertThat(duplicatePairs(was)).hasSize(HOUSEHOLDS).allSatisfy((pair, band) -> assertThat(band).isEqualTo("match"));
        assertThat(duplicatePairs(now)).isEqualTo(duplicatePairs(was));
    }

    @Test
    void theWaterfallShowsThePluginStep() throws Exception {
        Path people = writeHouseholds(temp.resolve("people.csv"));
        List<ScorerPlugin> plugins = ScorerPlugins.load(install(temp.resolve("workspace")).resolve(ScorerPlugins.FOLDER));
        ResolveFiles resolve = new ResolveFiles(new InputReader(CompositeSourceReader.standard(),
                TagColumns.withBuiltInDictionary(CLOCK), new NormalizationRules(new LibPhoneNumberNormalizer(), CLOCK)),
                new IdentityEngine(new CommonsStringMetrics(), plugins));

        FileResolution run = resolve.resolve(List.of(people), List.of("id"), null, TaskContext.silent());

        assertThat(plugins).singleElement().extracting(ScorerPlugin::name).isEqualTo("shared household");
        Waterfall siblings = run.resolution().explain(key("s0a"), key("s0b"));
        WaterfallStep step = siblings.steps().get(siblings.steps().size() - 1);
        System.out.println("example plug-in, siblings' waterfall: " + siblings);
        assertThat(step.comparison()).isEqualTo("plugin: shared household");
        assertThat(step.level()).isEqualTo("adds");
        assertThat(step.weight()).isEqualTo(-10.0);
        assertThat(siblings.band()).isEqualTo(MatchBand.NON_MATCH);
        Waterfall duplicate = run.resolution().explain(key("s0a"), key("d0a"));
        assertThat(duplicate.steps()).last().satisfies(last -> {
            assertThat(last.comparison()).isEqualTo("plugin: shared household");
            assertThat(last.weight()).isZero();
        });
        assertThat(duplicate.band()).isEqualTo(MatchBand.MATCH);
    }

    private RecordKey key(String id) {
        return new RecordKey("people.csv", id);
    }

    private CliRun resolve(Path workspace, Path people, Path pairs) {
        return CliRun.of("--workspace", workspace.toString(), "resolve", "--input", people.toString(),
                "--id-column", "id", "--out", temp.resolve("clusters-" + workspace.getFileName() + ".csv").toString(),
                "--pairs", pairs.toString());
    }

    /** A workspace folder with the example's jar in its plugins folder, as docs/guide/plugins.md says. */
    private Path install(Path workspace) throws IOException {
        Path target = Files.createDirectories(workspace.resolve(ScorerPlugins.FOLDER))
                .resolve("lakefront-example-scorer-plugin.jar");
        Path built = builtExample();
        if (Files.isDirectory(built)) {
            // A reactor run that stopped before `package` hands over the example's classes folder.
            packDirectory(built, target);
        } else {
            Files.copy(built, target);
        }
        return workspace;
    }

    private static Path builtExample() {
        String path = System.getProperty("lakefront.example.plugin");
        assertThat(path).as("system property lakefront.example.plugin (set by app/pom.xml: run through Maven)")
                .isNotNull().doesNotContain("${");
        Path built = Path.of(path);
        assertThat(built).exists();
        return built;
    }

    private static void packDirectory(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(classes)) {
            for (Path entry : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(entry).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(entry));
                out.closeEntry();
            }
        }
    }

    /**
     * {@value HOUSEHOLDS} households of two siblings (s{n}a, s{n}b: one family name, street, postcode, city and
     * home phone, different given names; no birth dates, as in many CRM exports), the first sibling entered a
     * second time (d{n}a, the street abbreviated), and a neighbour per household with another family name.
     */
    private static Path writeHouseholds(Path file) throws IOException {
        StringBuilder text = new StringBuilder("id,first_name,last_name,street,postcode,city,phone\n");
        for (int h = 0; h < HOUSEHOLDS; h++) {
            String family = FAMILY[h % FAMILY.length] + (h < FAMILY.length ? "" : "-" + FAMILY[(h * 7 + 3) % FAMILY.length]);
            String street = (10 + h) + " " + STREETS[h % STREETS.length];
            String postcode = String.valueOf(20000 + h * 13);
            String city = h % 2 == 0 ? "Springfield" : "Riverton";
            String phone = String.format("+1 415 555 01%02d", h);
            String first = GIVEN[h % GIVEN.length];
            String second = GIVEN[(h + 7) % GIVEN.length];
            text.append(String.format("s%da,%s,%s,%s,%s,%s,%s%n", h, first, family, street, postcode, city, phone));
            text.append(String.format("s%db,%s,%s,%s,%s,%s,%s%n", h, second, family, street, postcode, city, phone));
            text.append(String.format("d%da,%s,%s,%s,%s,%s,%s%n", h, first, family,
                    street.replace("Street", "St").replace("Road", "Rd"), postcode, city, phone));
            String neighbour = GIVEN[(h + 3) % GIVEN.length];
            String other = FAMILY[(h + 11) % FAMILY.length];
            text.append(String.format("n%d,%s,%s,%d %s,%s,%s,%n", h, neighbour, other, 12 + h,
                    STREETS[h % STREETS.length], postcode, city));
        }
        return Files.writeString(file, text);
    }

    /** pairs.csv as "id-id" (in id order) to decision. */
    private static Map<String, String> decisions(Path pairs) throws IOException {
        Map<String, String> decisions = new HashMap<>();
        for (List<String> row : ClustersFile.read(pairs).rows()) {
            String a = row.get(1);
            String b = row.get(3);
            decisions.put(a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a, row.get(5));
        }
        return decisions;
    }

    private static Map<String, String> siblingPairs(Map<String, String> decisions) {
        return select(decisions, "s(\\d+)a-s\\1b");
    }

    private static Map<String, String> duplicatePairs(Map<String, String> decisions) {
        return select(decisions, "d(\\d+)a-s\\1a");
    }

    private static Map<String, String> select(Map<String, String> decisions, String pattern) {
        Map<String, String> selected = new HashMap<>();
        decisions.forEach((pair, band) -> {
            if (pair.matches(pattern)) {
                selected.put(pair, band);
            }
        });
        return selected;
    }

    private static String count(Map<String, String> decisions, String kind) {
        Map<String, Integer> bands = new TreeMap<>();
        (kind.equals("s") ? siblingPairs(decisions) : duplicatePairs(decisions)).values()
                .forEach(band -> bands.merge(band, 1, Integer::sum));
        return bands.toString();
    }
}
