package io.lakefront.domain.governance;

/** The roles of BRIEF.md's governance section. */
public enum Role {
    MARKETER,
    DATA_STEWARD,
    ADMIN
}
