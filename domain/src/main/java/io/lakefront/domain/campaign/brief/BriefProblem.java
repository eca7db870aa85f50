package io.lakefront.domain.campaign.brief;

import java.util.Objects;

/**
 * One thing wrong with a brief, in the words of the section it is in: an error blocks approval, a
 * warning is worth a look.
 *
 * @param section {@code audience}, {@code channels}, {@code schedule}, {@code metric}, {@code touchpoints[1]}, {@code guardrails}
 */
public record BriefProblem(Severity severity, String section, String message) {
    public BriefProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(message, "message");
    }

    public enum Severity {
        ERROR, WARNING
    }

    public boolean error() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (error() ? "error" : "warning") + " in " + section + ": " + message;
    }
}
