-- The newest link decision (link_decisions.id) a resolution run respected, so that the run can be
-- computed again later exactly as it ran (its model learns from those decisions), whatever people
-- or a language model decided since. NULL for runs before this column: every decision then.
ALTER TABLE resolution_runs ADD COLUMN decisions_through BIGINT;
