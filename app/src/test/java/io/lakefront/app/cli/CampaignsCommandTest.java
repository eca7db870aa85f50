package io.lakefront.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignsCommandTest {
    private static final String AS_OF = "2026-10-20";

    private Path temp;
    private Path ws;

    @BeforeAll
    void demo(@TempDir Path folder) {
        temp = folder;
        ws = temp.resolve("demo");
        CliRun demo = CliRun.in(ws, AS_OF, "demo", "--customers", "300", "--seed", "7");
        assertThat(demo.exit()).as(demo.err()).isZero();
    }

    @Test
    void the_demo_campaigns_are_approved_briefs_and_the_list_stays_one_name_a_line() {
        CliRun list = CliRun.in(ws, AS_OF, "campaigns", "list");
        assertThat(list.out().strip().lines()).containsExactly("VIP early access", "Welcome series", "Win back lapsed customers");

        CliRun show = CliRun.in(ws, AS_OF, "campaigns", "show", "Win back lapsed customers");
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).contains("(win back, active, version 2, approved by").contains("touchpoints:")
                .contains("1. email, on entering the audience").contains("metric:      reactivation rate from")
                .contains("problems:");

        CliRun versions = CliRun.in(ws, AS_OF, "campaigns", "versions", "Welcome series");
        assertThat(versions.out().strip().lines()).hasSize(2).first().asString().startsWith("v1  draft");
        CliRun diff = CliRun.in(ws, AS_OF, "campaigns", "diff", "Welcome series");
        assertThat(diff.out()).contains("v1 -> v2", "~ status: draft -> approved", "+ approved_by:");
    }

    @Test
    void draft_export_edit_import_diff_and_approve() throws Exception {
        CliRun draft = CliRun.in(ws, AS_OF, "campaigns", "draft", "--goal", "cross-sell", "--channels", "email",
                "--messages", "2", "--name", "Autumn cross-sell");
        assertThat(draft.exit()).as(draft.err()).isZero();
        assertThat(draft.out()).contains("Autumn cross-sell  (cross-sell, draft, version 1)").contains("channels:    email\n");

        CliRun badCap = CliRun.in(ws, AS_OF, "campaigns", "draft", "--goal", "win back", "--channels", "fax");
        assertThat(badCap.exit()).isEqualTo(1);
        assertThat(badCap.err()).contains("--channels: unknown channel 'fax'");

        Path file = temp.resolve("autumn.yaml");
        assertThat(CliRun.in(ws, AS_OF, "campaigns", "export", "Autumn cross-sell", "--out", file.toString()).exit()).isZero();
        String text = Files.readString(file);
        assertThat(text).contains("name: Autumn cross-sell").contains("touchpoints:");
        Files.writeString(file, text.replaceFirst("overall_cap: \\d+", "overall_cap: 1"));

        CliRun imported = CliRun.in(ws, AS_OF, "campaigns", "import", file.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("saved Autumn cross-sell version 2 (draft)")
                .contains("error in guardrails: the overall cap of 1 messages in 7 days is lower than the sequence needs");
        assertThat(CliRun.in(ws, AS_OF, "campaigns", "diff", "Autumn cross-sell").out())
                .contains("~ guardrails.overall_cap: 2 -> 1");

        CliRun refused = CliRun.in(ws, AS_OF, "campaigns", "approve", "Autumn cross-sell");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("cannot be approved: guardrails: the overall cap of 1");

        Files.writeString(file, text);
        assertThat(CliRun.in(ws, AS_OF, "campaigns", "import", file.toString()).out()).contains("version 3");
        CliRun approved = CliRun.in(ws, AS_OF, "campaigns", "approve", "Autumn cross-sell");
        assertThat(approved.exit()).as(approved.err()).isZero();
        assertThat(approved.out()).startsWith("approved Autumn cross-sell version 4 by");
        assertThat(CliRun.in(ws, AS_OF, "campaigns", "list").out()).contains("Autumn cross-sell");
    }

    @Test
    void a_broken_import_names_file_line_and_column() throws Exception {
        Path file = temp.resolve("broken.yaml");
        assertThat(CliRun.in(ws, AS_OF, "campaigns", "export", "VIP early access", "--out", file.toString()).exit()).isZero();
        Files.writeString(file, Files.readString(file).replaceFirst("trigger: after_previous", "trigger: someday"));

        CliRun run = CliRun.in(ws, AS_OF, "campaigns", "import", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: touchpoints\\[1\\]\\.trigger: unknown trigger 'someday'");
        assertThat(CliRun.in(ws, AS_OF, "campaigns", "show", "nothing").err()).contains("no campaign named 'nothing'");
    }
}
