package io.lakefront.connectors.yaml;

import io.lakefront.connectors.file.AtomicFile;
import io.lakefront.domain.UserError;
import io.lakefront.domain.campaign.Campaign;
import io.lakefront.domain.campaign.CampaignStatus;
import io.lakefront.domain.campaign.CampaignStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The workspace's campaigns as {@code <workspace>/campaigns/<slug>.yaml}, one file a campaign, named
 * after the slug of its name. Keys: {@code name, goal, status} (lower case), {@code audience},
 * {@code channels} (a list), {@code summary}, {@code start_date}, {@code end_date} ({@code YYYY-MM-DD};
 * no end date for an always-on campaign). Other keys in a file are kept when it is rewritten. A file
 * that does not parse, or holds a bad value, is a {@link UserError} naming file, line and column.
 */
public final class YamlCampaignStore implements CampaignStore {
    private static final Comparator<Campaign> BY_NAME =
            Comparator.comparing(Campaign::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Campaign::name);

    private final Path folder;

    public YamlCampaignStore(Path workspace) {
        this.folder = workspace.resolve("campaigns");
    }

    /** Where the campaign files are. */
    public Path folder() {
        return folder;
    }

    @Override
    public List<Campaign> list() {
        Map<String, Path> fileOfName = new HashMap<>();
        List<Campaign> campaigns = new ArrayList<>();
        for (Path file : files()) {
            Campaign campaign = read(file);
            Path other = fileOfName.putIfAbsent(campaign.name(), file);
            if (other != null) {
                throw new UserError(file + ": the campaign '" + campaign.name() + "' is also in " + other);
            }
            campaigns.add(campaign);
        }
        campaigns.sort(BY_NAME);
        return List.copyOf(campaigns);
    }

    @Override
    public Optional<Campaign> find(String name) {
        return list().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    @Override
    public void save(Campaign campaign) {
        Path target = fileFor(campaign.name());
        YamlMap previous = Files.exists(target) ? readMap(target) : null;
        try {
            AtomicFile.write(target, YamlText.write(toYaml(campaign), previous));
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + target, e);
        }
    }

    /** Reads one campaign file. */
    public static Campaign read(Path file) {
        YamlMap yaml = readMap(file);
        String name = yaml.requiredText("name");
        CampaignStatus status = yaml.choice("status", CampaignStatus.class).orElse(CampaignStatus.DRAFT);
        LocalDate start = yaml.date("start_date").orElse(null);
        LocalDate end = yaml.date("end_date").orElse(null);
        if (start != null && end != null && end.isBefore(start)) {
            throw new UserError(file + ": end_date " + end + " is before start_date " + start);
        }
        return new Campaign(name, yaml.text("goal").orElse(""), status, yaml.text("audience").orElse(""),
                yaml.list("channels"), yaml.text("summary").orElse(""), start, end);
    }

    private static Map<String, Object> toYaml(Campaign campaign) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", campaign.name());
        map.put("goal", campaign.goal());
        map.put("status", campaign.status().name().toLowerCase(Locale.ROOT));
        map.put("audience", campaign.audience());
        map.put("channels", List.copyOf(campaign.channels()));
        map.put("summary", campaign.summary());
        map.put("start_date", campaign.startDate() == null ? null : campaign.startDate().toString());
        map.put("end_date", campaign.endDate() == null ? null : campaign.endDate().toString());
        return map;
    }

    /**
     * The file already holding this campaign, else the slug of its name; when another campaign has
     * that slug ({@code Win back} and {@code win-back}), the first free {@code slug-2}, {@code slug-3}.
     */
    private Path fileFor(String name) {
        List<Path> files = files();
        for (Path file : files) {
            if (nameIn(file).filter(name::equals).isPresent()) {
                return file;
            }
        }
        String slug = Slug.of(name);
        Path candidate = folder.resolve(slug + ".yaml");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(slug + "-" + n + ".yaml");
        }
        return candidate;
    }

    /** The name in a file, or empty when the file is broken (it is reported when listed, not here). */
    private static Optional<String> nameIn(Path file) {
        try {
            return readMap(file).text("name");
        } catch (UserError e) {
            return Optional.empty();
        }
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(f -> f.getFileName().toString().endsWith(".yaml")
                            || f.getFileName().toString().endsWith(".yml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + folder, e);
        }
    }

    private static YamlMap readMap(Path file) {
        try {
            return YamlMap.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }
}
