package io.lakefront.domain.identity.mapping;

/** A value that its column's normalizer rejected; for matching it counts as missing. */
public record InvalidValue(String column, String raw, String reason) {
}
