-- The data steward's review queue: an item answered by a person is 'decided' (match / non-match,
-- with a link decision) or 'skipped'; a run closes items whose pair left the band as 'superseded'.
-- answer and decision_batch say what the person answered and in which batch (a bulk decision shares
-- one), so that undo can take the newest batch back whole. status stays unconstrained, so that other
-- stages (a language model's) can close items with statuses of their own.
ALTER TABLE review_items ADD COLUMN answer VARCHAR(16);
ALTER TABLE review_items ADD COLUMN decision_batch BIGINT;
ALTER TABLE review_items ADD CONSTRAINT review_items_answer
    CHECK (answer IS NULL OR answer IN ('match', 'non_match', 'skip'));
CREATE SEQUENCE review_decision_batch START WITH 1;
CREATE INDEX review_items_by_batch ON review_items (decided_by, decision_batch);
