package io.lakefront.domain.campaign.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.SavedAudience;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BriefConversationTest {
    private static final Filter TEXANS = Filter.compare("region", "=", "TX");
    private final List<Filter> measured = new ArrayList<>();
    private final AudienceFacts facts = Briefs.facts(2000, 1600, 700, 100);

    private BriefConversation conversation() {
        return new BriefConversation(filter -> {
            measured.add(filter);
            return filter.equals(TEXANS) ? facts : filter.equals(CampaignGoal.WELCOME.defaultFilter())
                    ? Briefs.facts(0, 0, 0, 0) : facts;
        }, List.of(new SavedAudience("texans", "customers in Texas", TEXANS)), Optional.empty(), Briefs.TODAY);
    }

    @Test
    void blank_answers_take_defaults_drawn_from_the_data() {
        BriefConversation c = conversation();

        assertThat(c.question().defaultAnswer()).isEqualTo("win back");
        c.answer("");
        assertThat(c.question().defaultAnswer()).isEqualTo(CampaignGoal.WIN_BACK.defaultAudience());
        assertThat(c.question().choices()).contains("texans");
        c.answer("");
        assertThat(measured).containsExactly(CampaignGoal.WIN_BACK.defaultFilter());
        BriefConversation.Question channels = c.question();
        assertThat(channels.defaultAnswer()).isEqualTo("email, sms");
        assertThat(channels.why()).contains("email 80.0%, sms 35.0%, push 5.0%");
        c.answer("");
        c.answer("");
        assertThat(c.question().defaultAnswer()).isEqualTo("2026-12-04");
        c.answer("");
        assertThat(c.question().defaultAnswer()).isEqualTo("3.0%");
        assertThat(c.question().why()).startsWith("Baseline 2.0%");
        c.answer("");
        assertThat(c.question().defaultAnswer()).isEqualTo("cap 2/7, quiet 21-8, tickets yes, converters 30");
        c.answer("");
        c.answer("");

        assertThat(c.finished()).isTrue();
        assertThat(c.brief()).isEqualTo(Briefs.winBack(facts));
        assertThat(c.transcript()).hasSize(16).startsWith("Q: What should the campaign achieve?", "A: win back");
    }

    @Test
    void given_answers_shape_the_brief() {
        BriefConversation c = conversation();
        c.answer("announce");
        c.answer("texans");
        c.answer("email and push");
        c.answer("2");
        c.answer("30 days");
        c.answer("25%");
        c.answer("cap 3/7, quiet 22-7, tickets no");
        c.answer("Autumn collection");

        CampaignBrief brief = c.brief();

        assertThat(brief.name()).isEqualTo("Autumn collection");
        assertThat(brief.audience()).isEqualTo(new BriefAudience("texans", "customers in Texas", TEXANS));
        assertThat(brief.channels()).containsExactly(Channel.EMAIL, Channel.PUSH);
        assertThat(brief.touchpoints()).extracting(Touchpoint::channel).containsExactly(Channel.EMAIL, Channel.PUSH);
        assertThat(brief.schedule().end()).isEqualTo(Briefs.TODAY.plusDays(30));
        assertThat(brief.metric().target()).isEqualTo(0.25);
        assertThat(brief.guardrails()).isEqualTo(new Guardrails(3, 7, java.util.Map.of(), 22, 7, false, 30));
    }

    @Test
    void a_bad_answer_explains_itself_and_the_question_stays() {
        BriefConversation c = conversation();
        assertThatThrownBy(() -> c.answer("make money")).isInstanceOf(UserError.class).hasMessageContaining("unknown goal 'make money'");
        assertThat(c.step()).isEqualTo(BriefConversation.Step.GOAL);
        c.answer("welcome");
        assertThatThrownBy(() -> c.answer("people who like hats")).isInstanceOf(UserError.class)
                .hasMessage("no saved audience is called 'people who like hats' (saved: texans): describe and save it in"
                        + " Audiences first, or take 'customers who joined in the last 30 days'");
        assertThatThrownBy(() -> c.answer("")).isInstanceOf(UserError.class)
                .hasMessageContaining("selects no customers now");
        c.answer("texans");
        assertThatThrownBy(() -> c.answer("email, fax")).hasMessageContaining("unknown channel 'fax'");
        c.answer("email");
        assertThatThrownBy(() -> c.answer("9")).hasMessage("a welcome campaign has 1 to 4 messages (not 9)");
        c.answer("3");
        assertThatThrownBy(() -> c.answer("next tuesday")).hasMessageContaining("write a date");
        c.answer("always on");
        assertThatThrownBy(() -> c.answer("150%")).hasMessageContaining("not a share");
        c.answer("");
        assertThatThrownBy(() -> c.answer("be nice")).hasMessageContaining("cap 2/7");
        assertThat(c.step()).isEqualTo(BriefConversation.Step.CONSTRAINTS);
    }

    @Test
    void going_back_to_the_goal_resets_what_depends_on_it() {
        BriefConversation c = conversation();
        c.answer("win back");
        c.answer("texans");
        c.back();
        c.back();
        c.answer("cross-sell");

        assertThat(c.step()).isEqualTo(BriefConversation.Step.AUDIENCE);
        assertThat(c.facts()).isEmpty();
        assertThat(c.question().defaultAnswer()).isEqualTo(CampaignGoal.CROSS_SELL.defaultAudience());
        assertThatThrownBy(c::brief).isInstanceOf(IllegalStateException.class);
        c.answer("");
        c.acceptDefaults();
        assertThat(c.brief().goal()).isEqualTo(CampaignGoal.CROSS_SELL);
    }

    @Test
    void the_brief_comes_from_the_given_drafter_with_the_answers_and_the_audiences_facts() {
        List<BriefAnswers> drafted = new ArrayList<>();
        BriefConversation c = new BriefConversation(filter -> facts, List.of(), Optional.empty(), Briefs.TODAY,
                (answers, measuredFacts) -> {
                    drafted.add(answers);
                    CampaignBrief offline = DraftBrief.draft(answers, measuredFacts);
                    return offline.withAssumptions(List.of("Drafted by a test model."));
                });
        c.answer("win back");
        c.acceptDefaults();

        CampaignBrief brief = c.brief();

        assertThat(brief.assumptions()).containsExactly("Drafted by a test model.");
        assertThat(drafted).hasSize(1);
        assertThat(drafted.get(0).goal()).isEqualTo(CampaignGoal.WIN_BACK);
    }
}
