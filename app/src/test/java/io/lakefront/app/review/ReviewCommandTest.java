package io.lakefront.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.app.Workspace;
import io.lakefront.app.cli.CliRun;
import io.lakefront.domain.identity.review.ReviewStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review list | decide | undo} through the real command line, with CONTRACTS §1 exit codes. */
class ReviewCommandTest {
    @TempDir
    Path temp;
    Path folder;

    @BeforeEach
    void buildTheWorkspace() throws Exception {
        folder = temp.resolve("ws");
        ReviewFixture.build(temp, folder);
    }

    private CliRun cli(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--workspace", folder.toString(), "--as-of", ReviewFixture.AS_OF}, 0, all,
                args.length, 4);
        return CliRun.of(all);
    }

    @Test
    void listsDecidesAndUndoes() {
        CliRun list = cli("review", "list", "--limit", "2");
        assertThat(list.exit()).isZero();
        String[] lines = list.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).matches("\\d+\tweight -?\\d+\\.\\d\\d\tvalue \\d+\tcrm/C-4 - shop/100004\t.*bits from the band's middle.*");
        assertThat(lines[2]).isEqualTo("... 2 more open items (--limit N)");
        String id = lines[0].substring(0, lines[0].indexOf('\t'));

        CliRun decided = cli("review", "decide", id, "non-match");
        assertThat(decided.exit()).isZero();
        assertThat(decided.out()).contains("review item " + id + " (crm/C-4 - shop/100004): non-match");
        try (Workspace workspace = ReviewFixture.open(folder)) {
            assertThat(workspace.database().reviewItems().item(Long.parseLong(id)).orElseThrow().status())
                    .isEqualTo(ReviewStatus.DECIDED);
        }

        CliRun again = cli("review", "decide", id, "match");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("review item " + id + " is not open");

        CliRun undo = cli("review", "undo");
        assertThat(undo.exit()).isZero();
        assertThat(undo.out()).contains("review item " + id + " (crm/C-4 - shop/100004) is open again");
        assertThat(cli("review", "list").out().strip().split("\n")).hasSize(4);
    }

    @Test
    void badInputIsAUserError() {
        CliRun answer = cli("review", "decide", "1", "maybe");
        assertThat(answer.exit()).isEqualTo(1);
        assertThat(answer.err()).contains("review answer 'maybe': use match, non-match or skip");
        assertThat(cli("review", "decide", "999", "match").err()).contains("no review item 999");
        assertThat(cli("review", "undo").exit()).isEqualTo(1);
        assertThat(cli("review", "list", "--limit", "0").exit()).isEqualTo(1);
    }
}
