package io.lakefront.domain.identity.review;

import io.lakefront.domain.identity.StandardFields;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The per-field rules for what leaves the machine when a pair goes to a language model. Fields it
 * does not name are never sent. The default sends the minimum that lets a model judge a pair: names,
 * the birth year and the city as they are, email and phone only hashed (equality stays visible),
 * street, postcode, region and national id not at all.
 */
public record DataPolicy(Map<String, FieldPolicy> fields) {
    private static final int HASH_HEX = 16;

    public DataPolicy {
        Map<String, FieldPolicy> copy = new LinkedHashMap<>();
        fields.forEach((field, policy) -> copy.put(Objects.requireNonNull(field, "field"),
                Objects.requireNonNull(policy, "policy of " + field)));
        fields = Collections.unmodifiableMap(copy);
    }

    public static DataPolicy defaults() {
        Map<String, FieldPolicy> fields = new LinkedHashMap<>();
        fields.put(StandardFields.GIVEN_NAME, FieldPolicy.SEND);
        fields.put(StandardFields.FAMILY_NAME, FieldPolicy.SEND);
        fields.put(StandardFields.BIRTH_DATE, FieldPolicy.MASK);
        fields.put(StandardFields.EMAIL, FieldPolicy.HASH);
        fields.put(StandardFields.PHONE, FieldPolicy.HASH);
        fields.put(StandardFields.STREET, FieldPolicy.NEVER);
        fields.put(StandardFields.CITY, FieldPolicy.SEND);
        fields.put(StandardFields.POSTCODE, FieldPolicy.NEVER);
        fields.put(StandardFields.REGION, FieldPolicy.NEVER);
        fields.put(StandardFields.COUNTRY, FieldPolicy.SEND);
        fields.put(StandardFields.NATIONAL_ID, FieldPolicy.NEVER);
        return new DataPolicy(fields);
    }

    public FieldPolicy policyOf(String field) {
        return fields.getOrDefault(field, FieldPolicy.NEVER);
    }

    /** The same policy with one field's rule changed. */
    public DataPolicy with(String field, FieldPolicy policy) {
        Map<String, FieldPolicy> changed = new LinkedHashMap<>(fields);
        changed.put(field, policy);
        return new DataPolicy(changed);
    }

    /**
     * What of a record may be sent, in the policy's field order: blank values and {@code never}
     * fields are left out.
     *
     * @param salt mixed into every hash, so that a hash cannot be looked up in a table of known
     *             emails or phone numbers; the two records of a pair must get the same salt
     */
    public Map<String, String> apply(Map<String, String> record, String salt) {
        Map<String, String> sent = new LinkedHashMap<>();
        for (Map.Entry<String, FieldPolicy> rule : fields.entrySet()) {
            String value = record.get(rule.getKey());
            if (value == null || value.isBlank()) {
                continue;
            }
            String field = rule.getKey();
            switch (rule.getValue()) {
                case SEND -> sent.put(field, value.strip());
                case MASK -> sent.put(field, mask(field, value.strip()));
                case HASH -> sent.put(field, hash(value, salt));
                case NEVER -> { }
            }
        }
        return sent;
    }

    /** A birth date keeps its year; anything else its first character and its length. */
    static String mask(String field, String value) {
        if (field.equals(StandardFields.BIRTH_DATE) && value.length() >= 4) {
            return value.substring(0, 4) + "-**-**";
        }
        int length = value.codePointCount(0, value.length());
        return new String(Character.toChars(value.codePointAt(0))) + "*".repeat(Math.max(0, length - 1));
    }

    /** SHA-256 of salt and the value (trimmed, lower case), shortened: equal values hash alike. */
    static String hash(String value, String salt) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            byte[] bytes = digest.digest(value.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder("sha256:");
            for (int i = 0; i < HASH_HEX / 2; i++) {
                hex.append(String.format(Locale.ROOT, "%02x", bytes[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
