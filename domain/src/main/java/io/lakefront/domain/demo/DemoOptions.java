package io.lakefront.domain.demo;

import io.lakefront.domain.UserError;
import java.time.Instant;
import java.util.Objects;

/**
 * What the demo generator is asked for. The same options always give byte-identical tables.
 *
 * @param seed      picks one of many equally plausible demo worlds
 * @param customers how many people exist behind the source systems (not every one is in every system)
 * @param asOf      "now" of the demo world: nothing happens after it
 */
public record DemoOptions(long seed, int customers, Instant asOf) {
    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_CUSTOMERS = 20_000;

    public DemoOptions {
        Objects.requireNonNull(asOf, "asOf");
        if (customers < 1) {
            throw new UserError("--customers: " + customers + " is not a positive number of customers");
        }
    }

    /** Seed 42 and 20,000 customers, as of the given instant. */
    public static DemoOptions defaults(Instant asOf) {
        return new DemoOptions(DEFAULT_SEED, DEFAULT_CUSTOMERS, asOf);
    }

    public DemoOptions withSeed(long newSeed) {
        return new DemoOptions(newSeed, customers, asOf);
    }

    public DemoOptions withCustomers(int newCustomers) {
        return new DemoOptions(seed, newCustomers, asOf);
    }
}
