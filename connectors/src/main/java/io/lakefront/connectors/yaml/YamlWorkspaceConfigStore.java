package io.lakefront.connectors.yaml;

import io.lakefront.connectors.file.AtomicFile;
import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes {@code <workspace>/workspace.yaml}: keys {@code user_name}, {@code roles} (a list of
 * {@code marketer}, {@code data_steward}, {@code admin}) and {@code theme} ({@code light} | {@code dark}).
 * A missing file or key takes its default from {@link WorkspaceConfig#defaults()}. A file that does not
 * parse, or holds a bad value, is a {@link UserError} naming file, line and column.
 */
public final class YamlWorkspaceConfigStore {
    private final Path file;

    public YamlWorkspaceConfigStore(Path workspace) {
        this.file = workspace.resolve("workspace.yaml");
    }

    public Path file() {
        return file;
    }

    public WorkspaceConfig load() {
        WorkspaceConfig defaults = WorkspaceConfig.defaults();
        if (!Files.exists(file)) {
            return defaults;
        }
        YamlMap yaml = read();
        String user = yaml.text("user_name").map(String::strip).orElse(defaults.userName());
        if (user.isEmpty()) {
            user = defaults.userName();
        }
        return new WorkspaceConfig(user,
                yaml.choices("roles", Role.class).orElse(defaults.roles()),
                yaml.choice("theme", WorkspaceConfig.Theme.class).orElse(defaults.theme()));
    }

    public void save(WorkspaceConfig config) {
        YamlMap previous = Files.exists(file) ? read() : null;
        Map<String, Object> owned = new LinkedHashMap<>();
        owned.put("user_name", config.userName());
        owned.put("roles", config.roles().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).toList());
        owned.put("theme", config.theme().name().toLowerCase(Locale.ROOT));
        try {
            AtomicFile.write(file, YamlText.write(owned, previous));
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    private YamlMap read() {
        try {
            return YamlMap.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }
}
