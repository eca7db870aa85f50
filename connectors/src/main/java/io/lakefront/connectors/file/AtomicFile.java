package io.lakefront.connectors.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file in one step: content goes to a temporary file beside it, which is then moved over
 * the target. A crash or an error half-way leaves the old file as it was.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    public static void write(Path target, String content) throws IOException {
        Path temp = temporaryBeside(target);
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            replace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A fresh temporary file in the target's folder (created if missing), so that the move stays on one disk. */
    public static Path temporaryBeside(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        return Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
    }

    /** Moves the temporary file over the target, atomically where the file system can. */
    public static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
