package io.lakefront.domain.campaign.brief;

import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.AudienceInterpreter;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.InterpretRequest;
import io.lakefront.domain.audience.Interpretation;
import io.lakefront.domain.audience.SavedAudience;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short conversation that leads to a brief, as a state machine the screen and the command line
 * drive with text: one focused question at a time (goal, audience, channels, number of messages, end,
 * target, constraints, name), each with a default drawn from the audience's data and a sentence saying
 * why. A blank answer takes the default; a bad one is a {@link UserError} and the question stays.
 * Going back keeps later answers unless the goal or the audience changes (their defaults depend on them).
 */
public final class BriefConversation {
    /** The questions, in order; {@code DONE} once every one is answered. */
    public enum Step {
        GOAL, AUDIENCE, CHANNELS, MESSAGES, END, TARGET, CONSTRAINTS, NAME, DONE
    }

    /** A question: its words, the default answer as text, the usual choices (may be empty) and why the default. */
    public record Question(Step step, String text, String defaultAnswer, List<String> choices, String why) {
        public Question {
            choices = List.copyOf(choices);
        }
    }

    private static final Pattern CAP = Pattern.compile("cap\\s+(\\d+)\\s*(?:/|per|in)\\s*(\\d+)");
    private static final Pattern QUIET = Pattern.compile("quiet\\s+(\\d{1,2})\\s*(?:-|to)\\s*(\\d{1,2})");
    private static final Pattern TICKETS = Pattern.compile("tickets\\s+(yes|no|on|off)");
    private static final Pattern CONVERTERS = Pattern.compile("converters\\s+(\\d+)");

    private final Function<Filter, AudienceFacts> measure;
    private final List<SavedAudience> saved;
    private final Optional<AudienceInterpreter> interpreter;
    private final LocalDate today;
    private final BriefDrafter drafter;

    private Step step = Step.GOAL;
    private CampaignGoal goal;
    private BriefAudience audience;
    private AudienceFacts facts;
    private BriefAnswers answers;
    private final List<String> transcript = new ArrayList<>();

    /**
     * @param measure     the facts of an audience's filter ({@link MeasureAudience#measure})
     * @param saved       the saved audiences a marketer may pick by name
     * @param interpreter turns a description into a filter; without one only saved and default audiences are understood
     */
    public BriefConversation(Function<Filter, AudienceFacts> measure, List<SavedAudience> saved,
                             Optional<AudienceInterpreter> interpreter, LocalDate today) {
        this(measure, saved, interpreter, today, BriefDrafter.offline());
    }

    /** @param drafter drafts the brief once every question is answered (a language model's, or the offline one) */
    public BriefConversation(Function<Filter, AudienceFacts> measure, List<SavedAudience> saved,
                             Optional<AudienceInterpreter> interpreter, LocalDate today, BriefDrafter drafter) {
        this.drafter = java.util.Objects.requireNonNull(drafter, "drafter");
        this.measure = measure;
        this.saved = List.copyOf(saved);
        this.interpreter = interpreter;
        this.today = today;
    }

    public Step step() {
        return step;
    }

    public boolean finished() {
        return step == Step.DONE;
    }

    /** The facts of the chosen audience, once it is chosen. */
    public Optional<AudienceFacts> facts() {
        return Optional.ofNullable(facts);
    }

    /** Questions and answers so far, "Q: ..." and "A: ..." lines. */
    public List<String> transcript() {
        return List.copyOf(transcript);
    }

