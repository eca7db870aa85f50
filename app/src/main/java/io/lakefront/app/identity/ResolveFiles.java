package io.lakefront.app.identity;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.IdentityEngine;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.Resolution;
import io.lakefront.domain.identity.ResolutionRequest;
import io.lakefront.domain.identity.mapping.SpecForFields;
import io.lakefront.domain.task.TaskContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code resolve} in file mode: reads every input, takes the given specification or builds one for
 * the fields the inputs hold, and resolves all records together.
 */
public final class ResolveFiles {
    private final InputReader reader;
    private final IdentityEngine engine;

    public ResolveFiles(InputReader reader, IdentityEngine engine) {
        this.reader = reader;
        this.engine = engine;
    }

    /**
     * @param idColumns none, one for every input, or one per input in input order
     * @param spec      the specification to use as it is, or {@code null} for the zero-configuration default
     */
    public FileResolution resolve(List<Path> files, List<String> idColumns, IdentitySpec spec, TaskContext context)
            throws IOException {
        long started = System.nanoTime();
        if (files.isEmpty()) {
            throw new UserError("resolve needs at least one --input file");
        }
        if (idColumns.size() > 1 && idColumns.size() != files.size()) {
            throw new UserError("--id-column is given " + idColumns.size() + " times for " + files.size()
                    + " inputs: give it once for all inputs, or once per input in the same order");
        }
        checkSourceNames(files);
        List<ReadInput> inputs = new ArrayList<>();
        List<PersonRecord> records = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            context.message("Reading " + files.get(i).getFileName());
            String idColumn = idColumns.isEmpty() ? null : idColumns.get(idColumns.size() == 1 ? 0 : i);
            ReadInput input = reader.read(files.get(i), idColumn);
            inputs.add(input);
            records.addAll(input.records());
            context.checkCancelled();
        }
        if (records.isEmpty()) {
            return new FileResolution(inputs, spec, spec != null, List.of(), null, millisSince(started));
        }
        IdentitySpec used = spec;
        List<String> dropped = List.of();
        if (spec == null) {
            SpecForFields.Fitted fitted = SpecForFields.zeroConfig(fieldsPresent(records));
            used = fitted.spec();
            dropped = fitted.dropped();
        }
        Resolution resolution = engine.resolve(ResolutionRequest.of(records, used), context);
        return new FileResolution(inputs, used, spec != null, dropped, resolution, millisSince(started));
    }

    /** Fields with at least one value in some record: a tagged column that is empty throughout does not count. */
    private static Set<String> fieldsPresent(List<PersonRecord> records) {
        Set<String> present = new HashSet<>();
        for (PersonRecord record : records) {
            present.addAll(record.fields().keySet());
        }
        return present;
    }

    /** Records are keyed by file name, so two inputs may not share one. */
    private static void checkSourceNames(List<Path> files) {
        Map<String, Path> byName = new HashMap<>();
        for (Path file : files) {
            Path earlier = byName.putIfAbsent(file.getFileName().toString(), file);
            if (earlier != null) {
                throw new UserError("two inputs are named '" + file.getFileName() + "' (" + earlier + ", " + file
                        + "); records are told apart by file name, so rename one");
            }
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
