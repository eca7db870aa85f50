package io.lakefront.domain.audience.nl;

import io.lakefront.domain.audience.FilterTree;
import io.lakefront.domain.audience.Interpretation;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TryoutTest {
    @Test
    void tryout() throws Exception {
        var interpreter = new OfflineAudienceInterpreter(new DemoLikeCatalogue(), Glossary.defaults(), new LexicalSynonyms(),
                WorkspaceClock.fixedAt(Instant.parse("2026-10-20T23:59:59Z")));
        for (String line : Files.readAllLines(Path.of("/tmp/nl-try.txt"))) {
            if (line.isBlank()) continue;
            Interpretation r = interpreter.interpret(line);
            System.out.println("## " + line + "\n   " + FilterTree.write(r.filter()) + "\n   not: " + r.notUnderstood()
                    + (r.question().isPresent() ? "\n   Q: " + r.question().get().text() + " " + r.question().get().choices() : ""));
            for (var c : r.conditions()) System.out.println("   - [" + c.words() + "] " + c.description());
        }
    }
}
