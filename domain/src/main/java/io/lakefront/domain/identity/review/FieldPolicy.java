package io.lakefront.domain.identity.review;

/**
 * What may leave the machine of one record field when a pair is sent to a language model: the value
 * itself, a masked form (a birth date's year, a value's first letter), a salted hash (so that the
 * model sees whether the two records agree, never the value), or nothing at all.
 */
public enum FieldPolicy {
    SEND, MASK, HASH, NEVER
}
