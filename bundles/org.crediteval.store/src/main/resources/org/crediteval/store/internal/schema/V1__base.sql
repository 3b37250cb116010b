-- Schema 1: assessments, their subjects, current facts, score runs.
-- Released: never edit (MigrationsTest pins its checksum); change the schema with a new V<n> script.
-- Exact decimals are TEXT (BigDecimal.toPlainString), never REAL. Times are ISO-8601 UTC text.
-- Statements end with ';' at the end of a line.

CREATE TABLE assessment (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT NOT NULL UNIQUE,
    pack_id      TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    year         INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL
);

CREATE TABLE assessment_subject (
    assessment_id INTEGER NOT NULL REFERENCES assessment (id),
    ord           INTEGER NOT NULL,
    name          TEXT NOT NULL,
    PRIMARY KEY (assessment_id, ord),
    UNIQUE (assessment_id, name)
);

-- the current content of each fact; ord keeps the order facts were first stored in
CREATE TABLE fact (
    assessment_id INTEGER NOT NULL REFERENCES assessment (id),
    subject       TEXT NOT NULL,
    fact_id       TEXT NOT NULL,
    value         TEXT NOT NULL,
    source        TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    origin        TEXT NOT NULL DEFAULT '',
    entered_by    TEXT NOT NULL,
    entered_at    TEXT NOT NULL,
    ord           INTEGER NOT NULL,
    PRIMARY KEY (assessment_id, subject, fact_id)
);

-- one row per run; the *_count columns say how many rows the run's transaction wrote to each child table
-- (def_count: to the three *_def tables together)
CREATE TABLE run (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id   INTEGER NOT NULL REFERENCES assessment (id),
    pack_id         TEXT NOT NULL,
    pack_version    TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    subject_count   INTEGER NOT NULL,
    dimension_count INTEGER NOT NULL,
    indicator_count INTEGER NOT NULL,
    item_count      INTEGER NOT NULL,
    warning_count   INTEGER NOT NULL,
    def_count       INTEGER NOT NULL,
    mean_total      TEXT
);
CREATE INDEX run_by_assessment ON run (assessment_id, id);

-- missing: fact ids joined by newlines (ids hold no newline), NULL when none
CREATE TABLE run_subject (
    run_id    INTEGER NOT NULL,
    ord       INTEGER NOT NULL,
    subject   TEXT NOT NULL,
    base      TEXT NOT NULL,
    base_max  TEXT NOT NULL,
    bonus     TEXT NOT NULL,
    bonus_max TEXT NOT NULL,
    total     TEXT NOT NULL,
    missing   TEXT,
    PRIMARY KEY (run_id, ord)
) WITHOUT ROWID;

CREATE TABLE run_warning (
    run_id      INTEGER NOT NULL,
    subject_ord INTEGER NOT NULL,
    ord         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (run_id, subject_ord, ord)
) WITHOUT ROWID;

-- A result repeats the pack's structure for every subject. The structure (ids, names, labels, maxima, fact
-- ids) is stored once per run in the *_def tables; the per-subject rows hold only position, definition and score
-- (and the item's explanation). This halves the size of a run and the work of storing it.
-- seq numbers dimensions, indicators and items within one subject, in result order.

CREATE TABLE run_dimension_def (
    run_id INTEGER NOT NULL,
    def    INTEGER NOT NULL,
    id     TEXT NOT NULL,
    name   TEXT NOT NULL,
    max    TEXT NOT NULL,
    bonus  INTEGER NOT NULL,
    PRIMARY KEY (run_id, def)
) WITHOUT ROWID;

-- dimension_seq: the position of the indicator's dimension within a subject
CREATE TABLE run_indicator_def (
    run_id        INTEGER NOT NULL,
    def           INTEGER NOT NULL,
    dimension_seq INTEGER NOT NULL,
    id            TEXT NOT NULL,
    name          TEXT NOT NULL,
    max           TEXT NOT NULL,
    PRIMARY KEY (run_id, def)
) WITHOUT ROWID;

-- indicator_seq: the position of the item's indicator within a subject;
-- facts: the fact ids the item read, joined by newlines, NULL when none
CREATE TABLE run_item_def (
    run_id        INTEGER NOT NULL,
    def           INTEGER NOT NULL,
    indicator_seq INTEGER NOT NULL,
    id            TEXT NOT NULL,
    label         TEXT NOT NULL,
    max           TEXT NOT NULL,
    facts         TEXT,
    PRIMARY KEY (run_id, def)
) WITHOUT ROWID;

CREATE TABLE run_dimension (
    run_id      INTEGER NOT NULL,
    subject_ord INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    def         INTEGER NOT NULL,
    score       TEXT NOT NULL,
    PRIMARY KEY (run_id, subject_ord, seq)
) WITHOUT ROWID;

CREATE TABLE run_indicator (
    run_id      INTEGER NOT NULL,
    subject_ord INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    def         INTEGER NOT NULL,
    score       TEXT NOT NULL,
    PRIMARY KEY (run_id, subject_ord, seq)
) WITHOUT ROWID;

CREATE TABLE run_item (
    run_id      INTEGER NOT NULL,
    subject_ord INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    def         INTEGER NOT NULL,
    score       TEXT NOT NULL,
    explanation TEXT NOT NULL,
    PRIMARY KEY (run_id, subject_ord, seq)
) WITHOUT ROWID;

-- every item of every run as one readable row (for SQL users and ad-hoc exports)
CREATE VIEW run_item_full AS
SELECT i.run_id, s.subject, i.seq, d.id, d.label, i.score, d.max, i.explanation, d.facts
FROM run_item i
JOIN run_item_def d ON d.run_id = i.run_id AND d.def = i.def
JOIN run_subject s ON s.run_id = i.run_id AND s.ord = i.subject_ord;