    /** The current question; {@link IllegalStateException} when finished. */
    public Question question() {
        switch (step) {
            case GOAL:
                return new Question(step, "What should the campaign achieve?", CampaignGoal.WIN_BACK.label(),
                        List.of(CampaignGoal.values()).stream().map(CampaignGoal::label).toList(),
                        "The goal decides the usual audience, metric and messages.");
            case AUDIENCE: {
                List<String> choices = new ArrayList<>();
                choices.add(goal.defaultAudience());
                saved.forEach(s -> choices.add(s.name()));
                return new Question(step, "Who is it for? Pick a saved audience or describe one.", goal.defaultAudience(),
                        choices, "The usual audience of a " + goal.label() + " campaign.");
            }
            case CHANNELS: {
                List<Channel> channels = DraftBrief.defaultChannels(facts);
                List<String> reach = new ArrayList<>();
                for (Channel channel : facts.channelsByReach()) {
                    reach.add(channel.code() + " " + SuccessMetric.percent(facts.reachShare(channel)));
                }
                return new Question(step, "Which channels?", codes(channels),
                        List.of(Channel.values()).stream().map(Channel::code).toList(),
                        "Of the " + facts.size() + " customers, these shares consented: " + String.join(", ", reach)
                                + " (channels with at least " + Math.round(DraftBrief.DEFAULT_REACH * 100) + "% by default).");
            }
            case MESSAGES: {
                List<String> choices = new ArrayList<>();
                for (int n = 1; n <= goal.templates().size(); n++) {
                    choices.add(String.valueOf(n));
                }
                return new Question(step, "How many messages?", String.valueOf(goal.defaultMessages()), choices,
                        "A " + goal.label() + " sequence usually has " + goal.defaultMessages() + " messages.");
            }
            case END:
                return new Question(step, "Until when? A date (YYYY-MM-DD), a number of days, or always on.",
                        goal.defaultAlwaysOn() ? "always on" : today.plusDays(goal.defaultDurationDays()).toString(),
                        List.of("always on", "30 days", "60 days"),
                        goal.defaultAlwaysOn() ? "New customers keep entering a " + goal.label() + " campaign."
                                : "A " + goal.label() + " campaign usually runs " + goal.defaultDurationDays() + " days.");
            case TARGET: {
                double baseline = DraftBrief.baseline(goal, facts);
                return new Question(step, "What " + goal.metric().label() + " should it reach?",
                        SuccessMetric.percent(DraftBrief.defaultTarget(goal, baseline)), List.of(),
                        "Baseline " + SuccessMetric.percent(baseline) + " (" + goal.metric().meaning() + " now); the default aims "
                                + Math.round(goal.lift() * 100) + "% higher.");
            }
            case CONSTRAINTS: {
                Guardrails g = DraftBrief.draft(answers, facts).guardrails();
                return new Question(step, "Any constraints? cap N/DAYS, quiet FROM-TO, tickets yes|no, converters DAYS",
                        constraints(g), List.of(),
                        "What the sequence needs, quiet at night, customers with an open ticket left alone"
                                + (g.suppressConvertersDays() > 0 ? ", recent buyers left out." : "."));
            }
            case NAME:
                return new Question(step, "What is the campaign called?", DraftBrief.defaultName(goal, today), List.of(),
                        "The goal and the month it starts.");
            default:
                throw new IllegalStateException("the conversation is finished");
        }
    }

    /** Answers the current question (blank: the default) and moves to the next. */
    public void answer(String text) {
        Question question = question();
        boolean blank = text == null || text.isBlank();
        String given = blank ? question.defaultAnswer() : text.strip();
        if (blank && step.ordinal() > Step.AUDIENCE.ordinal()) {
            // The default stays a default: the generator takes it and writes down the assumption behind it.
            transcript.add("Q: " + question.text());
            transcript.add("A: " + given);
            step = Step.values()[step.ordinal() + 1];
            return;
        }
        switch (step) {
            case GOAL -> {
                goal = CampaignGoal.parse(given);
                audience = null;
                facts = null;
                answers = null;
            }
            case AUDIENCE -> {
                BriefAudience chosen = audience(given);
                AudienceFacts measured = measure.apply(chosen.filter());
                if (measured.size() == 0) {
                    throw new UserError("'" + given + "' selects no customers now: choose or describe another audience");
                }
                audience = chosen;
                facts = measured;
                answers = BriefAnswers.defaults(goal, audience, today);
            }
            case CHANNELS -> answers = answers.withChannels(channels(given));
            case MESSAGES -> answers = answers.withMessages(messages(given));
            case END -> end(given);
            case TARGET -> answers = answers.withTarget(share(given));
            case CONSTRAINTS -> constraints(given);
            case NAME -> answers = answers.withName(given);
            default -> throw new IllegalStateException("the conversation is finished");
        }
        transcript.add("Q: " + question.text());
        transcript.add("A: " + given);
        step = Step.values()[step.ordinal() + 1];
    }

    /** Back to the previous question. */
    public void back() {
        if (step != Step.GOAL) {
            step = Step.values()[step.ordinal() - 1];
        }
    }

    /** Takes the default for every remaining question. */
    public void acceptDefaults() {
        while (!finished()) {
            answer("");
        }
    }

    /** The generated brief; only once finished. */
    public CampaignBrief brief() {
        if (!finished()) {
            throw new IllegalStateException("answer the remaining questions first (" + step.name().toLowerCase(Locale.ROOT) + ")");
        }
        return drafter.draft(answers, facts);
    }

    private BriefAudience audience(String given) {
        for (SavedAudience s : saved) {
            if (s.name().equalsIgnoreCase(given)) {
                return new BriefAudience(s.name(), s.description(), s.filter());
            }
        }
        if (given.equalsIgnoreCase(goal.defaultAudience())) {
            return new BriefAudience(null, goal.defaultAudience(), goal.defaultFilter());
        }
        if (interpreter.isEmpty()) {
            throw new UserError("no saved audience is called '" + given + "'"
                    + (saved.isEmpty() ? "" : " (saved: " + String.join(", ", saved.stream().map(SavedAudience::name).toList()) + ")")
                    + ": describe and save it in Audiences first, or take '" + goal.defaultAudience() + "'");
        }
        Interpretation interpretation = interpreter.get().interpret(InterpretRequest.of(given));
        if (interpretation.ambiguous()) {
            throw new UserError("'" + given + "' is ambiguous: " + interpretation.question().orElseThrow().text());
        }
        return new BriefAudience(null, given, interpretation.filter());
    }

