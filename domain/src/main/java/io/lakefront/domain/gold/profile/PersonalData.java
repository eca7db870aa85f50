package io.lakefront.domain.gold.profile;

import io.lakefront.domain.prep.ColumnTag;
import java.util.Set;

/**
 * How personal data looks to someone without {@code VIEW_PERSONAL_DATA} (a marketer): an email keeps
 * its first letter and domain ({@code j***@example.com}), a phone its last two digits, a birth date its
 * year, and a street is hidden. Applied in the use cases, so that no screen or export can forget it.
 */
public final class PersonalData {
    /** What a hidden value reads as. */
    public static final String HIDDEN = "(hidden)";
    /** The gold fields that are personal data and masked. */
    public static final Set<String> MASKED_FIELDS = Set.of("email", "phone", "birth_date", "street");

    private PersonalData() {
    }

    public static String maskEmail(String email) {
        if (email == null || email.isEmpty()) {
            return email;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return email.charAt(0) + "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** Every digit but the last two becomes {@code *}; the rest of the layout stays. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        int digits = 0;
        for (int i = 0; i < phone.length(); i++) {
            digits += Character.isDigit(phone.charAt(i)) ? 1 : 0;
        }
        StringBuilder out = new StringBuilder(phone.length());
        int seen = 0;
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (Character.isDigit(c)) {
                seen++;
                out.append(seen > digits - 2 ? c : '*');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The year of an ISO date ({@code 1984-03-07} → {@code 1984}); other text is hidden. */
    public static String maskBirthDate(String date) {
        if (date == null || date.isEmpty()) {
            return date;
        }
        return date.matches("\\d{4}-.*") ? date.substring(0, 4) : HIDDEN;
    }

    /** A gold field's value as someone without the permission sees it. */
    public static String maskField(String field, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (field) {
            case "email" -> maskEmail(value);
            case "phone" -> maskPhone(value);
            case "birth_date" -> maskBirthDate(value);
            case "street" -> HIDDEN;
            default -> value;
        };
    }

    /** A source column's value by its tag, as someone without the permission sees it. */
    public static String maskByTag(ColumnTag tag, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (tag) {
            case EMAIL -> maskEmail(value);
            case PHONE -> maskPhone(value);
            case BIRTH_DATE -> maskBirthDate(value);
            case STREET, STREET_NUMBER, ADDRESS_LINE2, NATIONAL_ID -> HIDDEN;
            default -> value;
        };
    }
}
