-- Workspace identity resolution: runs, each record's cluster, the latest run's scored pairs, and
-- people's link decisions. A run replaces assignments, pairs, the gold table and the event tables
-- in one transaction, so a failed or cancelled run leaves the previous one in place.

-- Where the last committed run left off. Cluster ids come from next_cluster_id and are never
-- handed out twice, even when a cluster disappears; latest_run names the run the tables hold.
CREATE TABLE resolution_state (
    id               INT    PRIMARY KEY CONSTRAINT resolution_state_single CHECK (id = 1),
    next_cluster_id  BIGINT NOT NULL CONSTRAINT resolution_state_next CHECK (next_cluster_id >= 1),
    latest_run       BIGINT
);
INSERT INTO resolution_state (id, next_cluster_id, latest_run) VALUES (1, 1, NULL);

-- A running resolution holds this row (uncommitted) until it commits or gives up, so that two runs
-- on one workspace, even from two processes, cannot interleave.
CREATE TABLE resolution_lock (
    id         INT PRIMARY KEY CONSTRAINT resolution_lock_single CHECK (id = 1),
    locked_at  TIMESTAMP(9) WITH TIME ZONE
);

-- Run ids are drawn at the start of a run; a failed run leaves a gap, never a row.
CREATE SEQUENCE resolution_run_id START WITH 1;

-- One row a committed run. spec_fingerprint is the SHA-256 of the rules as written to identity.yaml.
CREATE TABLE resolution_runs (
    id                   BIGINT                      PRIMARY KEY,
    started_at           TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    finished_at          TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    actor                VARCHAR                     NOT NULL,
    spec_origin          VARCHAR                     NOT NULL,
    spec_fingerprint     VARCHAR(64)                 NOT NULL,
    records              BIGINT                      NOT NULL,
    clusters             BIGINT                      NOT NULL,
    largest_cluster      BIGINT                      NOT NULL,
    clusters_kept        BIGINT                      NOT NULL,
    clusters_new         BIGINT                      NOT NULL,
    clusters_retired     BIGINT                      NOT NULL,
    candidate_pairs      BIGINT                      NOT NULL,
    match_pairs          BIGINT                      NOT NULL,
    review_pairs         BIGINT                      NOT NULL,
    non_match_pairs      BIGINT                      NOT NULL,
    deterministic_pairs  BIGINT                      NOT NULL,
    pairs_kept           BIGINT                      NOT NULL,
    edges_cut            BIGINT                      NOT NULL,
    review_items_added   BIGINT                      NOT NULL,
    customers            BIGINT                      NOT NULL,
    purchases            BIGINT                      NOT NULL,
    support_tickets      BIGINT                      NOT NULL,
    engagement_events    BIGINT                      NOT NULL,
    events_unkeyed       BIGINT                      NOT NULL,
    millis               BIGINT                      NOT NULL
);

-- What a run did in detail, for the Identity screen: how each source was used (resolved as people,
-- or left to the gold build), candidate pairs per blocking rule, time per engine phase, the
-- model-scored pairs per 1-bit weight bin (name = the bin's lower bound), and notes.
CREATE TABLE resolution_run_details (
    run_id       BIGINT      NOT NULL REFERENCES resolution_runs (id) ON DELETE CASCADE,
    detail_kind  VARCHAR(16) NOT NULL
                 CONSTRAINT resolution_run_details_kind CHECK (detail_kind IN ('people_source', 'other_source', 'blocking_rule', 'phase', 'weight_bin', 'note')),
    position     INT         NOT NULL,
    name         VARCHAR     NOT NULL,
    amount       BIGINT      NOT NULL DEFAULT 0,
    detail       VARCHAR     NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, detail_kind, position)
);

-- Each resolved record's cluster as the latest run left it. row_no is the record's row in its
-- prepared table then, so that a cluster viewer can show the record's values.
CREATE TABLE cluster_assignments (
    source      VARCHAR(40) NOT NULL,
    record_id   VARCHAR     NOT NULL,
    row_no      BIGINT      NOT NULL,
    cluster_id  BIGINT      NOT NULL,
    PRIMARY KEY (source, record_id)
);
CREATE INDEX cluster_assignments_by_cluster ON cluster_assignments (cluster_id);

-- The latest run's pairs worth keeping: every match and review pair and the non-matches near the
-- review threshold. Records are in a fixed order (source, then record id) so a pair has one row.
CREATE TABLE scored_pairs (
    source_a            VARCHAR(40)      NOT NULL,
    record_a            VARCHAR          NOT NULL,
    source_b            VARCHAR(40)      NOT NULL,
    record_b            VARCHAR          NOT NULL,
    run_id              BIGINT           NOT NULL,
    match_weight        DOUBLE PRECISION NOT NULL,
    match_probability   DOUBLE PRECISION NOT NULL,
    band                VARCHAR(16)      NOT NULL CONSTRAINT scored_pairs_band CHECK (band IN ('match', 'review', 'non_match')),
    deterministic_rule  VARCHAR,
    cluster_a           BIGINT           NOT NULL,
    cluster_b           BIGINT           NOT NULL,
    PRIMARY KEY (source_a, record_a, source_b, record_b)
);
CREATE INDEX scored_pairs_by_band ON scored_pairs (band, match_weight);
CREATE INDEX scored_pairs_by_cluster_a ON scored_pairs (cluster_a);
CREATE INDEX scored_pairs_by_cluster_b ON scored_pairs (cluster_b);

-- People's decisions about two records, append-only: the latest row of a pair is in force, and
-- 'withdrawn' lifts an earlier decision. Records are in the same fixed order as scored_pairs.
CREATE TABLE link_decisions (
    id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    source_a     VARCHAR(40)                 NOT NULL,
    record_a     VARCHAR                     NOT NULL,
    source_b     VARCHAR(40)                 NOT NULL,
    record_b     VARCHAR                     NOT NULL,
    decision     VARCHAR(16)                 NOT NULL
                 CONSTRAINT link_decisions_decision CHECK (decision IN ('must_link', 'cannot_link', 'withdrawn')),
    decided_by   VARCHAR                     NOT NULL,
    decided_at   TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    reason       VARCHAR                     NOT NULL DEFAULT '',
    review_item  BIGINT
);
CREATE INDEX link_decisions_by_pair ON link_decisions (source_a, record_a, source_b, record_b, id);
CREATE TRIGGER link_decisions_no_update BEFORE UPDATE ON link_decisions FOR EACH ROW
    CALL 'io.lakefront.persistence.AppendOnlyTrigger';
CREATE TRIGGER link_decisions_no_delete BEFORE DELETE ON link_decisions FOR EACH ROW
    CALL 'io.lakefront.persistence.AppendOnlyTrigger';

-- The review queue learns which run last put an item there and its match weight; an open item
-- whose pair left the review band is closed as 'superseded' by the run that found so.
ALTER TABLE review_items ADD COLUMN match_weight DOUBLE PRECISION;
ALTER TABLE review_items ADD COLUMN run_id BIGINT;
CREATE INDEX review_items_by_pair ON review_items (source_a, record_a, source_b, record_b, status);
