package io.lakefront.app.bench;

import io.lakefront.domain.gold.profile.CustomerIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Customer 360's search index on N synthetic customers (names from a few hundred first and a few
 * thousand last names, so that common names repeat as in a real table; emails and phones unique):
 * the time to build it, its size, and the median time of queries typed as a person would — a prefix,
 * a full name, one with two letters of the last name transposed, an email local part and phone digits
 * ({@code typo found} says whether that customer was among the results).
 */
final class CustomerSearchBenchmark implements Benchmark {
    private static final String[] SYLLABLES = {"an", "ber", "cla", "da", "el", "fro", "gi", "han", "is", "jo", "ka", "li",
            "mar", "no", "ol", "pe", "qui", "ro", "sa", "ti", "ul", "vi", "wen", "xa", "yo", "zu"};
    private final int customers;
    private final List<String[]> people = new ArrayList<>();

    CustomerSearchBenchmark(int customers) {
        this.customers = customers;
    }

    @Override public String name() { return "search"; }

    @Override public String description() { return "customer search index over " + customers + " customers, typed queries"; }

    @Override
    public void setUp(Path scratch) {
        Random random = new Random(42);
        String[] first = names(random, 600, 2);
        String[] last = names(random, 3000, 3);
        for (int i = 1; i <= customers; i++) {
            String f = first[(int) Math.abs(random.nextGaussian() * 150) % first.length];
            String l = last[random.nextInt(last.length)];
            people.add(new String[] {String.format(Locale.ROOT, "C%08d", i), f, l,
                    f.toLowerCase(Locale.ROOT) + "." + l.toLowerCase(Locale.ROOT) + (i % 97) + "@example.com",
                    "+1512" + (1_000_000 + random.nextInt(8_999_999))});
        }
    }

    private static String[] names(Random random, int count, int syllables) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            StringBuilder name = new StringBuilder();
            for (int s = 0; s < syllables + (random.nextBoolean() ? 1 : 0); s++) {
                name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            names[i] = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        return names;
    }

    @Override
    public Map<String, Number> run() {
        long started = System.nanoTime();
        CustomerIndex.Builder builder = CustomerIndex.builder();
        for (String[] p : people) {
            builder.add(p[0], p[1], p[2], p[3], p[4]);
        }
        CustomerIndex index = builder.build();
        long buildMillis = (System.nanoTime() - started) / 1_000_000;
        String[] known = people.get(people.size() / 2);
        String name = known[1] + " " + known[2];
        String[] queries = {
                known[1].substring(0, 2),
                name,
                known[1].toLowerCase(Locale.ROOT) + " " + transpose(known[2]) + " ",
                known[3].substring(0, known[3].indexOf('@') + 1),
                known[4].substring(known[4].length() - 7)};
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("customers", index.size());
        figures.put("build ms", buildMillis);
        figures.put("index MB", Math.round(index.bytes() / 1e5) / 10.0);
        String[] labels = {"prefix ms", "name ms", "typo ms", "email ms", "phone ms"};
        for (int q = 0; q < queries.length; q++) {
            double[] millis = new double[9];
            for (int r = 0; r < millis.length; r++) {
                long t = System.nanoTime();
                index.search(queries[q], 50);
                millis[r] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(millis);
            figures.put(labels[q], Math.round(millis[millis.length / 2] * 10) / 10.0);
        }
        boolean found = index.search(queries[2], 50).stream().anyMatch(hit -> hit.customerId().equals(known[0]));
        figures.put("typo found", found ? 1 : 0);
        return figures;
    }

    private static String transpose(String word) {
        char[] chars = word.toLowerCase(Locale.ROOT).toCharArray();
        if (chars.length > 4) {
            char swap = chars[2];
            chars[2] = chars[3];
            chars[3] = swap;
        }
        return new String(chars);
    }
}
