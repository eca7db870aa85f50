package io.lakefront.domain.prep;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tagger's word lists, which ship inside the jar next to these classes. */
final class Resources {
    private Resources() {
    }

    /** The non-blank lines of a resource, without {@code #} comments, trimmed. */
    static List<String> lines(String name) {
        InputStream in = Resources.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing built-in word list " + name + " next to " + Resources.class.getName());
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in word list " + name, e);
        }
        return lines;
    }

    /** The words of a list resource: lines and comma-separated entries, folded with {@link Text#fold}. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String line : lines(name)) {
            for (String word : line.split(",")) {
                String folded = Text.fold(word.strip());
                if (!folded.isEmpty()) {
                    words.add(folded);
                }
            }
        }
        return words;
    }
}
