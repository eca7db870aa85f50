package io.lakefront.app.review;

import io.lakefront.app.Workspace;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.Thresholds;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A small workspace whose resolution leaves pairs in the review band: two sources about the same
 * people with different e-mail addresses (so no deterministic rule settles them) and the band
 * widened in identity.yaml so every model-scored pair is queued. Anna, Ben and Cara's pairs share one
 * comparison pattern (names and phone the same, birth date missing in the shop); Dan's differs.
 */
final class ReviewFixture {
    static final String AS_OF = "2026-10-20";
    static final String CRM = """
            Contact ID,First Name,Last Name,Email,Phone,Birthdate,Mailing City
            C-1,Anna,Berg,anna.berg@example.com,(415) 555-0101,1985-03-14,Springfield
            C-2,Ben,Carter,ben.carter@example.com,(415) 555-0102,1979-11-02,Shelbyville
            C-3,Cara,Diaz,cara.diaz@example.com,(415) 555-0103,1992-06-30,Springfield
            C-4,Dan,Evans,dan.evans@example.com,(415) 555-0104,1960-05-05,Ogdenville
            C-5,Ella,Fox,ella.fox@example.com,(415) 555-0105,1988-08-17,Springfield
            C-6,Finn,Gray,finn.gray@example.com,(415) 555-0106,1990-09-09,Shelbyville
            """;
    static final String SHOP = """
            customer_id,email_address,full_name,mobile,birth_date
            100001,zz-ab-1985@shopmail.test,Anna Berg,415-555-0101,
            100002,qq-bc-1979@shopmail.test,Ben Carter,415-555-0102,
            100003,xx-cd-1992@shopmail.test,Cara Diaz,415-555-0103,
            100004,kk-de@shopmail.test,Daniel Evans,415-555-0999,1960-05-05
            100005,gus.hill@shopmail.test,Gus Hill,415-555-0107,1975-01-20
            """;

    private ReviewFixture() {
    }

    static Workspace open(Path folder) {
        return Workspace.open(folder, WorkspaceClock.parse(AS_OF));
    }

    /** Adds both sources, resolves once, widens the review band to every model-scored pair, resolves again. */
    static void build(Path temp, Path folder) throws Exception {
        try (Workspace workspace = open(folder)) {
            for (Map.Entry<String, String> source : Map.of("crm", CRM, "shop", SHOP).entrySet()) {
                Path file = temp.resolve(source.getKey() + ".csv");
                Files.writeString(file, source.getValue());
                workspace.addSource().add(workspace.actor(), source.getKey(), SourceKind.FILE, file.toString(), Map.of());
                workspace.syncSource().sync(workspace.actor(), source.getKey(), TaskContext.silent());
                workspace.prepareSource().prepare(workspace.actor(), source.getKey(), TaskContext.silent());
            }
            workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());
            IdentitySpec spec = workspace.identityRules().load().orElseThrow();
            workspace.identityRules().save(spec.withThresholds(new Thresholds(80, -80)));
            workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());
        }
    }
}
