package io.lakefront.connectors.yaml;

import java.text.Normalizer;
import java.util.Locale;

/** File names from names people give: {@code "Win back – Spring!"} becomes {@code win-back-spring}. */
public final class Slug {
    private Slug() {
    }

    public static String of(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
