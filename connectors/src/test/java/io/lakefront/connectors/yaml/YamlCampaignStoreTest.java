package io.lakefront.connectors.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.campaign.Campaign;
import io.lakefront.domain.campaign.CampaignStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlCampaignStoreTest {
    @TempDir
    Path workspace;

    private static Campaign winBack() {
        return new Campaign("Win back – Spring!", "win back", CampaignStatus.ACTIVE,
                "customers who bought in the last year but not in the last 90 days", List.of("email", "sms"),
                "Two emails, then an SMS: \"we miss you\".", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));
    }

    @Test
    @DisplayName("a saved campaign is read back equal, from a file named after the slug of its name")
    void roundTrip() throws IOException {
        YamlCampaignStore store = new YamlCampaignStore(workspace);

        store.save(winBack());

        Path file = workspace.resolve("campaigns/win-back-spring.yaml");
        assertThat(file).exists();
        assertThat(Files.readString(file)).contains("status: active").contains("channels:\n  - email\n  - sms");
        assertThat(store.list()).containsExactly(winBack());
        assertThat(store.find("Win back – Spring!")).contains(winBack());
        assertThat(store.find("nothing")).isEmpty();
    }

    @Test
    @DisplayName("campaigns are listed sorted by name; an always-on campaign has no end date")
    void listSorted() {
        YamlCampaignStore store = new YamlCampaignStore(workspace);
        Campaign welcome = new Campaign("welcome", "welcome", CampaignStatus.DRAFT, "", List.of(), "", null, null);

        store.save(welcome);
        store.save(winBack());

        assertThat(store.list()).extracting(Campaign::name).containsExactly("welcome", "Win back – Spring!");
        assertThat(store.find("welcome").orElseThrow().alwaysOn()).isTrue();
    }

    @Test
    @DisplayName("saving again updates the campaign's own file and keeps keys other parts of Lakefront wrote")
    void updateKeepsUnknownKeys() throws IOException {
        YamlCampaignStore store = new YamlCampaignStore(workspace);
        store.save(winBack());
        Path file = workspace.resolve("campaigns/win-back-spring.yaml");
        Files.writeString(file, Files.readString(file) + "guardrails:\n  frequency_cap: 2\n  quiet_hours: 21-08\n");

        Campaign paused = new Campaign(winBack().name(), "win back", CampaignStatus.PAUSED, "x", List.of("email"),
                "", null, null);
        store.save(paused);

        assertThat(store.list()).containsExactly(paused);
        String text = Files.readString(file);
        assertThat(text).contains("guardrails:").contains("frequency_cap: 2").doesNotContain("end_date");
        try (var files = Files.list(workspace.resolve("campaigns"))) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    @DisplayName("two names with the same slug get two files")
    void slugCollision() {
        YamlCampaignStore store = new YamlCampaignStore(workspace);
        store.save(new Campaign("Win back", "", CampaignStatus.DRAFT, "", List.of(), "", null, null));
        store.save(new Campaign("win-back", "", CampaignStatus.DRAFT, "", List.of(), "", null, null));

        assertThat(workspace.resolve("campaigns/win-back.yaml")).exists();
        assertThat(workspace.resolve("campaigns/win-back-2.yaml")).exists();
        assertThat(store.list()).hasSize(2);
    }

    @Test
    @DisplayName("a YAML syntax error names the file, line and column")
    void syntaxError() throws IOException {
        Path file = writeCampaign("broken.yaml", """
                name: Broken
                channels: [email, sms
                status: draft
                """);

        assertThatThrownBy(() -> new YamlCampaignStore(workspace).list())
                .isInstanceOf(UserError.class)
                .hasMessageMatching(java.util.regex.Pattern.quote(file.toString()) + ":3:\\d+: .+");
    }

    @Test
    @DisplayName("a bad status names the file, the line and column of the value, and the allowed words")
    void badStatus() throws IOException {
        Path file = writeCampaign("bad.yaml", """
                name: Bad
                goal: welcome
                status: running
                """);

        assertThatThrownBy(() -> new YamlCampaignStore(workspace).list())
                .isInstanceOf(UserError.class)
                .hasMessage(file + ":3:9: status: 'running' is not one of draft, approved, active, paused, ended");
    }

    @Test
    @DisplayName("a bad date, a channel that is not a list, a missing name and a repeated key are reported where they are")
    void badFields() throws IOException {
        Path date = writeCampaign("date.yaml", "name: D\nstart_date: 2026-13-01\n");
        assertThatThrownBy(() -> YamlCampaignStore.read(date)).isInstanceOf(UserError.class)
                .hasMessage(date + ":2:13: start_date: '2026-13-01' is not a date (YYYY-MM-DD)");

        Path channels = writeCampaign("channels.yaml", "name: C\nchannels: email\n");
        assertThatThrownBy(() -> YamlCampaignStore.read(channels)).isInstanceOf(UserError.class)
                .hasMessage(channels + ":2:11: channels: expected a list (- item)");

        Path nameless = writeCampaign("nameless.yaml", "goal: welcome\n");
        assertThatThrownBy(() -> YamlCampaignStore.read(nameless)).isInstanceOf(UserError.class)
                .hasMessage(nameless + ":1:1: name is missing");

        Path twice = writeCampaign("twice.yaml", "name: A\ngoal: x\nname: B\n");
        assertThatThrownBy(() -> YamlCampaignStore.read(twice)).isInstanceOf(UserError.class)
                .hasMessage(twice + ":3:1: duplicate key 'name'");
    }

    @Test
    @DisplayName("YAML tags that would build Java objects are refused, not executed")
    void noArbitraryTypes() throws IOException {
        Path file = writeCampaign("evil.yaml", "name: !!javax.script.ScriptEngineManager [x]\n");

        assertThatThrownBy(() -> YamlCampaignStore.read(file)).isInstanceOf(UserError.class)
                .hasMessageStartingWith(file + ":1:7: ").hasMessageContaining("tag is not allowed");
    }

    @Test
    @DisplayName("a workspace without a campaigns folder has no campaigns")
    void emptyWorkspace() {
        assertThat(new YamlCampaignStore(workspace).list()).isEmpty();
    }

    private Path writeCampaign(String name, String text) throws IOException {
        Path folder = Files.createDirectories(workspace.resolve("campaigns"));
        return Files.writeString(folder.resolve(name), text);
    }
}
