#!/usr/bin/env bash
# End-to-end test of the assessment-store commands through the real launcher (./credit-eval, i.e. the runnable
# Felix jar with the store bundle and sqlite-jdbc), on a database in a temporary folder:
#   assessment create (gd-2017) -> evidence import (the example evidence) -> score --assessment -> change one fact
#   (a one-line CSV) -> evidence import -> score --assessment -> runs -> diff (must name the changed fact) ->
#   export RUN --format json (must equal what score printed for that run); tasks and gaps --assessment; the errata
#   pack gd-2017 1.1.0 from the packs folder (CREDIT_EVAL_PACKS) scored and diffed against 1.0.0, and a broken copy
#   refused;
# and the refusals: an unknown assessment or run (exit 2), a --db file that is not SQLite (exit 2, file unchanged),
# a bad evidence value (exit 2 with file and line, nothing stored), evidence for another pack (exit 2); and a
# database of the first schema version, migrated on first use, through every command.
#
# Usage: releng/scripts/store-e2e.sh [JUNIT_XML]
#   Needs the jar: ./mvnw -q install -DskipTests (or -pl bundles/org.crediteval.cli,releng/headless install).
#   Prints one line per check, then "N passed, N failed"; with JUNIT_XML, writes there
#   <testsuite name="store-e2e" tests="N" failures="F" errors="0" skipped="0"/> for CI's count.
#   Exits 0 when every check passed, else 1. KEEP=1 keeps the temporary folder.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
junit=${1:-}
. releng/scripts/jdk.sh
ce_find_jdk || exit 1

work=$(mktemp -d "${TMPDIR:-/tmp}/store-e2e.XXXXXX")
[[ "${KEEP:-}" == 1 ]] || trap 'rm -rf "$work"' EXIT
db=$work/db/assessments.db
examples=$root/rulepacks/gd-2017/examples/evidence.csv
# the store's default location must never be touched by this script
export XDG_DATA_HOME=$work/xdg

passed=0
failed=0

write_junit() {
    [[ -n "$junit" ]] || return 0
    mkdir -p "$(dirname "$junit")"
    printf '<testsuite name="store-e2e" tests="%d" failures="%d" errors="0" skipped="0"/>\n' \
        $((passed + failed)) "$failed" >"$junit"
}

finish() {
    echo "$passed passed, $failed failed"
    write_junit
    [[ $failed -eq 0 ]]
    exit $?
}

jar=${CREDIT_EVAL_JAR:-$root/releng/headless/target/credit-eval.jar}
if [[ ! -f "$jar" ]]; then
    echo "FAIL the runnable jar: $jar not found (build it: ./mvnw -q install -DskipTests)"
    failed=1
    finish
fi
# Every check runs the same bytes: a copy of the jar (a build that rewrites target/credit-eval.jar meanwhile would
# otherwise break runs half-way), with its own class-data-sharing cache, so the user's cache is left alone.
for attempt in 1 2 3 4 5 6 7 8 9 10; do
    cp "$jar" "$work/credit-eval.jar" && python3 -c 'import sys, zipfile; sys.exit(zipfile.ZipFile(sys.argv[1]).testzip() is not None)' \
        "$work/credit-eval.jar" 2>/dev/null && break
    [[ $attempt == 10 ]] && { echo "FAIL the runnable jar: $jar is not a readable jar"; failed=1; finish; }
    sleep 3 # being written by a build
done
export CREDIT_EVAL_JAR=$work/credit-eval.jar
export XDG_CACHE_HOME=$work/cache

# ce ARGS...: runs ./credit-eval with --db "$db"; exit code in $rc, streams in $work/out and $work/err
ce() {
    "$root/credit-eval" --db "$db" "$@" >"$work/out" 2>"$work/err"
    rc=$?
}
# ce_raw ARGS...: the same without --db
ce_raw() {
    "$root/credit-eval" "$@" >"$work/out" 2>"$work/err"
    rc=$?
}

why=""
want_rc() { [[ $rc -eq $1 ]] || { why="exit $rc, expected $1"; return 1; }; }
want_out() { grep -qF -- "$1" "$work/out" || { why="stdout lacks: $1"; return 1; }; }
want_err() { grep -qF -- "$1" "$work/err" || { why="stderr lacks: $1"; return 1; }; }
want_no_out() { [[ ! -s "$work/out" ]] || { why="stdout is not empty"; return 1; }; }

