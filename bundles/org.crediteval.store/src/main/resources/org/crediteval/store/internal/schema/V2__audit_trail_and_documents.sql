-- Schema 2: evidence imports and the audit trail of every fact change, attached documents, and the evidence
-- revision each run scored (so that diff can name the facts that changed between two runs).
-- Released: never edit (MigrationsTest pins its checksum).

CREATE TABLE evidence_import (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id INTEGER NOT NULL REFERENCES assessment (id),
    imported_at   TEXT NOT NULL,
    imported_by   TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT '',
    change_count  INTEGER NOT NULL
);
CREATE INDEX evidence_import_by_assessment ON evidence_import (assessment_id, id);

-- one row per change of one fact; seq is the evidence revision the change created.
-- old_* NULL: the fact was added; new_* NULL: it was removed.
CREATE TABLE evidence_change (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id INTEGER NOT NULL REFERENCES assessment (id),
    import_id     INTEGER NOT NULL REFERENCES evidence_import (id),
    subject       TEXT NOT NULL,
    fact_id       TEXT NOT NULL,
    old_value     TEXT,
    old_source    TEXT,
    old_note      TEXT,
    new_value     TEXT,
    new_source    TEXT,
    new_note      TEXT,
    changed_at    TEXT NOT NULL,
    changed_by    TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX evidence_change_by_assessment ON evidence_change (assessment_id, seq);
CREATE INDEX evidence_change_by_import ON evidence_change (import_id);

-- the evidence revision the run scored; NULL for runs stored under schema 1 (unknown)
ALTER TABLE run ADD COLUMN evidence_revision INTEGER;

-- content-addressed: the bytes live in <db>.files/<sha256[0:2]>/<sha256[2:]>, once
CREATE TABLE document (
    sha256    TEXT PRIMARY KEY,
    size      INTEGER NOT NULL,
    stored_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE attachment (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id INTEGER NOT NULL REFERENCES assessment (id),
    subject       TEXT NOT NULL,
    fact_id       TEXT NOT NULL,
    sha256        TEXT NOT NULL REFERENCES document (sha256),
    original_name TEXT NOT NULL,
    size          INTEGER NOT NULL,
    attached_at   TEXT NOT NULL,
    attached_by   TEXT NOT NULL,
    UNIQUE (assessment_id, subject, fact_id, sha256)
);

-- facts stored under schema 1 had no trail: they enter it as one baseline import per assessment
INSERT INTO evidence_import (assessment_id, imported_at, imported_by, reason, source, change_count)
SELECT a.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'schema migration',
       'facts stored before the audit trail existed (schema 1)', '',
       (SELECT count(*) FROM fact f WHERE f.assessment_id = a.id)
FROM assessment a
WHERE EXISTS (SELECT 1 FROM fact f WHERE f.assessment_id = a.id)
ORDER BY a.id;

INSERT INTO evidence_change (assessment_id, import_id, subject, fact_id, new_value, new_source, new_note,
                             changed_at, changed_by, reason)
SELECT f.assessment_id, i.id, f.subject, f.fact_id, f.value, f.source, f.note, f.entered_at, f.entered_by,
       'stored before the audit trail existed (schema 1)'
FROM fact f JOIN evidence_import i ON i.assessment_id = f.assessment_id
ORDER BY f.assessment_id, f.ord;