    private static List<Channel> channels(String given) {
        List<Channel> channels = new ArrayList<>();
        for (String word : given.toLowerCase(Locale.ROOT).split("[,;/\\s]+|\\band\\b")) {
            if (!word.isBlank()) {
                Channel channel = Channel.parse(word);
                if (!channels.contains(channel)) {
                    channels.add(channel);
                }
            }
        }
        if (channels.isEmpty()) {
            throw new UserError("name at least one channel (email, sms, push)");
        }
        return channels;
    }

    private int messages(String given) {
        try {
            int n = Integer.parseInt(given.strip());
            if (n < 1 || n > goal.templates().size()) {
                throw new UserError("a " + goal.label() + " campaign has 1 to " + goal.templates().size() + " messages (not " + n + ")");
            }
            return n;
        } catch (NumberFormatException notANumber) {
            throw new UserError("'" + given + "' is not a number of messages");
        }
    }

    private void end(String given) {
        String text = given.strip().toLowerCase(Locale.ROOT);
        if (text.equals("always on") || text.equals("always-on") || text.equals("always") || text.equals("never")) {
            answers = answers.withEnd(null, true);
            return;
        }
        Matcher days = Pattern.compile("(\\d+)\\s*days?").matcher(text);
        if (days.matches()) {
            answers = answers.withEnd(today.plusDays(Integer.parseInt(days.group(1))), false);
            return;
        }
        LocalDate end;
        try {
            end = LocalDate.parse(text);
        } catch (DateTimeException notADate) {
            throw new UserError("'" + given + "': write a date (YYYY-MM-DD), a number of days (30 days) or always on");
        }
        if (end.isBefore(today)) {
            throw new UserError("the end " + end + " is before the start " + today);
        }
        answers = answers.withEnd(end, false);
    }

    /** "3%" and "0.03" are the same share. */
    static double share(String given) {
        String text = given.strip();
        boolean percent = text.endsWith("%");
        try {
            double value = Double.parseDouble(percent ? text.substring(0, text.length() - 1).strip() : text);
            double share = percent || value > 1 ? value / 100 : value;
            if (share <= 0 || share > 1) {
                throw new UserError("a target of " + given + " is not a share between 0 and 100%");
            }
            return share;
        } catch (NumberFormatException notANumber) {
            throw new UserError("'" + given + "' is not a percentage (3.5%)");
        }
    }

    private void constraints(String given) {
        String text = given.toLowerCase(Locale.ROOT);
        Guardrails g = DraftBrief.draft(answers, facts).guardrails();
        Integer cap = g.overallCap();
        Integer window = g.capWindowDays();
        Integer quietStart = g.quietStart();
        Integer quietEnd = g.quietEnd();
        Boolean tickets = g.suppressOpenTickets();
        Integer converters = g.suppressConvertersDays();
        boolean understood = false;
        Matcher m = CAP.matcher(text);
        if (m.find()) {
            cap = Integer.valueOf(m.group(1));
            window = Integer.valueOf(m.group(2));
            understood = true;
        }
        m = QUIET.matcher(text);
        if (m.find()) {
            quietStart = Integer.valueOf(m.group(1));
            quietEnd = Integer.valueOf(m.group(2));
            understood = true;
        }
        m = TICKETS.matcher(text);
        if (m.find()) {
            tickets = m.group(1).equals("yes") || m.group(1).equals("on");
            understood = true;
        }
        m = CONVERTERS.matcher(text);
        if (m.find()) {
            converters = Integer.valueOf(m.group(1));
            understood = true;
        }
        if (!understood) {
            throw new UserError("'" + given + "': write e.g. cap 2/7, quiet 21-8, tickets yes, converters 30");
        }
        new Guardrails(cap, window, java.util.Map.of(), quietStart, quietEnd, tickets, converters);
        answers = answers.withConstraints(cap, window, quietStart, quietEnd, tickets, converters);
    }

    static String constraints(Guardrails g) {
        return String.format(Locale.ROOT, "cap %d/%d, quiet %d-%d, tickets %s, converters %d", g.overallCap(),
                g.capWindowDays(), g.quietStart(), g.quietEnd(), g.suppressOpenTickets() ? "yes" : "no",
                g.suppressConvertersDays());
    }

    private static String codes(List<Channel> channels) {
        return String.join(", ", channels.stream().map(Channel::code).toList());
    }
}
