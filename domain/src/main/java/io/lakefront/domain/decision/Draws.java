package io.lakefront.domain.decision;

/**
 * The engine's deterministic "random" draws: a 64-bit mix (SplitMix64's finaliser) of the policy's seed,
 * what is drawn for and the inputs it depends on, so the same customer, campaign and day always draw the
 * same number — no {@code java.util.Random}, no clock, identical on every machine.
 */
final class Draws {
    /** Salt of the draw that decides whether a decision explores. */
    static final long EXPLORE = 0x45585020L;
    /** Salt of a campaign's rank when a decision explores. */
    static final long RANK = 0x52414E4BL;
    /** Salt of a variant assignment. */
    static final long VARIANT = 0x56415249L;

    private Draws() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A number in [0, 1) from the seed, a salt and three inputs; Strings enter by their (specified) hash code. */
    static double unit(long seed, long salt, long a, long b, long c) {
        long h = mix(seed + 0x9E3779B97F4A7C15L * salt);
        h = mix(h ^ a);
        h = mix(h + 0x632BE59BD9B4E019L ^ b);
        h = mix(h + 0x8CB92BA72F3D8DD7L ^ c);
        return (h >>> 11) * 0x1.0p-53;
    }
}