# check NAME FUNCTION: one test case
check() {
    local name=$1
    why=""
    if "$2"; then
        passed=$((passed + 1))
        echo "ok   $name"
    else
        failed=$((failed + 1))
        echo "FAIL $name: ${why:-failed}"
        if [[ -s "$work/err" ]]; then sed 's/^/       stderr: /' "$work/err" | head -n 8; fi
    fi
}

# --------------------------------------------------------------------------------------------------- the story

t_create() {
    ce assessment create e2e --pack gd-2017 --year 2017
    want_rc 0 && want_err "created assessment" && grep -qxE '[0-9]+' "$work/out" || { why=${why:-"stdout is not the id"}; return 1; }
    [[ -f "$db" ]] || { why="$db was not created"; return 1; }
}
check "assessment create (gd-2017) creates the database on first use" t_create

t_import() {
    ce evidence import --assessment e2e --reason "initial import" "$examples"
    want_rc 0 && want_out "2885 added, 0 changed, 0 unchanged" && want_out "21 subjects added"
}
check "evidence import of the example evidence" t_import

t_score1() {
    ce score --assessment e2e --format json
    want_rc 0 && want_err "stored run " && want_err "gd-2017@1.0.0" || return 1
    run1=$(sed -n 's/^stored run \([0-9]*\) .*/\1/p' "$work/err")
    [[ -n "$run1" ]] || { why="no run id on stderr"; return 1; }
    cp "$work/out" "$work/run1.json"
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert len(r["subjects"]) == 21, len(r["subjects"])' \
        "$work/run1.json" 2>"$work/py" || { why="stdout is not the JSON result of 21 subjects: $(tail -1 "$work/py")"; return 1; }
}
check "score --assessment stores run 1 and prints the result" t_score1

# one fact changed: 广州市 4.2.one_stop_query 否 -> 是 (source and note as they were)
printf 'subject,fact,value,source,note\n广州市,4.2.one_stop_query,是,,\n' >"$work/fix.csv"
t_change() {
    ce evidence import --assessment e2e --reason "checked with the department" "$work/fix.csv"
    want_rc 0 && want_out "0 added, 1 changed, 0 unchanged" && want_out "changed 广州市 4.2.one_stop_query: 否 → 是"
}
check "evidence import of a one-fact correction" t_change

t_score2() {
    ce score --assessment e2e --format json
    want_rc 0 || return 1
    run2=$(sed -n 's/^stored run \([0-9]*\) .*/\1/p' "$work/err")
    [[ -n "$run2" && "$run2" != "${run1:-}" ]] || { why="no new run id on stderr"; return 1; }
    cp "$work/out" "$work/run2.json"
    ! cmp -s "$work/run1.json" "$work/run2.json" || { why="the result did not change"; return 1; }
}
check "score --assessment stores run 2" t_score2

t_runs() {
    ce runs --assessment e2e
    want_rc 0 && want_out "EVIDENCE REVISION" || return 1
    grep -qE "^${run1:-x} .*gd-2017@1\.0\.0 +2885 +21 " "$work/out" || { why="run $run1 not listed at revision 2885"; return 1; }
    grep -qE "^${run2:-x} .*gd-2017@1\.0\.0 +2886 +21 " "$work/out" || { why="run $run2 not listed at revision 2886"; return 1; }
}
check "runs lists both runs with their evidence revisions" t_runs

t_diff() {
    ce diff "${run1:-0}" "${run2:-0}"
    want_rc 0 && want_out "evidence revision: 2885 → 2886" && want_out "1 subject changed" && want_out "广州市: total " \
        && want_out "caused by fact 4.2.one_stop_query" && want_out "item 4.2.one_stop_query: 0 → 1" \
        && want_out "fact 4.2.one_stop_query: 否 → 是 (changed by $(id -un)" && want_out "reason: checked with the department"
}
check "diff names the changed fact (old → new, who, why) and the indicator it moved" t_diff

