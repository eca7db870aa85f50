package io.lakefront.app.identity;

import io.lakefront.connectors.file.AtomicFile;
import io.lakefront.connectors.yaml.IdentitySpecYaml;
import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.workspace.IdentityRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The workspace's {@code identity.yaml}, read and written with the same format as {@code resolve --config}. */
public final class YamlIdentityRules implements IdentityRules {
    public static final String FILE = "identity.yaml";

    private final Path file;

    public YamlIdentityRules(Path workspaceDirectory) {
        this.file = workspaceDirectory.resolve(FILE);
    }

    @Override
    public Optional<IdentitySpec> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(IdentitySpecYaml.read(file));
        } catch (IOException e) {
            throw new UserError(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public Optional<String> readText() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserError(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public String text(IdentitySpec spec) {
        return IdentitySpecYaml.text(spec);
    }

    @Override
    public IdentitySpec parse(String text) {
        return IdentitySpecYaml.read(text, file);
    }

    @Override
    public void save(IdentitySpec spec) {
        write(text(spec));
    }

    @Override
    public IdentitySpec saveText(String text) {
        IdentitySpec spec = parse(text);
        write(text);
        return spec;
    }

    private void write(String text) {
        try {
            AtomicFile.write(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public String describe() {
        return FILE;
    }
}
