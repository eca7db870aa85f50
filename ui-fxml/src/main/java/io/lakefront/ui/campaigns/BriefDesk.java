package io.lakefront.ui.campaigns;

import io.lakefront.domain.audience.AudienceInterpreter;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.SavedAudience;
import io.lakefront.domain.campaign.brief.ApproveBrief;
import io.lakefront.domain.campaign.brief.AudienceFacts;
import io.lakefront.domain.campaign.brief.BriefConversation;
import io.lakefront.domain.campaign.brief.BriefDrafter;
import io.lakefront.domain.campaign.brief.BriefStore;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.MeasureAudience;
import io.lakefront.domain.campaign.brief.SaveBrief;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.time.WorkspaceClock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the Campaigns screen needs for briefs, on behalf of the person using it: find a brief and its
 * versions, start a conversation, read an audience's facts, save and approve. Built by the composition
 * root from the domain's use cases; every method may block (files, SQL counts), so view models call it
 * from background tasks.
 */
public final class BriefDesk {
    private final BriefStore store;
    private final SaveBrief save;
    private final ApproveBrief approve;
    private final MeasureAudience measure;
    private final Actor actor;
    private final Supplier<List<SavedAudience>> savedAudiences;
    private final Optional<AudienceInterpreter> interpreter;
    private final WorkspaceClock clock;
    private final BriefDrafter drafter;

    /**
     * @param savedAudiences the saved audiences a marketer may pick in the conversation
     * @param interpreter    turns a described audience into a filter; empty: only saved and default audiences
     */
    public BriefDesk(BriefStore store, SaveBrief save, ApproveBrief approve, MeasureAudience measure, Actor actor,
                     Supplier<List<SavedAudience>> savedAudiences, Optional<AudienceInterpreter> interpreter,
                     WorkspaceClock clock) {
        this(store, save, approve, measure, actor, savedAudiences, interpreter, clock, BriefDrafter.offline());
    }

    /** @param drafter drafts the brief at the end of the conversation: the workspace's language model, or offline */
    public BriefDesk(BriefStore store, SaveBrief save, ApproveBrief approve, MeasureAudience measure, Actor actor,
                     Supplier<List<SavedAudience>> savedAudiences, Optional<AudienceInterpreter> interpreter,
                     WorkspaceClock clock, BriefDrafter drafter) {
        this.drafter = drafter;
        this.store = store;
        this.save = save;
        this.approve = approve;
        this.measure = measure;
        this.actor = actor;
        this.savedAudiences = savedAudiences;
        this.interpreter = interpreter;
        this.clock = clock;
    }

    public Optional<CampaignBrief> find(String name) {
        actor.require(Permission.VIEW_WORKSPACE);
        return store.find(name);
    }

    public List<CampaignBrief> versions(String name) {
        actor.require(Permission.VIEW_WORKSPACE);
        return store.versions(name);
    }

    public BriefConversation conversation() {
        actor.require(Permission.EDIT_CAMPAIGNS);
        return new BriefConversation(measure::measure, savedAudiences.get(), interpreter, clock.today(), drafter);
    }

    public AudienceFacts facts(Filter audience) {
        return measure.measure(audience);
    }

    public CampaignBrief save(CampaignBrief brief) {
        return save.save(actor, brief);
    }

    public CampaignBrief approve(String name) {
        return approve.approve(actor, name);
    }

    public boolean mayEdit() {
        return actor.may(Permission.EDIT_CAMPAIGNS);
    }

    public boolean mayApprove() {
        return actor.may(Permission.APPROVE_CAMPAIGNS);
    }
}
