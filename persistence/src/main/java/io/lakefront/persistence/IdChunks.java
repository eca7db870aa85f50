package io.lakefront.persistence;

import java.util.ArrayList;
import java.util.List;

/** Splits ids into consecutive chunks so that an {@code IN} list of bind parameters stays bounded. */
final class IdChunks {
    private IdChunks() {
    }

    static List<List<String>> of(List<String> ids, int size) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += size) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + size)));
        }
        return chunks;
    }
}
