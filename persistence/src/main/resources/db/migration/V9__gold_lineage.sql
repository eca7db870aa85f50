-- Gold lineage (issue 6): for every gold value, the source record it came from and the
-- survivorship rule that chose it. It is also where user-added gold fields (gold.yaml) keep their
-- values, since they have no column in gold_customer. Written by the same resolution run, in the
-- same commit, as gold_customer; no foreign key so that the build can replace rows in bulk.
--   field     : the gold field's name as in gold.yaml / CONTRACTS.md (first_name, email_opt_in, ...)
--   field_value : the chosen value as text (dates YYYY-MM-DD, booleans true/false), NULL when none
--   source    : the source the value came from (NULL when no record had a value)
--   record_id : that source's record id (an event id for a consent withdrawn by an unsubscribe event)
--   rule      : the survivorship rule that chose it (source_priority, most_recent, most_frequent,
--               most_complete, longest, first_non_empty, custom_order, most_restrictive, ...)
--   detail    : one plain sentence on why, e.g. "crm is ranked above shop"
CREATE TABLE gold_lineage (
    customer_id  VARCHAR(64)  NOT NULL,
    field        VARCHAR(64)  NOT NULL,
    field_value  VARCHAR,
    source       VARCHAR(40),
    record_id    VARCHAR,
    rule         VARCHAR(32)  NOT NULL,
    detail       VARCHAR      NOT NULL DEFAULT '',
    PRIMARY KEY (customer_id, field)
);
CREATE INDEX gold_lineage_by_record ON gold_lineage (source, record_id);