t_export() {
    ce export "${run2:-0}" --format json
    want_rc 0 || return 1
    cmp -s "$work/out" "$work/run2.json" || { why="export differs from what score printed for run $run2"; return 1; }
    ce export "${run1:-0}" --format json --out "$work/export1.json"
    want_rc 0 && want_no_out && cmp -s "$work/export1.json" "$work/run1.json" \
        || { why=${why:-"export --out differs from run $run1's result"}; return 1; }
}
check "export RUN --format json gives the stored result exactly (stdout and --out)" t_export

t_show() {
    ce assessment show e2e
    want_rc 0 && want_out "pack:      gd-2017@1.0.0" && want_out "2885 facts, revision 2886" && want_out "runs:      2" || return 1
    ce assessment list
    want_rc 0 && want_out "e2e"
}
check "assessment show and list" t_show

t_tasks_gaps() {
    # the stored evidence gives the same task list and points at stake as the files it came from (fix.csv last)
    ce tasks --assessment e2e --missing-only
    want_rc 0 || return 1
    cp "$work/out" "$work/tasks-stored.txt"
    ce_raw tasks --pack gd-2017@1.0.0 --evidence "$examples" --missing-only
    want_rc 0 || return 1
    ce gaps --assessment e2e --subject 广州市
    want_rc 0 && want_out "广州市" || return 1
    grep -q "4.2.one_stop_query" "$work/out" && { why="gaps still lists the corrected fact 4.2.one_stop_query"; return 1; }
    ce_raw gaps --pack gd-2017 --evidence "$examples" --subject 广州市
    want_rc 0 && want_out "4.2.one_stop_query" || { why=${why:-"the example evidence should miss 4.2.one_stop_query"}; return 1; }
    ce tasks --assessment no-such-assessment
    want_rc 2 && want_err "no assessment 'no-such-assessment'" || return 1
    ce gaps --assessment e2e --pack gd-2017
    want_rc 2 && want_err "--pack cannot be used with --assessment"
}
check "tasks and gaps --assessment read the stored evidence" t_tasks_gaps

errata_jar=$root/rulepacks/examples/gd-2017-errata-1.1.0/target/org.crediteval.rulepack.gd-2017-1.1.0.jar
t_versions() {
    # the errata edition (3.2: 1 point per item) from the CLI's packs folder, beside the shipped 1.0.0
    [[ -f "$errata_jar" ]] || { why="$errata_jar not built (the itest module builds it)"; return 1; }
    mkdir -p "$work/packs" && cp "$errata_jar" "$work/packs/"
    export CREDIT_EVAL_PACKS=$work/packs
    ce packs
    want_rc 0 && grep -qE '^gd-2017 +1\.0\.0' "$work/out" && grep -qE '^gd-2017 +1\.1\.0' "$work/out" \
        || { why=${why:-"packs does not list gd-2017 1.0.0 and 1.1.0"}; unset CREDIT_EVAL_PACKS; return 1; }
    ce assessment create errata --pack gd-2017@1.1.0 --year 2017 && ce evidence import --assessment errata "$examples" \
        && ce score --assessment errata --format json
    want_rc 0 && want_err "gd-2017@1.1.0" || { unset CREDIT_EVAL_PACKS; return 1; }
    local run3; run3=$(sed -n 's/^stored run \([0-9]*\) .*/\1/p' "$work/err")
    ce diff "${run1:-0}" "${run3:-0}"
    unset CREDIT_EVAL_PACKS
    want_rc 0 && want_out "pack: gd-2017@1.0.0 → gd-2017@1.1.0" && want_out "caused by the pack version change (1.0.0 → 1.1.0)" \
        || return 1
    # every item that moved is a 3.2 item
    if grep -E '^    item ' "$work/out" | grep -vq '^    item 3\.2\.'; then
        why="diff across versions moved items outside 3.2: $(grep -E '^    item ' "$work/out" | grep -v '^    item 3\.2\.' | head -2)"
        return 1
    fi
    grep -qE '^    item 3\.2\.' "$work/out" || { why="diff across versions shows no 3.2 item"; return 1; }
}
check "a second pack version from the packs folder: scored, stored, diff across versions moves only 3.2" t_versions

