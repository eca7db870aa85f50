package io.lakefront.domain.source;

public enum SyncStatus {
    SUCCEEDED,
    FAILED,
    CANCELLED
}
