package io.lakefront.persistence;

import java.util.ArrayList;
import java.util.List;

/** Splits ids into consecutive chunks so that an {@code IN} list of bind parameters stays bounded. */
final class IdChunks {
    /** The ids of a chunk as a table {@code u(id)} from one array parameter {@code :ids}; join it to the rows wanted. */
    static final String UNNEST = "UNNEST(CAST(:ids AS VARCHAR ARRAY)) u(id)";

    private IdChunks() {
    }

    static String[] array(List<String> ids) {
        return ids.toArray(new String[0]);
    }

    static List<List<String>> of(List<String> ids, int size) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += size) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + size)));
        }
        return chunks;
    }
}
