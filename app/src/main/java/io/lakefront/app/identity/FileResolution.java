package io.lakefront.app.identity;

import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.Resolution;
import java.util.List;

/**
 * A file-mode run: the inputs as read, the specification used, what was dropped from the defaults
 * for want of fields, and the engine's resolution ({@code null} when the inputs held no rows).
 */
public record FileResolution(List<ReadInput> inputs, IdentitySpec spec, boolean specFromFile, List<String> dropped,
                             Resolution resolution, long millis) {
    public FileResolution {
        inputs = List.copyOf(inputs);
        dropped = List.copyOf(dropped);
    }

    public int records() {
        return inputs.stream().mapToInt(input -> input.records().size()).sum();
    }
}
