package io.lakefront.app.cli;

import io.lakefront.app.prep.FileSampler;
import io.lakefront.connectors.embedding.CombinedHeaderMeaning;
import io.lakefront.connectors.file.CsvWriter;
import io.lakefront.domain.prep.ColumnSample;
import io.lakefront.domain.prep.ColumnTagging;
import io.lakefront.domain.prep.TagColumns;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inspect FILE}: reads a file the way a new source is read and tags its columns (CONTRACTS.md §2). */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Reads a file the way a new source is read and prints each column's tag as CSV: "
                + "column,tag,confidence,evidence. No workspace needed.")
final class InspectCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A CSV or JSON Lines file, or a folder of them.")
    Path file;

    @Option(names = "--sample", defaultValue = "2000", description = "Rows read to decide (default: ${DEFAULT-VALUE}).")
    int sample;

    @picocli.CommandLine.ParentCommand
    LakefrontCommand root;

    @Override
    public Integer call() throws Exception {
        List<ColumnSample> columns = FileSampler.sample(file, sample);
        List<ColumnTagging> tags = new TagColumns(CombinedHeaderMeaning.standard(), clock()).tag(columns);
        CsvWriter csv = new CsvWriter(spec.commandLine().getOut());
        csv.writeRow(List.of("column", "tag", "confidence", "evidence"));
        for (ColumnTagging t : tags) {
            csv.writeRow(List.of(t.column(), t.tag().code(), String.format(Locale.ROOT, "%.2f", t.confidence()), t.evidenceText()));
        }
        csv.flush();
        return LakefrontCommand.OK;
    }

    private io.lakefront.domain.time.WorkspaceClock clock() {
        return root.workspace.clock();
    }
}
