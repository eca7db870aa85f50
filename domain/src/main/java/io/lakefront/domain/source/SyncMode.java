package io.lakefront.domain.source;

/** How a sync wrote the staging table. */
public enum SyncMode {
    /** Every row read again; the staging table rebuilt from them. */
    FULL,
    /** Only rows newer than the watermark read, upserted into the staged rows by record id. */
    INCREMENTAL
}
