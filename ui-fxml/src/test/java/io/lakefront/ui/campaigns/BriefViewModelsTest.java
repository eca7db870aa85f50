package io.lakefront.ui.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.campaign.CampaignStatus;
import io.lakefront.domain.campaign.brief.BriefProblem;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.campaign.brief.Touchpoint;
import io.lakefront.domain.campaign.brief.TriggerKind;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.task.DirectTaskExecutor;
import io.lakefront.ui.fakes.TestWorkspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BriefViewModelsTest {
    private final TestWorkspace w = TestWorkspace.withData();
    private final DirectTaskExecutor tasks = new DirectTaskExecutor();

    private CampaignBrief converse(BriefDesk desk, String... answers) {
        BriefConversationViewModel conversation = new BriefConversationViewModel(desk, tasks);
        List<CampaignBrief> drafted = new ArrayList<>();
        conversation.onDrafted(drafted::add);
        conversation.start();
        for (String answer : answers) {
            conversation.answerProperty().set(answer);
            conversation.answer();
        }
        conversation.acceptDefaults();
        assertThat(conversation.activeProperty().get()).as(conversation.problemProperty().get()).isFalse();
        return drafted.get(0);
    }

    @Test
    void the_conversation_asks_with_defaults_from_the_data_and_ends_in_a_saved_draft() {
        BriefConversationViewModel conversation = new BriefConversationViewModel(w.briefDesk(), tasks);
        List<CampaignBrief> drafted = new ArrayList<>();
        conversation.onDrafted(drafted::add);
        conversation.start();

        assertThat(conversation.progressProperty().get()).isEqualTo("Question 1 of 8");
        assertThat(conversation.choices()).contains("win back", "welcome", "cross-sell", "retain", "announce");
        conversation.choose("retain");
        conversation.answer();
        assertThat(conversation.questionProperty().get()).isEqualTo("Which channels?");
        assertThat(conversation.defaultAnswerProperty().get()).isEqualTo("email, sms");
        assertThat(conversation.whyProperty().get()).contains("email 83.3%, sms 25.0%, push 0.0%");
        conversation.answerProperty().set("email, pigeon");
        conversation.answer();
        assertThat(conversation.problemProperty().get()).contains("unknown channel 'pigeon'");
        assertThat(conversation.questionProperty().get()).isEqualTo("Which channels?");
        conversation.back();
        assertThat(conversation.questionProperty().get()).startsWith("Who is it for?");
        conversation.acceptDefaults();

        assertThat(drafted).singleElement().satisfies(brief -> {
            assertThat(brief.version()).isEqualTo(1);
            assertThat(brief.status()).isEqualTo(CampaignStatus.DRAFT);
            assertThat(brief.channels()).containsExactly(Channel.EMAIL, Channel.SMS);
        });
        assertThat(w.listCampaigns.list(w.actor)).extracting(c -> c.name()).contains(drafted.get(0).name());
    }

    @Test
    void the_editor_reorders_touchpoints_rechecks_at_once_saves_versions_diffs_and_approves() {
        CampaignBrief drafted = converse(w.briefDesk(), "win back");
        BriefEditorViewModel editor = new BriefEditorViewModel(w.briefDesk(), tasks);
        editor.load(drafted.name());
        assertThat(editor.problems()).filteredOn(BriefProblem::error).isEmpty();
        assertThat(editor.approvableProperty().get()).isTrue();
        List<Touchpoint> before = List.copyOf(editor.touchpoints());

        assertThat(editor.moveUp(0)).isFalse();
        assertThat(editor.moveDown(0)).isTrue();
        assertThat(editor.touchpoints()).containsExactly(before.get(1), before.get(0), before.get(2));
        assertThat(editor.problems()).extracting(BriefProblem::toString)
                .contains("error in touchpoints[1]: the first message has no previous message to get a response to");
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(editor.approvableProperty().get()).isFalse();
        assertThat(editor.statusProperty().get()).isEqualTo("draft · version 1 · unsaved changes · 1 error");
        editor.moveUp(1);
        assertThat(editor.touchpoints()).containsExactlyElementsOf(before);
        assertThat(editor.dirtyProperty().get()).isFalse();

        editor.setTouchpoint(2, Channel.SMS, TriggerKind.AFTER_PREVIOUS, 3, "Last call", "first_name", "why not", "A 50, B 40");
        assertThat(editor.problems()).extracting(BriefProblem::message).contains("the variants' weights add up to 90%, not 100%");
        editor.setTouchpoint(2, Channel.EMAIL, TriggerKind.AFTER_PREVIOUS, 3, "Last call", "first_name", "why not", "");
        editor.setGuardrails(2, 7, Map.of(Channel.SMS, 1), 21, 8, true, 30);
        editor.setTarget("pots");
        assertThat(editor.problemProperty().get()).isEqualTo("target: 'pots' is not a percentage (3.5%)");
        editor.save();

        assertThat(editor.versions()).extracting(CampaignBrief::version).containsExactly(1, 2);
        assertThat(editor.comparedVersionProperty().get().version()).isEqualTo(1);
        assertThat(editor.diff()).contains("~ touchpoints[3].theme: Last call: the offer ends soon -> Last call",
                "~ touchpoints[3].delay_days: 7 -> 3", "+ guardrails.channel_caps.sms: 1");
        editor.approve();
        assertThat(editor.savedProperty().get().status()).isEqualTo(CampaignStatus.APPROVED);
        assertThat(editor.savedProperty().get().version()).isEqualTo(3);
        assertThat(w.audit.recent(1).get(0).action()).isEqualTo("campaign.approved");
        assertThat(editor.approvableProperty().get()).isFalse();
    }

    @Test
    void a_channel_nobody_consented_to_blocks_approval_and_a_marketer_cannot_approve() {
        CampaignBrief drafted = converse(w.briefDesk(), "announce", "", "email, push");
        BriefEditorViewModel editor = new BriefEditorViewModel(w.briefDesk(), tasks);
        editor.load(drafted.name());

        assertThat(editor.problems()).extracting(BriefProblem::message)
                .contains("no one in the audience consented to push (0 of 1200): drop it or choose another audience");
        assertThat(editor.approvableProperty().get()).isFalse();
        editor.approve();
        assertThat(editor.problemProperty().get()).contains("cannot be approved: channels: no one in the audience consented to push");

        BriefEditorViewModel marketer = new BriefEditorViewModel(
                w.actingAs(Actor.of("mia", Role.MARKETER)).briefDesk(), tasks);
        marketer.load(drafted.name());
        marketer.setChannels(List.of(Channel.EMAIL));
        marketer.setTouchpoint(1, Channel.EMAIL, TriggerKind.AFTER_PREVIOUS, 2, "It is live", "", "", "");
        marketer.save();
        assertThat(marketer.problems()).filteredOn(BriefProblem::error).isEmpty();
        assertThat(marketer.approvableProperty().get()).isFalse();
        marketer.approve();
        assertThat(marketer.problemProperty().get()).contains("may not approve campaigns");
    }
}
