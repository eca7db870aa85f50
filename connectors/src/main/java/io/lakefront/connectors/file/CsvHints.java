package io.lakefront.connectors.file;

import io.lakefront.domain.UserError;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

/**
 * What the user already knows about a file's format; each non-null value wins over sniffing.
 * Built from a source's options {@code delimiter}, {@code encoding} and {@code header}.
 */
public record CsvHints(Character delimiter, Charset charset, Boolean header) {
    public static final String DELIMITER = "delimiter";
    public static final String ENCODING = "encoding";
    public static final String HEADER = "header";

    public static CsvHints none() {
        return new CsvHints(null, null, null);
    }

    /**
     * Reads the hints from source options. {@code delimiter} is one character, or {@code tab} / {@code \t};
     * {@code encoding} a charset name ({@code UTF-8}, {@code ISO-8859-1}, {@code windows-1252}, ...);
     * {@code header} {@code true} or {@code false}.
     */
    public static CsvHints fromOptions(Map<String, String> options) {
        return new CsvHints(delimiter(options.get(DELIMITER)), charset(options.get(ENCODING)),
                header(options.get(HEADER)));
    }

    /** The same hints with a delimiter, unless one is already given. */
    public CsvHints orDelimiter(char fallback) {
        return delimiter != null ? this : new CsvHints(fallback, charset, header);
    }

    private static Character delimiter(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals("tab") || v.equals("\\t") || v.equals("\t")) {
            return '\t';
        }
        if (v.length() != 1 || v.equals("\"") || v.equals("\n") || v.equals("\r")) {
            throw new UserError("option delimiter: '" + value + "' is not a single character (or 'tab')");
        }
        return v.charAt(0);
    }

    private static Charset charset(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(value.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UserError("option encoding: unknown encoding '" + value + "'");
        }
    }

    private static Boolean header(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> throw new UserError("option header: expected true or false, got '" + value + "'");
        };
    }
}