t_refused_pack() {
    # a copy of the errata whose golden case no longer holds: refused with the reason, the command goes on
    mkdir -p "$work/badpacks"
    python3 - "$errata_jar" "$work/badpacks/errata-broken.jar" <<'PY2'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as zin, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename.endswith("01-all-perfect/expected.json"):
            data = data.replace(b'"base": ', b'"base": 1', 1)
        zout.writestr(item, data)
PY2
    CREDIT_EVAL_PACKS=$work/badpacks ce packs
    want_rc 0 && want_err "errata-broken.jar refused: pack gd-2017@1.1.0: 1 of 17 golden case(s) failed (01-all-perfect)" \
        || return 1
    grep -qE '^gd-2017 +1\.1\.0' "$work/out" && { why="the refused pack is listed"; return 1; }
    want_out "js-2012"
}
check "a pack in the packs folder whose golden case fails is refused with the reason" t_refused_pack

t_attach() {
    printf 'scan of the approval\n' >"$work/批复.txt"
    ce evidence attach --assessment e2e --subject 广州市 --fact 1.1.institution "$work/批复.txt"
    want_rc 0 && want_out "attached to 广州市 1.1.institution" || return 1
    ls "$db.files"/*/* >/dev/null 2>&1 || { why="no document stored beside the database"; return 1; }
    ce evidence attach --assessment e2e --subject 广州市 --fact 9.9.nothing "$work/批复.txt"
    want_rc 2 && want_err "has no fact '9.9.nothing'"
}
check "evidence attach stores the document; an unknown fact is refused" t_attach

# --------------------------------------------------------------------------------------------------- refusals

t_unknown_assessment() {
    ce score --assessment no-such-assessment
    want_rc 2 && want_no_out && want_err "no assessment 'no-such-assessment' in database $db" || return 1
    ce runs --assessment no-such-assessment
    want_rc 2 && want_err "no assessment 'no-such-assessment'"
}
check "an unknown assessment: exit 2, the database named" t_unknown_assessment

t_unknown_run() {
    ce diff "${run1:-0}" 99999
    want_rc 2 && want_err "no run 99999" || return 1
    ce export 99999 --format json
    want_rc 2 && want_no_out && want_err "no run 99999"
}
check "an unknown run: exit 2" t_unknown_run

t_not_sqlite() {
    local other=$work/not-a-database.db before after
    cp "$examples" "$other"
    before=$(sha256sum "$other")
    ce_raw --db "$other" assessment list
    want_rc 2 && want_no_out && want_err "$other is not a credit-eval database" || return 1
    after=$(sha256sum "$other")
    [[ "$before" == "$after" ]] || { why="the file was changed"; return 1; }
    [[ ! -e "$other-wal" && ! -e "$other-journal" && ! -e "$other.files" ]] || { why="files were created beside it"; return 1; }
}
check "a --db file that is not SQLite: exit 2, file unchanged" t_not_sqlite

t_bad_value() {
    local before after
    ce assessment show e2e; before=$(cat "$work/out")
    # a valid change (line 2) and a bad value (line 3) in one file: neither may be stored
    printf 'subject,fact,value,source,note\n广州市,1.1.staff,否,,\n广州市,4.1.contributing_units,很多,,\n' >"$work/bad.csv"
    ce evidence import --assessment e2e "$work/bad.csv"
    want_rc 2 && want_no_out && want_err "bad.csv:3" && want_err "4.1.contributing_units" && want_err "nothing was imported" \
        || return 1
    ce assessment show e2e; after=$(cat "$work/out")
    [[ "$before" == "$after" ]] || { why="the assessment changed"; return 1; }
    ce score --assessment e2e --format json
    want_rc 0 || return 1
    cmp -s "$work/out" "$work/run2.json" || { why="the evidence changed: the score differs from run $run2"; return 1; }
}
check "a bad evidence value: exit 2 with file and line, nothing stored" t_bad_value

t_other_pack() {
    ce evidence import --assessment e2e "$root/rulepacks/js-2012/examples/evidence.csv"
    want_rc 2 && want_err "is not for pack gd-2017@1.0.0" && want_err "js-2012" && want_err "nothing was imported" || return 1
    ce assessment show e2e
    want_out "subjects:  21:" && want_out "revision 2886"
}
check "evidence for another pack: exit 2, nothing stored" t_other_pack

# a database written by the first schema version (assessments, facts, runs; no audit trail): made here with the
# store's own V1 script and the example evidence as its facts, then used through every command
t_schema1() {
    local old=$work/schema1.db
    python3 - "$old" "$root/bundles/org.crediteval.store/src/main/resources/org/crediteval/store/internal/schema/V1__base.sql" \
        "$examples" <<'PY' 2>"$work/py" || { why="could not make the schema-1 file: $(tail -1 "$work/py")"; return 1; }
import csv, hashlib, sqlite3, sys
db, script, evidence = sys.argv[1:4]
sql = open(script, encoding="utf-8").read().replace("\r\n", "\n")
c = sqlite3.connect(db)
c.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)")
c.executescript(sql)
c.execute("INSERT INTO schema_version VALUES (1, 'assessments, subjects, facts, score runs', ?, '2024-01-01T00:00:00Z')",
          (hashlib.sha256(sql.encode("utf-8")).hexdigest(),))
c.execute("INSERT INTO assessment VALUES (1, 'old', 'gd-2017', '1.0.0', 2017, '2024-01-01T00:00:00Z', 'analyst')")
subjects = []
with open(evidence, encoding="utf-8-sig", newline="") as f:
    for ord_, row in enumerate(csv.DictReader(f)):
        if row["subject"] not in subjects:
            subjects.append(row["subject"])
            c.execute("INSERT INTO assessment_subject VALUES (1, ?, ?)", (len(subjects) - 1, row["subject"]))
        c.execute("INSERT INTO fact VALUES (1, ?, ?, ?, ?, ?, 'evidence.csv', 'analyst', '2024-01-01T00:00:00Z', ?)",
                  (row["subject"], row["fact"], row["value"], row["source"] or "", row["note"] or "", ord_))
c.commit()
PY
    ce_raw --db "$old" assessment show old
    want_rc 0 && want_out "pack:      gd-2017@1.0.0" && want_out "subjects:  21:" && want_out "2885 facts" || return 1
    ce_raw --db "$old" score --assessment old --format json
    want_rc 0 && want_err "stored run 1 of assessment 'old'" || return 1
    cmp -s "$work/out" "$work/run1.json" || { why="the migrated evidence scores differently from the imported example"; return 1; }
    ce_raw --db "$old" evidence import --assessment old --reason "after the migration" "$work/fix.csv"
    want_rc 0 && want_out "1 changed" || return 1
    ce_raw --db "$old" score --assessment old --format json
    want_rc 0 || return 1
    ce_raw --db "$old" diff 1 2
    want_rc 0 && want_out "fact 4.2.one_stop_query: 否 → 是" && want_out "caused by fact 4.2.one_stop_query" || return 1
    ce_raw --db "$old" export 2 --format json
    want_rc 0 && cmp -s "$work/out" "$work/run2.json" || { why=${why:-"export of the migrated file's run 2 differs"}; return 1; }
    ce_raw --db "$old" runs --assessment old
    want_rc 0 && want_out "2886" || return 1
    ce_raw --db "$old" evidence attach --assessment old --subject 深圳市 --fact 1.1.institution "$work/批复.txt"
    want_rc 0
}
check "a schema-1 database is migrated and every command works on it" t_schema1

t_exclusive() {
    ce score --assessment e2e --evidence "$examples"
    want_rc 2 && want_err "mutually exclusive"
}
check "score: --assessment and --evidence are mutually exclusive" t_exclusive

t_default_db() {
    ce_raw assessment list
    want_rc 0 || return 1
    [[ -f "$XDG_DATA_HOME/credit-eval/assessments.db" ]] || { why="no database at \$XDG_DATA_HOME/credit-eval/assessments.db"; return 1; }
}
check "without --db the per-user database is created on first use" t_default_db

t_help() {
    local args
    for args in "assessment" "assessment create" "assessment list" "assessment show" "evidence" "evidence import" \
        "evidence attach" "runs" "diff" "export" "score"; do
        # shellcheck disable=SC2086  # split on purpose
        ce_raw $args --help
        want_rc 0 && want_out "Usage: credit-eval $args" && want_out "--db=FILE" || { why="$args --help: $why"; return 1; }
    done
}
check "every store command has --help documenting --db" t_help

finish
