package io.lakefront.app.identity;

import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.mapping.RecordMapping;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One input file read into person records.
 *
 * @param idOrigin        where the record ids came from, in words ({@code column "Contact ID"}, {@code row numbers})
 * @param invalidByColumn values rejected by their column's normalizer, counted per column (file order)
 */
public record ReadInput(Path file, String source, List<PersonRecord> records, RecordMapping mapping, String idOrigin,
                        Map<String, Integer> invalidByColumn) {
    public ReadInput {
        records = List.copyOf(records);
        invalidByColumn = Collections.unmodifiableMap(new LinkedHashMap<>(invalidByColumn));
    }

    public int invalidValues() {
        return invalidByColumn.values().stream().mapToInt(Integer::intValue).sum();
    }
}
