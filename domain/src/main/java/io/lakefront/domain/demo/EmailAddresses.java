package io.lakefront.domain.demo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes plausible, unique email addresses and writes them the way different systems hold them
 * (upper-case letters, Gmail dots and +tags). Unique means unique after canonicalisation, so two
 * different people never share an inbox by accident.
 */
final class EmailAddresses {
    private static final Weighted<String> US_DOMAINS = domains("gmail.com", 40, "yahoo.com", 14, "icloud.com", 10,
            "outlook.com", 9, "hotmail.com", 8, "aol.com", 4, "comcast.net", 3, "att.net", 2);
    private static final Weighted<String> CA_DOMAINS = domains("gmail.com", 40, "hotmail.com", 12, "outlook.com", 8,
            "yahoo.ca", 8, "rogers.com", 6, "shaw.ca", 5, "sympatico.ca", 4, "icloud.com", 6);
    private static final Weighted<String> GB_DOMAINS = domains("gmail.com", 35, "hotmail.co.uk", 15, "yahoo.co.uk", 10,
            "outlook.com", 8, "btinternet.com", 8, "sky.com", 5, "icloud.com", 6);
    private static final Weighted<String> DE_DOMAINS = domains("gmx.de", 25, "web.de", 25, "gmail.com", 20,
            "t-online.de", 12, "posteo.de", 4, "outlook.de", 5);
    private static final String[] EMPLOYERS = {"northwind.com", "contoso.com", "fabrikam.com", "globex.com",
            "initech.com", "acme-corp.com", "brightpath.io", "lakeshore-bank.com", "bluefin-health.org",
            "summit-logistics.com", "cedarworks.net", "meridian-edu.org"};

    private final KeySet taken = new KeySet();

    String personal(String given, String family, int birthYear, String country, SplittableRandom random) {
        String domain = switch (country) {
            case "CA" -> CA_DOMAINS.pick(random);
            case "GB" -> GB_DOMAINS.pick(random);
            case "DE" -> DE_DOMAINS.pick(random);
            default -> US_DOMAINS.pick(random);
        };
        String first = localPart(given);
        String last = localPart(family);
        String yy = String.format(Locale.ROOT, "%02d", birthYear % 100);
        String local = switch (random.nextInt(9)) {
            case 0, 1 -> first + "." + last;
            case 2 -> first + last;
            case 3 -> first.charAt(0) + last;
            case 4 -> first + "." + last + yy;
            case 5 -> first + "_" + last;
            case 6 -> first + last.charAt(0) + Draw.between(random, 1, 99);
            case 7 -> last + "." + first;
            default -> first + birthYear;
        };
        return unique(local, domain, random);
    }

    String work(String given, String family, SplittableRandom random) {
        String local = Draw.chance(random, 0.7) ? localPart(given) + "." + localPart(family)
                : localPart(given).charAt(0) + localPart(family);
        return unique(local, Draw.oneOf(random, EMPLOYERS), random);
    }

    private String unique(String local, String domain, SplittableRandom random) {
        String candidate = local + "@" + domain;
        while (!taken.add(canonical(candidate))) {
            candidate = local + Draw.between(random, 1, 9999) + "@" + domain;
        }
        return candidate;
    }

    /** The inbox an address reaches: lower case; for Gmail without dots and +tags. */
    static String canonical(String email) {
        String lower = email.toLowerCase(Locale.ROOT);
        int at = lower.indexOf('@');
        if (at < 0) {
            return lower;
        }
        String local = lower.substring(0, at);
        String domain = lower.substring(at + 1);
        if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
            int plus = local.indexOf('+');
            local = (plus >= 0 ? local.substring(0, plus) : local).replace(".", "");
            domain = "gmail.com";
        }
        return local + "@" + domain;
    }

    /** The same inbox as some system holds it: capitalised, Gmail dots dropped or a +tag added. */
    static String asTyped(String email, SplittableRandom random, String tag) {
        int at = email.indexOf('@');
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        int style = random.nextInt(10);
        if (domain.equals("gmail.com") && style < 2) {
            local = style == 0 ? local.replace(".", "") : local + "+" + tag;
        } else if (style == 2) {
            return capitalise(local) + "@" + capitalise(domain);
        } else if (style == 3) {
            return email.toUpperCase(Locale.ROOT);
        }
        return local + "@" + domain;
    }

    private static String capitalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (char c : text.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '.' || c == '_';
        }
        return out.toString();
    }

    /** Lower-case ASCII for the local part: Müller → mueller, O'Brien → obrien. */
    static String localPart(String name) {
        String text = name.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        text = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.length() == 0 ? "x" : out.toString();
    }

    private static Weighted<String> domains(Object... pairs) {
        Weighted.Builder<String> builder = Weighted.builder();
        for (int i = 0; i < pairs.length; i += 2) {
            builder.add((String) pairs[i], ((Integer) pairs[i + 1]).doubleValue());
        }
        return builder.build();
    }
}
