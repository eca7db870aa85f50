package io.lakefront.connectors.yaml;

import io.lakefront.domain.UserError;
import io.lakefront.domain.gold.GoldSpec;
import io.lakefront.domain.gold.GoldSpecStore;
import java.io.IOException;
import java.nio.file.Path;

/** The workspace's {@code gold.yaml}, read afresh on every load so an edit in a text editor counts at once. */
public final class YamlGoldSpecStore implements GoldSpecStore {
    public static final String FILE_NAME = "gold.yaml";

    private final Path file;

    public YamlGoldSpecStore(Path workspace) {
        this.file = workspace.resolve(FILE_NAME);
    }

    @Override
    public GoldSpec load() {
        return GoldSpecYaml.readOrDefaults(file);
    }

    @Override
    public void save(GoldSpec spec) {
        try {
            GoldSpecYaml.write(spec, file);
        } catch (IOException e) {
            throw new UserError(file + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public String describe() {
        return FILE_NAME;
    }
}
