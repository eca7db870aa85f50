-- Incremental sync and schema drift.

-- What each sync did besides reading: how it wrote (FULL or INCREMENTAL) and its row counts.
-- Runs recorded before this migration read as full syncs with zero counts.
ALTER TABLE sync_runs ADD COLUMN mode           VARCHAR(16) NOT NULL DEFAULT 'FULL';
ALTER TABLE sync_runs ADD COLUMN rows_inserted  BIGINT      NOT NULL DEFAULT 0;
ALTER TABLE sync_runs ADD COLUMN rows_updated   BIGINT      NOT NULL DEFAULT 0;
ALTER TABLE sync_runs ADD COLUMN rows_unchanged BIGINT      NOT NULL DEFAULT 0;
ALTER TABLE sync_runs ADD COLUMN rows_skipped   BIGINT      NOT NULL DEFAULT 0;

-- Columns a sync found added, removed or retyped, one row each, in the order it reported them.
CREATE TABLE sync_drift (
    run_id       BIGINT      NOT NULL REFERENCES sync_runs (id) ON DELETE CASCADE,
    position     INT         NOT NULL,
    change_kind  VARCHAR(16) NOT NULL CONSTRAINT sync_drift_change CHECK (change_kind IN ('ADDED', 'REMOVED', 'RETYPED')),
    column_name  VARCHAR     NOT NULL,
    type_before  VARCHAR(16),
    type_after   VARCHAR(16),
    PRIMARY KEY (run_id, position)
);

-- Each staged column's coarse value type (NUMBER, DATE, TIMESTAMP, BOOLEAN, TEXT, EMPTY), so that
-- the next sync can tell a retyped column. NULL for tables staged before this migration.
ALTER TABLE staging_tables ADD COLUMN value_type VARCHAR(16);

-- The highest watermark value staged per source. Written in the same transaction as
-- staged_sources (the swap's commit point), so it never runs ahead of the staged rows.
CREATE TABLE staged_watermarks (
    source           VARCHAR(40) PRIMARY KEY,
    column_name      VARCHAR     NOT NULL,
    watermark_value  VARCHAR     NOT NULL
);
