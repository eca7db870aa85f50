package io.lakefront.domain.gold.profile;

import io.lakefront.domain.gold.CustomerIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An in-memory search index over the gold table's names, email local parts and phone digits, so that
 * the Customer 360 search can answer as the user types, typos included, on a million customers.
 *
 * <p>Candidates come from shared trigrams (each word padded with spaces, so that word starts count;
 * the last word of a query without a trailing space is a prefix still being typed); the best few
 * thousand are then scored by edit distance word by word, where a transposition ({@code jonh}) is one
 * edit. A query with {@code @} searches email local parts; one of digits (and phone punctuation)
 * searches phone digits anywhere in the number (from five digits on, one slipped digit is forgiven);
 * {@code C00000042} is a customer id; anything else searches names and email local parts (a name wins a
 * tie). Searches are serialized (they share the counting arrays).
 */
public final class CustomerIndex {
    /** Where a hit matched. */
    public enum Field { NAME, EMAIL, PHONE, ID }

    /** A customer the query found, with how well (0..1, 1 for an exact word match). */
    public record Hit(String customerId, Field matchedOn, double score) {
        public Hit {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(matchedOn, "matchedOn");
        }
    }

    /** Candidates scored by edit distance at most, the ones sharing the most trigrams first. */
    static final int CANDIDATES = 2000;
    /** Word-by-word similarity a name or email hit needs. */
    static final double MIN_SCORE = 0.66;
    static final double EMAIL_WEIGHT = 0.98;
    private static final Pattern CUSTOMER_ID = Pattern.compile("(?i)c\\d{8,18}");
    private static final Pattern PHONE_QUERY = Pattern.compile("[0-9+()./\\s-]+");

    private final int size;
    private final long[] clusterIds;
    private final Map<Integer, String> otherIds;
    private final PackedTexts names;
    private final PackedTexts emails;
    private final PackedTexts phones;
    private final GramPostings namePostings;
    private final GramPostings emailPostings;
    private final GramPostings phonePostings;
    private final int[] counts;
    private int[] touched = new int[1024];

    private CustomerIndex(Builder builder) {
        this.size = builder.size;
        this.clusterIds = Arrays.copyOf(builder.clusterIds, builder.size);
        this.otherIds = Map.copyOf(builder.otherIds);
        this.names = builder.names;
        this.emails = builder.emails;
        this.phones = builder.phones;
        this.namePostings = builder.namePostings;
        this.emailPostings = builder.emailPostings;
        this.phonePostings = builder.phonePostings;
        names.trim();
        emails.trim();
        phones.trim();
        namePostings.trim();
        emailPostings.trim();
        phonePostings.trim();
        this.counts = new int[size];
    }

    public static Builder builder() {
        return new Builder();
    }

    public static CustomerIndex empty() {
        return new Builder().build();
    }

    /** Customers indexed. */
    public int size() {
        return size;
    }

    /** Roughly how much memory the index holds, in bytes. */
    public long bytes() {
        return 8L * size + names.bytes() + emails.bytes() + phones.bytes() + namePostings.bytes() + emailPostings.bytes()
                + phonePostings.bytes() + 4L * counts.length;
    }

