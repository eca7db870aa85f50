package io.lakefront.connectors.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.campaign.Campaign;
import io.lakefront.domain.campaign.CampaignStatus;
import io.lakefront.domain.campaign.brief.AudienceFacts;
import io.lakefront.domain.campaign.brief.BriefAnswers;
import io.lakefront.domain.campaign.brief.BriefAudience;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.CampaignGoal;
import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.campaign.brief.DraftBrief;
import io.lakefront.domain.campaign.brief.Guardrails;
import io.lakefront.domain.campaign.brief.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlBriefStoreTest {
    @TempDir
    Path workspace;

    static CampaignBrief brief(CampaignGoal goal, String name) {
        Map<String, Double> coverage = new LinkedHashMap<>();
        AudienceFacts.SIGNALS.forEach(s -> coverage.put(s, 0.8));
        AudienceFacts facts = new AudienceFacts(2000, 8000, Map.of(Channel.EMAIL, 1600L, Channel.SMS, 700L, Channel.PUSH, 500L),
                19, 40, 400, 200, 20, coverage);
        return DraftBrief.draft(BriefAnswers.defaults(goal, new BriefAudience(null, goal.defaultAudience(), goal.defaultFilter()),
                LocalDate.of(2026, 10, 20)).withName(name), facts);
    }

    @Test
    void every_goals_brief_round_trips_through_its_file_and_is_still_a_campaign_file() throws IOException {
        YamlBriefStore store = new YamlBriefStore(workspace);
        for (CampaignGoal goal : CampaignGoal.values()) {
            CampaignBrief brief = brief(goal, "Brief " + goal.label()).withVersion(1)
                    .withGuardrails(Guardrails.defaults().withChannelCaps(Map.of(Channel.SMS, 1)));
            store.save(brief);
            assertThat(store.find(brief.name())).as(goal.label()).contains(brief);
        }
        CampaignBrief approved = store.find("Brief win back").orElseThrow()
                .approvedBy("ada", Instant.parse("2026-10-20T09:30:00Z")).withVersion(2);
        store.save(approved);

        assertThat(store.find("Brief win back")).contains(approved);
        assertThat(store.list()).hasSize(5);
        Path file = workspace.resolve("campaigns/brief-win-back.yaml");
        assertThat(Files.readString(file)).contains("goal: win back").contains("status: approved")
                .contains("touchpoints:").contains("approved_by: ada");
        Campaign listed = new YamlCampaignStore(workspace).find("Brief win back").orElseThrow();
        assertThat(listed).isEqualTo(approved.toCampaign());
    }

    @Test
    void every_saved_version_is_kept_beside_the_file() {
        YamlBriefStore store = new YamlBriefStore(workspace);
        CampaignBrief v1 = brief(CampaignGoal.WELCOME, "Welcome").withVersion(1);
        CampaignBrief v2 = v1.withTouchpoints(List.of(v1.touchpoints().get(0).withVariants(List.of(
                new Variant("A", "short", 50), new Variant("B", "long", 50))))).withVersion(2);

        store.save(v1);
        store.save(v2);

        assertThat(workspace.resolve("campaigns/.history/welcome/v1.yaml")).exists();
        assertThat(store.versions("Welcome")).containsExactly(v1, v2);
        assertThat(store.find("Welcome")).contains(v2);
        assertThat(store.versions("nothing")).isEmpty();
    }

    @Test
    void a_campaign_file_from_before_briefs_is_a_campaign_without_a_brief_until_one_is_saved() throws IOException {
        Path old = workspace.resolve("campaigns/vip.yaml");
        Files.createDirectories(old.getParent());
        Files.writeString(old, "name: VIP early access\ngoal: announce\nstatus: active\naudience: gold members\n"
                + "channels:\n  - email\nsummary: first look\nstart_date: 2026-09-30\nowner: marketing\n");
        YamlBriefStore store = new YamlBriefStore(workspace);

        assertThat(store.find("VIP early access")).isEmpty();
        assertThat(store.list()).isEmpty();

        CampaignBrief brief = brief(CampaignGoal.ANNOUNCE, "VIP early access").withVersion(1);
        store.save(brief);

        assertThat(store.find("VIP early access")).contains(brief);
        assertThat(Files.readString(old)).as("the same file, other keys kept").contains("owner: marketing");
        assertThat(workspace.resolve("campaigns/vip-early-access.yaml")).doesNotExist();
    }

    @Test
    void problems_name_file_line_and_column() throws IOException {
        Path file = workspace.resolve("export.yaml");
        BriefYaml.write(brief(CampaignGoal.WIN_BACK, "Win back"), file);
        String text = Files.readString(file);

        Files.writeString(file, text.replaceFirst("channel: sms", "channel: fax"));
        int line = lineOf(Files.readString(file), "channel: fax");
        assertThatThrownBy(() -> BriefYaml.read(file)).isInstanceOf(UserError.class)
                .hasMessage(file + ":" + line + ":14: touchpoints[1].channel: unknown channel 'fax' (email, sms, push)");

        Files.writeString(file, text.replaceFirst("overall_cap: 2", "overall_cap: lots"));
        int capLine = lineOf(Files.readString(file), "overall_cap: lots");
        assertThatThrownBy(() -> BriefYaml.read(file))
                .hasMessage(file + ":" + capLine + ":16: guardrails.overall_cap: 'lots' is not a whole number");

        Files.writeString(file, text.replaceFirst("field: order_count", "field: shoe_size"));
        int fieldLine = lineOf(Files.readString(file), "field: shoe_size");
        assertThatThrownBy(() -> BriefYaml.read(file))
                .hasMessageStartingWith(file + ":" + fieldLine + ":")
                .hasMessageEndingWith("audience_filter.all[0]: unknown field 'shoe_size'");

        Files.writeString(file, text.replaceFirst("theme: ", "theme: [unclosed"));
        assertThatThrownBy(() -> BriefYaml.read(file)).hasMessageStartingWith(file + ":");

        Files.writeString(file, "name: x\ngoal: welcome\n");
        assertThatThrownBy(() -> BriefYaml.read(file)).hasMessageContaining("holds a campaign but no brief");
    }

    @Test
    void an_export_read_back_is_the_same_brief() {
        CampaignBrief brief = brief(CampaignGoal.CROSS_SELL, "Cross-sell autumn").withVersion(4);
        Path file = workspace.resolve("out/cross-sell.yaml");

        BriefYaml.write(brief, file);

        assertThat(BriefYaml.read(file)).isEqualTo(brief);
        assertThat(brief.status()).isEqualTo(CampaignStatus.DRAFT);
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in the file");
    }
}
