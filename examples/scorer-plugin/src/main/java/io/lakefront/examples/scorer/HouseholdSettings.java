package io.lakefront.examples.scorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The {@link SharedHouseholdPenalty}'s coefficients, kept in a properties file inside the plug-in's
 * jar so that an organisation can retune them without touching the code.
 *
 * @param penalty             log2 odds taken off a household pair's match weight (0 or more)
 * @param givenNameComparison the specification's given-name comparison, whose level tells whether the
 *                            given names differ outright ({@code else}) or only look alike (nickname, typo)
 */
public record HouseholdSettings(double penalty, String givenNameComparison) {
    public static final String PENALTY = "penalty";
    public static final String GIVEN_NAME_COMPARISON = "given_name_comparison";

    public HouseholdSettings {
        if (!Double.isFinite(penalty) || penalty < 0) {
            throw new IllegalArgumentException(PENALTY + " must be a finite number of 0 or more, not " + penalty);
        }
        if (givenNameComparison == null || givenNameComparison.isBlank()) {
            throw new IllegalArgumentException(GIVEN_NAME_COMPARISON + " must name a comparison");
        }
    }

    /** The settings in a resource next to {@code owner}'s class file, e.g. inside the plug-in's jar. */
    public static HouseholdSettings load(Class<?> owner, String resource) {
        Properties properties = new Properties();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("scorer plug-in settings " + resource + " not found beside "
                        + owner.getName());
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scorer plug-in settings " + resource, e);
        }
        return of(properties, resource);
    }

    /** The settings in {@code properties}; {@code where} names their origin in error messages. */
    public static HouseholdSettings of(Properties properties, String where) {
        String penalty = properties.getProperty(PENALTY);
        String comparison = properties.getProperty(GIVEN_NAME_COMPARISON, "given_name").strip();
        if (penalty == null) {
            throw new IllegalStateException(where + ": " + PENALTY + " is missing");
        }
        try {
            return new HouseholdSettings(Double.parseDouble(penalty.strip()), comparison);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage()
                    + (e instanceof NumberFormatException ? " (" + PENALTY + "=" + penalty + " is not a number)" : ""), e);
        }
    }
}
