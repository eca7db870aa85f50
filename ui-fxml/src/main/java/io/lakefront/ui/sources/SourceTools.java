package io.lakefront.ui.sources;

import io.lakefront.domain.prep.EditColumnTag;
import io.lakefront.domain.prep.ExportQuarantine;
import io.lakefront.domain.prep.InspectSource;
import io.lakefront.domain.prep.ListQuarantine;
import io.lakefront.domain.prep.PreviewPreparation;
import io.lakefront.domain.source.SessionPasswords;
import java.util.Objects;

/**
 * The use cases behind the Sources screen's detail tabs and the Add source wizard, beyond add, sync
 * and prepare: one field of {@link io.lakefront.ui.AppServices}, built by the app's composition root.
 *
 * @param passwords database passwords typed in the wizard, kept in memory for the session only
 */
public record SourceTools(PreviewPreparation preview, EditColumnTag editTag, ListQuarantine listQuarantine,
                          ExportQuarantine exportQuarantine, InspectSource inspect, SessionPasswords passwords) {
    public SourceTools {
        Objects.requireNonNull(preview, "preview");
        Objects.requireNonNull(editTag, "editTag");
        Objects.requireNonNull(listQuarantine, "listQuarantine");
        Objects.requireNonNull(exportQuarantine, "exportQuarantine");
        Objects.requireNonNull(inspect, "inspect");
        Objects.requireNonNull(passwords, "passwords");
    }
}
