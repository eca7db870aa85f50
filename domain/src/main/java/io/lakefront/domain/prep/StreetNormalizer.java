package io.lakefront.domain.prep;

import java.util.Locale;

/**
 * Street lines with tidy spacing and standard abbreviations for their type words ({@code Street} → {@code St},
 * {@code Avenue} → {@code Ave}, {@code circuit} → {@code Cct}), so that {@code 12 Main Street} and
 * {@code 12 main st.} compare equal. Words of other languages are kept as written.
 */
public final class StreetNormalizer implements Normalizer {
    private final Lexicon lexicon = Lexicon.builtIn();

    @Override
    public Normalized normalize(String raw) {
        if (Normalizer.isMissing(raw)) {
            return Normalized.missing();
        }
        String line = Text.collapseSpaces(raw.strip());
        if (!Text.hasLetter(line)) {
            return Normalized.invalid(raw, "no street name");
        }
        boolean oneCase = line.equals(line.toLowerCase(Locale.ROOT)) || line.equals(line.toUpperCase(Locale.ROOT));
        String[] words = line.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String bare = word.endsWith(".") || word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
            String trailing = word.endsWith(",") ? "," : "";
            String type = i > 0 ? lexicon.streetType(Text.fold(bare)) : null;
            String written;
            if (type != null && !type.substring(0, type.indexOf('|')).equals(type.substring(type.indexOf('|') + 1))) {
                String abbreviation = type.substring(type.indexOf('|') + 1);
                written = Character.toUpperCase(abbreviation.charAt(0)) + abbreviation.substring(1) + trailing;
            } else if (oneCase && !bare.isEmpty() && Character.isLetter(bare.charAt(0))) {
                written = Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
            } else {
                written = word;
            }
            if (i > 0) {
                out.append(' ');
            }
            out.append(written);
        }
        return Normalized.valid(out.toString());
    }

    @Override
    public String rule() {
        return "spacing tidied; Street→St, Avenue→Ave, Road→Rd, Drive→Dr, ... ; all-caps re-cased";
    }
}