    /** The first customers in id order (what the screen lists before anything is typed). */
    public List<String> first(int limit) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size && ids.size() < limit; i++) {
            ids.add(id(i));
        }
        return ids;
    }

    /** The best {@code limit} customers for the query, best first; empty for a blank or one-letter query. */
    public synchronized List<Hit> search(String query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        String text = query == null ? "" : query.strip();
        if (text.isEmpty() || size == 0) {
            return List.of();
        }
        if (CUSTOMER_ID.matcher(text).matches()) {
            long cluster = Long.parseLong(text.substring(1));
            for (int i = 0; i < size; i++) {
                if (clusterIds[i] == cluster) {
                    return List.of(new Hit(id(i), Field.ID, 1));
                }
            }
            return List.of();
        }
        Map<Integer, Hit> best = new HashMap<>();
        String digits = SearchText.digits(text);
        if (PHONE_QUERY.matcher(text).matches() && digits.length() >= 3) {
            searchPhones(digits, best);
        } else if (text.contains("@")) {
            String local = SearchText.localPart(text);
            boolean complete = local.length() < text.length();
            searchWords(SearchText.tokens(local), complete, emailPostings, emails, Field.EMAIL, best);
        } else {
            boolean complete = !Character.isLetterOrDigit(query.charAt(query.length() - 1));
            List<String> tokens = SearchText.tokens(text);
            searchWords(tokens, complete, namePostings, names, Field.NAME, best);
            searchWords(tokens, complete, emailPostings, emails, Field.EMAIL, best);
        }
        List<Map.Entry<Integer, Hit>> ranked = new ArrayList<>(best.entrySet());
        ranked.sort((x, y) -> {
            int byScore = Double.compare(y.getValue().score(), x.getValue().score());
            return byScore != 0 ? byScore : Integer.compare(x.getKey(), y.getKey());
        });
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < ranked.size() && i < limit; i++) {
            hits.add(ranked.get(i).getValue());
        }
        return hits;
    }

    private void searchWords(List<String> tokens, boolean complete, GramPostings postings, PackedTexts texts, Field field,
                             Map<Integer, Hit> best) {
        Set<Integer> grams = new LinkedHashSet<>();
        for (int t = 0; t < tokens.size(); t++) {
            boolean prefix = !complete && t == tokens.size() - 1;
            String padded = " " + tokens.get(t) + (prefix ? "" : " ");
            for (int i = 0; i + 3 <= padded.length(); i++) {
                grams.add(GramPostings.gram(padded, i));
            }
        }
        if (grams.isEmpty()) {
            return;
        }
        int[] candidates = candidates(grams, postings, Math.max(1, grams.size() / 3));
        for (int ordinal : candidates) {
            double score = wordScore(tokens, complete, SearchText.tokens(texts.get(ordinal)));
            // An email local part as good as a name ranks just below it: names are what people type.
            keep(best, ordinal, field, score, MIN_SCORE, field == Field.EMAIL ? EMAIL_WEIGHT : 1);
        }
    }

    private void searchPhones(String digits, Map<Integer, Hit> best) {
        Set<Integer> grams = new LinkedHashSet<>();
        for (int i = 0; i + 3 <= digits.length(); i++) {
            grams.add(GramPostings.gram(digits, i));
        }
        int[] candidates = candidates(grams, phonePostings, Math.max(1, grams.size() / 2));
        // Three or four digits must appear as typed; a longer number may carry one slipped digit.
        double needed = digits.length() <= 4 ? 1 : 1 - 1.0 / digits.length() - 1e-9;
        for (int ordinal : candidates) {
            keep(best, ordinal, Field.PHONE, windowScore(digits, phones.get(ordinal)), needed, 1);
        }
    }

    private void keep(Map<Integer, Hit> best, int ordinal, Field field, double raw, double needed, double weight) {
        if (raw < needed) {
            return;
        }
        double score = raw * weight;
        Hit known = best.get(ordinal);
        if (known == null || known.score() < score) {
            best.put(ordinal, new Hit(id(ordinal), field, score));
        }
    }

    /**
     * The customers sharing at least {@code minShared} of the grams, at most {@link #CANDIDATES} of them,
     * those sharing most first.
     */
    private int[] candidates(Set<Integer> grams, GramPostings postings, int minShared) {
        int[] touchedCount = {0};
        for (int gram : grams) {
            postings.forEach(gram, ordinal -> {
                if (counts[ordinal]++ == 0) {
                    if (touchedCount[0] == touched.length) {
                        touched = Arrays.copyOf(touched, touched.length * 2);
                    }
                    touched[touchedCount[0]++] = ordinal;
                }
            });
        }
        int n = touchedCount[0];
        int[] perShared = new int[grams.size() + 2];
        for (int i = 0; i < n; i++) {
            perShared[counts[touched[i]]]++;
        }
        // The lowest number of shared grams that still keeps the candidates within bounds.
        int threshold = grams.size();
        int kept = perShared[threshold];
        while (threshold > minShared && kept + perShared[threshold - 1] <= CANDIDATES) {
            threshold--;
            kept += perShared[threshold];
        }
        int[] chosen = new int[Math.min(kept, CANDIDATES)];
        int c = 0;
        for (int i = 0; i < n; i++) {
            int ordinal = touched[i];
            if (counts[ordinal] >= threshold && counts[ordinal] >= minShared && c < chosen.length) {
                chosen[c++] = ordinal;
            }
            counts[ordinal] = 0;
        }
        return c == chosen.length ? chosen : Arrays.copyOf(chosen, c);
    }

    /**
     * Each query word's best similarity to a word of the customer's (a prefix of it for the word still
     * being typed), weighted by the query word's length; a word the customer has in addition costs a
     * little, so that the shorter exact name ranks first.
     */
    static double wordScore(List<String> query, boolean complete, List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        double total = 0;
        int weight = 0;
        for (int t = 0; t < query.size(); t++) {
            String token = query.get(t);
            boolean prefix = !complete && t == query.size() - 1;
            double bestWord = 0;
            for (String word : words) {
                String compared = prefix && word.length() > token.length() ? word.substring(0, token.length()) : word;
                bestWord = Math.max(bestWord, SearchText.similarity(token, compared));
            }
            total += bestWord * token.length();
            weight += token.length();
        }
        double extra = Math.max(0, words.size() - query.size()) * 0.01;
        return weight == 0 ? 0 : total / weight - extra;
    }

    /** 1 when the digits appear in the phone, else the best similarity to a stretch of it as long. */
    static double windowScore(String digits, String phone) {
        if (phone.contains(digits)) {
            return 1;
        }
        if (phone.length() <= digits.length()) {
            return SearchText.similarity(digits, phone);
        }
        double best = 0;
        for (int from = 0; from + digits.length() <= phone.length(); from++) {
            best = Math.max(best, SearchText.similarity(digits, phone.substring(from, from + digits.length())));
        }
        return best;
    }

    private String id(int ordinal) {
        long cluster = clusterIds[ordinal];
        return cluster > 0 ? CustomerIds.of(cluster) : otherIds.get(ordinal);
    }

    /** Collects customers in ascending id order (as the gold table lists them) and builds the index. */
    public static final class Builder {
        private long[] clusterIds = new long[1024];
        private final Map<Integer, String> otherIds = new HashMap<>();
        private final PackedTexts names = new PackedTexts();
        private final PackedTexts emails = new PackedTexts();
        private final PackedTexts phones = new PackedTexts();
        private final GramPostings namePostings = new GramPostings();
        private final GramPostings emailPostings = new GramPostings();
        private final GramPostings phonePostings = new GramPostings();
        private int size;

        private Builder() {
        }

        public Builder add(String customerId, String firstName, String lastName, String email, String phone) {
            Objects.requireNonNull(customerId, "customerId");
            int ordinal = size++;
            if (ordinal == clusterIds.length) {
                clusterIds = Arrays.copyOf(clusterIds, clusterIds.length * 2);
            }
            long cluster = -1;
            if (CUSTOMER_ID.matcher(customerId).matches() && Character.isUpperCase(customerId.charAt(0))) {
                cluster = Long.parseLong(customerId.substring(1));
                if (!CustomerIds.of(cluster).equals(customerId)) {
                    cluster = -1;
                }
            }
            clusterIds[ordinal] = cluster;
            if (cluster < 0) {
                otherIds.put(ordinal, customerId);
            }
            String name = String.join(" ", SearchText.tokens(join(firstName, lastName)));
            String local = String.join(" ", SearchText.tokens(SearchText.localPart(email)));
            String digits = SearchText.digits(phone);
            names.add(name);
            emails.add(local);
            phones.add(digits);
            words(name, ordinal, namePostings);
            words(local, ordinal, emailPostings);
            for (int i = 0; i + 3 <= digits.length(); i++) {
                phonePostings.add(GramPostings.gram(digits, i), ordinal);
            }
            return this;
        }

        private static void words(String folded, int ordinal, GramPostings postings) {
            if (folded.isEmpty()) {
                return;
            }
            String padded = " " + folded + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                postings.add(GramPostings.gram(padded, i), ordinal);
            }
        }

        private static String join(String first, String last) {
            return (first == null ? "" : first) + " " + (last == null ? "" : last);
        }

        public int size() {
            return size;
        }

        public CustomerIndex build() {
            return new CustomerIndex(this);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "customer index of %d customers, %.1f MB", size, bytes() / 1e6);
    }
}
