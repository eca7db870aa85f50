package io.lakefront.connectors.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.lakefront.domain.UserError;
import io.lakefront.domain.source.RowStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Streams a JSON Lines file (one JSON object a line, UTF-8). The columns are the keys of the first
 * {@value #SAMPLE_LINES} objects in first-seen order; nested objects and arrays come as JSON text.
 * Keys that first appear later are not columns: {@link #unseenKeys()} names them so that the caller
 * can report the drift instead of losing it silently.
 */
public final class JsonLinesReader implements RowStream {
    static final int SAMPLE_LINES = 1000;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // 12.50 stays "12.50": the text is what the source said, not a normalised number.
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final Path file;
    private final CountingInputStream counter;
    private final BufferedReader reader;
    private final long total;
    private final List<String> columns;
    private final Set<String> columnSet;
    private final Deque<Line> sampled = new ArrayDeque<>();
    private final Set<String> unseenKeys = new LinkedHashSet<>();
    private long lineNumber;
    private long currentLine;

    private record Line(long number, JsonNode object) {
    }

    public JsonLinesReader(Path file) throws IOException {
        this.file = file;
        try {
            this.counter = new CountingInputStream(Files.newInputStream(file));
            this.total = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        }
        this.reader = new BufferedReader(new InputStreamReader(counter, StandardCharsets.UTF_8), 64 * 1024);
        try {
            Set<String> keys = new LinkedHashSet<>();
            Line line;
            while (sampled.size() < SAMPLE_LINES && (line = readLine()) != null) {
                sampled.add(line);
                line.object().fieldNames().forEachRemaining(keys::add);
            }
            this.columns = List.copyOf(keys);
            this.columnSet = keys;
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public List<String> next() throws IOException {
        Line line = sampled.isEmpty() ? readLine() : sampled.poll();
        if (line == null) {
            return null;
        }
        currentLine = line.number();
        JsonNode object = line.object();
        List<String> row = new ArrayList<>(columns.size());
        for (String column : columns) {
            row.add(text(object.get(column)));
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!columnSet.contains(name)) {
                unseenKeys.add(name);
            }
        }
        return row;
    }

    /** Keys met after the first {@value #SAMPLE_LINES} lines that are not columns, in first-seen order. */
    public Set<String> unseenKeys() {
        return Collections.unmodifiableSet(unseenKeys);
    }

    /** The line of the row last returned (1-based). */
    public long line() {
        return currentLine;
    }

    @Override
    public long done() {
        return counter.count();
    }

    @Override
    public long total() {
        return total;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private Line readLine() throws IOException {
        String text;
        while ((text = reader.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new UserError(file + ":" + lineNumber + ": not valid JSON: " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                throw new UserError(file + ":" + lineNumber + ": expected a JSON object ({...}) on each line");
            }
            return new Line(lineNumber, node);
        }
        return null;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isBigDecimal()) {
            return value.decimalValue().toPlainString();
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        return value.toString();
    }
}
