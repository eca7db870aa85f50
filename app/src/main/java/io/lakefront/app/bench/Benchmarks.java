package io.lakefront.app.bench;

import java.util.ArrayList;
import java.util.List;

/** The catalogue of {@code ./lakefront bench}; each capability adds its own. */
public final class Benchmarks {
    /** Benchmark names; {@code audience_nl} is written {@code audience-nl} on the command line ({@link #parse}). */
    public enum Name { demo, ingest, resolve, churn, search, audience, audience_nl, decide;

        /** The name as typed: hyphens stand for underscores ({@code audience-nl}). */
        public static Name parse(String text) {
            for (Name name : values()) {
                if (name.name().equals(text.strip().replace('-', '_'))) {
                    return name;
                }
            }
            throw new io.lakefront.domain.UserError("unknown benchmark '" + text + "' (known: "
                    + java.util.Arrays.stream(values()).map(Name::label).collect(java.util.stream.Collectors.joining(", ")) + ")");
        }

        /** The name as typed on the command line. */
        public String label() {
            return name().replace('_', '-');
        }
    }

    private Benchmarks() {
    }

    public static List<Benchmark> select(Name only, double scale) {
        return select(only, scale, new java.io.PrintWriter(System.out, true));
    }

    /** {@code out} receives what a benchmark prints besides its figures (the corpus failures of audience-nl). */
    public static List<Benchmark> select(Name only, double scale, java.io.PrintWriter out) {
        List<Benchmark> all = new ArrayList<>();
        if (only == null || only == Name.demo) {
            all.add(new DemoGenerateBenchmark(scaled(20_000, scale)));
        }
        if (only == null || only == Name.ingest) {
            all.add(new IngestBenchmark(scaled(1_000_000, scale)));
        }
        if (only == null || only == Name.resolve) {
            // About 1.75 person records a person (CRM, shop, support): 570,000 people ≈ 1M records.
            all.add(new ResolveBenchmark(scaled(570_000, scale)));
        }
        if (only == null || only == Name.churn) {
            // Each run builds a whole demo workspace with the next seed (about half a minute at 2,000 people).
            all.add(new ChurnBenchmark(scaled(2_000, scale)));
        }
        if (only == null || only == Name.search) {
            all.add(new CustomerSearchBenchmark(scaled(1_000_000, scale)));
        }
        if (only == null || only == Name.audience) {
            // About ten purchase lines a customer: 1M customers, 10M lines (issue 7).
            all.add(new AudienceBenchmark(scaled(1_000_000, scale)));
        }
        if (only == null || only == Name.audience_nl) {
            all.add(new AudienceNlBenchmark(out));
        }
        if (only == null || only == Name.decide) {
            all.add(new DecideBenchmark(scaled(200_000, scale)));
            all.add(new DecisionWorkspaceBenchmark(scaled(50_000, scale)));
        }
        return all;
    }

    private static int scaled(int size, double scale) {
        return Math.max(10, (int) Math.round(size * scale));
    }
}
