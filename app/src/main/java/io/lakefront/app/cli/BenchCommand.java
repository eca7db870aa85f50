package io.lakefront.app.cli;

import io.lakefront.app.bench.BenchRunner;
import io.lakefront.app.bench.Benchmark;
import io.lakefront.app.bench.Benchmarks;
import io.lakefront.domain.UserError;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs the project's benchmarks and prints medians over repeated runs.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", converter = NameConverter.class,
            description = "One benchmark (default: all). Known: demo, ingest, resolve, churn, search, audience-nl")
    Benchmarks.Name name;

    /** Reads {@code audience-nl} as well as the enum's own spelling. */
    static final class NameConverter implements picocli.CommandLine.ITypeConverter<Benchmarks.Name> {
        @Override
        public Benchmarks.Name convert(String value) {
            try {
                return Benchmarks.Name.parse(value);
            } catch (UserError unknown) {
                throw new picocli.CommandLine.TypeConversionException(unknown.getMessage());
            }
        }
    }

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "1", description = "Untimed warm-up runs (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--scale", defaultValue = "1.0",
            description = "Scales every benchmark's input size (default 1.0 = the sizes the issues name).")
    double scale;

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || warmup < 0 || scale <= 0) {
            throw new UserError("bench: --runs must be at least 1, --warmup at least 0, --scale above 0");
        }
        List<Benchmark> selected = Benchmarks.select(name, scale, spec.commandLine().getOut());
        new BenchRunner(warmup, runs, spec.commandLine().getOut()).runAll(selected);
        return LakefrontCommand.OK;
    }
}
