package io.lakefront.connectors.yaml;

import io.lakefront.domain.UserError;
import io.lakefront.domain.campaign.brief.BriefStore;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The workspace's campaign briefs in the campaign files themselves ({@code campaigns/NAME.yaml}, which
 * {@link YamlCampaignStore} still lists), and every saved version as {@code campaigns/.history/SLUG/vN.yaml}
 * beside them: plain files a marketer can read, diff and keep in version control. A campaign file from
 * before briefs is left as it is until a brief is saved for it.
 */
public final class YamlBriefStore implements BriefStore {
    private static final Pattern VERSION_FILE = Pattern.compile("v(\\d+)\\.yaml");
    private static final Comparator<CampaignBrief> BY_NAME =
            Comparator.comparing(CampaignBrief::name, String.CASE_INSENSITIVE_ORDER).thenComparing(CampaignBrief::name);

    private final Path folder;
    private final YamlCampaignStore campaigns;

    public YamlBriefStore(Path workspace) {
        this.campaigns = new YamlCampaignStore(workspace);
        this.folder = campaigns.folder();
    }

    @Override
    public List<CampaignBrief> list() {
        List<CampaignBrief> briefs = new ArrayList<>();
        for (Path file : campaignFiles()) {
            BriefYaml.Parsed parsed = BriefYaml.parse(file);
            if (parsed.holdsBrief()) {
                briefs.add(parsed.brief());
            }
        }
        briefs.sort(BY_NAME);
        return List.copyOf(briefs);
    }

    @Override
    public Optional<CampaignBrief> find(String name) {
        return fileOf(name).map(BriefYaml::parse).filter(BriefYaml.Parsed::holdsBrief).map(BriefYaml.Parsed::brief);
    }

    @Override
    public void save(CampaignBrief brief) {
        Path file = fileOf(brief.name()).orElseGet(() -> freeFile(brief.name()));
        BriefYaml.write(brief, file);
        BriefYaml.write(brief, history(file).resolve("v" + brief.version() + ".yaml"));
    }

    @Override
    public List<CampaignBrief> versions(String name) {
        Optional<Path> file = fileOf(name);
        if (file.isEmpty() || !Files.isDirectory(history(file.get()))) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(history(file.get()))) {
            return entries.filter(f -> VERSION_FILE.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(YamlBriefStore::versionOf))
                    .map(BriefYaml::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + history(file.get()), e);
        }
    }

    /** Where the versions of the campaign in {@code file} are kept. */
    Path history(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return folder.resolve(".history").resolve(base);
    }

    private static int versionOf(Path file) {
        Matcher m = VERSION_FILE.matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    private Optional<Path> fileOf(String name) {
        for (Path file : campaignFiles()) {
            String inFile;
            try {
                inFile = YamlMap.read(file).text("name").orElse(null);
            } catch (UserError broken) {
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + file, e);
            }
            if (name.equals(inFile)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private Path freeFile(String name) {
        String slug = Slug.of(name);
        Path candidate = folder.resolve(slug + ".yaml");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(slug + "-" + n + ".yaml");
        }
        return candidate;
    }

    private List<Path> campaignFiles() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(f -> f.getFileName().toString().endsWith(".yaml") || f.getFileName().toString().endsWith(".yml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + folder, e);
        }
    }
}
