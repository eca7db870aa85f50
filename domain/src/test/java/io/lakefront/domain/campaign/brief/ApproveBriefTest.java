package io.lakefront.domain.campaign.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.campaign.CampaignStatus;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.PermissionDenied;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.time.WorkspaceClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApproveBriefTest {
    private static final Instant NOW = Instant.parse("2026-10-20T09:30:00Z");
    private final InMemoryBriefs briefs = new InMemoryBriefs();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final AuditLog log = new AuditLog() {
        @Override public void append(AuditEntry entry) { audit.add(entry); }
        @Override public List<AuditEntry> recent(int limit) { return List.copyOf(audit); }
    };
    private final WorkspaceClock clock = WorkspaceClock.fixedAt(NOW);
    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final SaveBrief save = new SaveBrief(briefs, log, clock);
    private final ApproveBrief approve = new ApproveBrief(briefs, new MeasureAudience(customers, clock), log, clock);
    private final Actor marketer = Actor.of("mia", Role.MARKETER);
    private final Actor admin = Actor.of("ada", Role.ADMIN);
    private final CampaignBrief drafted = Briefs.winBack(Briefs.facts(2000, 1600, 700, 100));

    ApproveBriefTest() {
        for (int i = 0; i < 10; i++) {
            customers.add("L" + i, AudienceField.ORDER_COUNT, 3, AudienceField.DAYS_SINCE_LAST_ORDER, 200,
                    AudienceField.EMAIL_OPT_IN, true, AudienceField.SMS_OPT_IN, i < 4);
        }
    }

    @Test
    void saving_keeps_versions_and_an_unchanged_plan_is_not_a_new_one() {
        CampaignBrief v1 = save.save(marketer, drafted);
        CampaignBrief same = save.save(marketer, drafted.withVersion(9));
        CampaignBrief v2 = save.save(marketer, drafted.withGuardrails(drafted.guardrails().withOverallCap(3, 7)));

        assertThat(v1.version()).isEqualTo(1);
        assertThat(same.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(briefs.versions(drafted.name())).extracting(CampaignBrief::version).containsExactly(1, 2);
        assertThat(audit).extracting(AuditEntry::action).containsExactly("campaign.brief.saved", "campaign.brief.saved");
    }

    @Test
    void an_admin_approves_a_valid_brief_as_a_new_version_and_it_is_audited() {
        save.save(marketer, drafted);

        CampaignBrief approved = approve.approve(admin, drafted.name());

        assertThat(approved.status()).isEqualTo(CampaignStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("ada");
        assertThat(approved.approvedAt()).isEqualTo(NOW);
        assertThat(approved.version()).isEqualTo(2);
        assertThat(briefs.find(drafted.name())).contains(approved);
        assertThat(audit.get(audit.size() - 1)).isEqualTo(new AuditEntry(NOW, "ada", "campaign.approved",
                "campaign " + drafted.name(), "version=2"));
        assertThatThrownBy(() -> approve.approve(admin, drafted.name())).hasMessageContaining("already approved");
    }

    @Test
    void a_marketer_may_not_approve() {
        save.save(marketer, drafted);
        assertThatThrownBy(() -> approve.approve(marketer, drafted.name())).isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> save.save(Actor.of("dan", Role.DATA_STEWARD), drafted)).isInstanceOf(PermissionDenied.class);
    }

    @Test
    void validation_errors_against_the_data_now_block_approval() {
        save.save(marketer, drafted.withChannels(List.of(Channel.EMAIL, Channel.SMS, Channel.PUSH)));

        assertThatThrownBy(() -> approve.approve(admin, drafted.name())).isInstanceOf(UserError.class)
                .hasMessage("campaign '" + drafted.name() + "' cannot be approved: channels: no one in the audience"
                        + " consented to push (0 of 10): drop it or choose another audience");
        assertThat(briefs.find(drafted.name()).orElseThrow().status()).isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void editing_an_approved_brief_makes_it_a_draft_again() {
        save.save(marketer, drafted);
        approve.approve(admin, drafted.name());

        CampaignBrief edited = save.save(marketer, briefs.find(drafted.name()).orElseThrow()
                .withSchedule(new Schedule(Briefs.TODAY, null, 18)));
        CampaignBrief untouched = save.save(marketer, briefs.find(drafted.name()).orElseThrow());

        assertThat(edited.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(edited.approvedBy()).isNull();
        assertThat(edited.version()).isEqualTo(3);
        assertThat(untouched).isEqualTo(edited);
    }
}
