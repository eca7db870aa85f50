-- Prepared tables: each source's tagged and normalized rows, as its last preparation left them, in
-- PREP_<SOURCE> with row_no and positional columns c1..cN like staging (headers are untrusted input
-- and never become SQL). The original column names and their tags are here.
CREATE TABLE prepared_columns (
    source           VARCHAR(40) NOT NULL,
    column_position  INT         NOT NULL,
    column_name      VARCHAR     NOT NULL,
    tag              VARCHAR(32) NOT NULL,
    PRIMARY KEY (source, column_position)
);

-- One row a prepared source. As with staged_sources, "generation" is also the prepared table's
-- comment, so that a swap a crash interrupted can be finished or undone.
CREATE TABLE prepared_sources (
    source       VARCHAR(40)                 PRIMARY KEY,
    generation   BIGINT                      NOT NULL,
    row_count    BIGINT                      NOT NULL,
    prepared_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL
);
CREATE SEQUENCE prepared_generation START WITH 1;

-- The quarantine viewer filters a source's values by column.
CREATE INDEX quarantine_by_column ON quarantine (source, column_name, id);
