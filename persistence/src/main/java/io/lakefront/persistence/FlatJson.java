package io.lakefront.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The small JSON the decisioning tables hold without a JSON library in this module: objects of
 * string values (a signal's attributes) written and read back, and any text quoted for the reasons
 * and payloads written around them.
 */
final class FlatJson {
    private FlatJson() {
    }

    /** {@code text} as a JSON string, quotes included. */
    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** An object of string values, in the map's order. */
    static String object(Map<String, String> values) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(quote(e.getKey())).append(':').append(quote(e.getValue()));
        }
        return out.append('}').toString();
    }

    /** Reads what {@link #object} wrote: a flat object of string (or null) values. */
    static Map<String, String> readObject(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        Reader r = new Reader(json == null ? "{}" : json);
        r.skip();
        r.expect('{');
        r.skip();
        if (r.peek() == '}') {
            return values;
        }
        while (true) {
            r.skip();
            String key = r.string();
            r.skip();
            r.expect(':');
            r.skip();
            String value = r.peek() == 'n' ? r.nullValue() : r.string();
            values.put(key, value);
            r.skip();
            char c = r.next();
            if (c == '}') {
                return values;
            }
            if (c != ',') {
                throw new IllegalStateException("stored JSON object is malformed at " + r.at + ": " + json);
            }
        }
    }

    /**
     * The {@code "text"} of the first object in an array of flat objects (the reasons a decision log row
     * holds: {@code [{"code": ..., "values": {...}, "text": ...}]}); empty when the array is empty or the
     * first object has none.
     */
    static String firstText(String json) {
        Reader r = new Reader(json == null ? "[]" : json);
        r.skip();
        r.expect('[');
        r.skip();
        if (r.peek() == ']') {
            return "";
        }
        r.expect('{');
        r.skip();
        if (r.peek() == '}') {
            return "";
        }
        while (true) {
            r.skip();
            String key = r.string();
            r.skip();
            r.expect(':');
            r.skip();
            char first = r.peek();
            if (first == '{') {
                // A nested object (a reason's values) is flat: read to check it, then step over it.
                int start = r.at;
                int end = closing(json, start);
                readObject(json.substring(start, end));
                r.at = end;
            } else {
                String value = first == 'n' ? r.nullValue() : r.string();
                if ("text".equals(key)) {
                    return value == null ? "" : value;
                }
            }
            r.skip();
            char c = r.next();
            if (c == '}') {
                return "";
            }
            if (c != ',') {
                throw new IllegalStateException("stored JSON object is malformed at " + r.at + ": " + json);
            }
        }
    }

    /** The index just after the flat object starting at {@code start}, skipping braces inside strings. */
    private static int closing(String json, int start) {
        boolean inString = false;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '}') {
                return i + 1;
            }
        }
        throw new IllegalStateException("stored JSON ends early: " + json);
    }

    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        char peek() {
            if (at >= text.length()) {
                throw new IllegalStateException("stored JSON ends early: " + text);
            }
            return text.charAt(at);
        }

        char next() {
            char c = peek();
            at++;
            return c;
        }

        void skip() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        void expect(char c) {
            if (next() != c) {
                throw new IllegalStateException("stored JSON: expected '" + c + "' at " + (at - 1) + ": " + text);
            }
        }

        String nullValue() {
            if (!text.startsWith("null", at)) {
                throw new IllegalStateException("stored JSON: expected a string at " + at + ": " + text);
            }
            at += 4;
            return null;
        }

        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(e);
                }
            }
        }
    }
}
