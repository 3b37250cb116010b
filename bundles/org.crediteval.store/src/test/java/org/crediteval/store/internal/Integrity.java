package org.crediteval.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What must hold in any store file, whatever happened to the processes writing it: SQLite's own integrity check,
 * every import and every run complete (the counts its transaction recorded match its rows, no stray rows), the
 * fact table equal to the audit trail replayed, and every trail entry's old content equal to the previous new one
 * (no lost update).
 */
final class Integrity {
    record Report(Map<Long, Long> imports, Map<Long, Long> runs) {
    }

    private Integrity() {
    }

    static Report check(Path file) throws Exception {
        try (Db db = new Db(file)) {
            assertEquals("ok", db.text("PRAGMA integrity_check"), "SQLite integrity check of " + file);
            if (db.number("SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'") == 0
                    || db.number("SELECT coalesce(max(version), 0) FROM schema_version") < Migrations.LATEST)
                return new Report(Map.of(), Map.of()); // killed before the schema was complete: nothing else is there yet

            Map<Long, Long> imports = new HashMap<>();
            try (Statement s = db.c.createStatement(); ResultSet rs = s.executeQuery("SELECT i.id, i.change_count, "
                    + "(SELECT count(*) FROM evidence_change c WHERE c.import_id = i.id) FROM evidence_import i")) {
                while (rs.next()) {
                    assertEquals(rs.getLong(2), rs.getLong(3), "changes of import " + rs.getLong(1));
                    imports.put(rs.getLong(1), rs.getLong(2));
                }
            }
            assertEquals(0, db.number("SELECT count(*) FROM evidence_change WHERE import_id NOT IN (SELECT id FROM evidence_import)"));

            Map<Long, Long> runs = new HashMap<>();
            try (Statement s = db.c.createStatement(); ResultSet rs = s.executeQuery("SELECT r.id, r.item_count, "
                    + "r.subject_count, (SELECT count(*) FROM run_subject x WHERE x.run_id = r.id), "
                    + "r.dimension_count, (SELECT count(*) FROM run_dimension x WHERE x.run_id = r.id), "
                    + "r.indicator_count, (SELECT count(*) FROM run_indicator x WHERE x.run_id = r.id), "
                    + "r.item_count, (SELECT count(*) FROM run_item x WHERE x.run_id = r.id), "
                    + "r.warning_count, (SELECT count(*) FROM run_warning x WHERE x.run_id = r.id), "
                    + "r.def_count, (SELECT count(*) FROM run_dimension_def x WHERE x.run_id = r.id) "
                    + "+ (SELECT count(*) FROM run_indicator_def x WHERE x.run_id = r.id) "
                    + "+ (SELECT count(*) FROM run_item_def x WHERE x.run_id = r.id) FROM run r")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    for (int col = 3; col <= 13; col += 2)
                        assertEquals(rs.getLong(col), rs.getLong(col + 1), "rows of run " + id + " (column " + col + ")");
                    runs.put(id, rs.getLong(2));
                }
            }
            for (String t : List.of("run_subject", "run_warning", "run_dimension", "run_indicator", "run_item",
                    "run_dimension_def", "run_indicator_def", "run_item_def"))
                assertEquals(0, db.number("SELECT count(*) FROM " + t + " WHERE run_id NOT IN (SELECT id FROM run)"), "stray rows in " + t);

            // replay the trail, checking the chain old == previous new on the way
            Map<String, String> replayed = new HashMap<>();
            try (Statement s = db.c.createStatement(); ResultSet rs = s.executeQuery("SELECT assessment_id, subject, fact_id, "
                    + "old_value, old_source, old_note, new_value, new_source, new_note, seq FROM evidence_change ORDER BY seq")) {
                while (rs.next()) {
                    String key = rs.getLong(1) + "\u0000" + rs.getString(2) + "\u0000" + rs.getString(3);
                    String old = rs.getString(4) == null ? null : rs.getString(4) + "\u0000" + rs.getString(5) + "\u0000" + rs.getString(6);
                    String neu = rs.getString(7) == null ? null : rs.getString(7) + "\u0000" + rs.getString(8) + "\u0000" + rs.getString(9);
                    assertTrue(Objects.equals(replayed.get(key), old), "change " + rs.getLong(10) + " does not continue from the previous content of "
                            + key.replace('\u0000', '/') + ": a write was lost");
                    if (neu == null) replayed.remove(key);
                    else replayed.put(key, neu);
                }
            }
            Map<String, String> stored = new HashMap<>();
            try (Statement s = db.c.createStatement(); ResultSet rs = s.executeQuery("SELECT assessment_id, subject, fact_id, value, source, note FROM fact")) {
                while (rs.next())
                    stored.put(rs.getLong(1) + "\u0000" + rs.getString(2) + "\u0000" + rs.getString(3),
                            rs.getString(4) + "\u0000" + rs.getString(5) + "\u0000" + rs.getString(6));
            }
            assertEquals(replayed, stored, "the fact table is the audit trail replayed");
            return new Report(imports, runs);
        }
    }

    /** Every commit a worker reported is in the file, with the size it reported. */
    static void assertReported(Report report, List<String> lines) {
        Set<String> kinds = new HashSet<>(List.of("IMPORT", "RUN"));
        for (String line : lines) {
            String[] p = line.split(" ");
            if (!kinds.contains(p[0])) continue;
            Map<Long, Long> where = p[0].equals("IMPORT") ? report.imports() : report.runs();
            long id = Long.parseLong(p[1]);
            assertTrue(where.containsKey(id), p[0] + " " + id + " was reported committed but is not in the file");
            assertEquals(Long.parseLong(p[2]), where.get(id), "size of " + p[0] + " " + id);
        }
    }
}
