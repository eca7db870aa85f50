package io.lakefront.domain.prep;

import java.util.Locale;
import java.util.Set;

/**
 * Canonical email: trimmed, lower-case, syntax checked. Provider rules (Gmail ignores dots and
 * {@code +tags}) never rewrite the address; they give a separate {@link #matchKey(String) match key}
 * for identity resolution, so that the address a customer typed is what gets mailed.
 */
public final class EmailNormalizer implements Normalizer {
    private static final Set<String> DOT_BLIND = Set.of("gmail.com", "googlemail.com");
    private static final Set<String> PLUS_TAGS = Set.of("gmail.com", "googlemail.com", "outlook.com", "hotmail.com",
            "live.com", "icloud.com", "me.com", "fastmail.com", "protonmail.com", "proton.me", "yahoo.com");

    @Override
    public Normalized normalize(String raw) {
        if (Normalizer.isMissing(raw)) {
            return Normalized.missing();
        }
        String email = raw.strip();
        if (email.startsWith("<") && email.endsWith(">")) {
            email = email.substring(1, email.length() - 1).strip();
        }
        if (email.regionMatches(true, 0, "mailto:", 0, 7)) {
            email = email.substring(7);
        }
        email = email.toLowerCase(Locale.ROOT);
        int at = email.indexOf('@');
        if (at < 0) {
            return Normalized.invalid(raw, "no @ in the address");
        }
        if (email.indexOf('@', at + 1) >= 0) {
            return Normalized.invalid(raw, "more than one @");
        }
        if (email.contains(" ")) {
            return Normalized.invalid(raw, "spaces inside the address");
        }
        if (email.contains("..")) {
            return Normalized.invalid(raw, "two dots in a row");
        }
        if (!ValueShapes.EMAIL.matcher(email).matches()) {
            return Normalized.invalid(raw, at == email.length() - 1 || email.indexOf('.', at) < 0
                    ? "no domain with a dot after the @" : "characters an address cannot hold");
        }
        return Normalized.valid(email);
    }

    /** The key two addresses of one mailbox share: {@code j.o.e+news@gmail.com} and {@code joe@googlemail.com} give {@code joe@gmail.com}. */
    public String matchKey(String canonical) {
        int at = canonical.indexOf('@');
        if (at < 0) {
            return canonical;
        }
        String local = canonical.substring(0, at);
        String domain = canonical.substring(at + 1);
        if (PLUS_TAGS.contains(domain) && local.indexOf('+') > 0) {
            local = local.substring(0, local.indexOf('+'));
        }
        if (DOT_BLIND.contains(domain)) {
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        return local + "@" + domain;
    }

    @Override
    public String rule() {
        return "trimmed, lower-case, syntax checked; match key drops Gmail dots and +tags";
    }
}
