#!/usr/bin/env python3
"""Cross-check: the Java survey analysis against reference_survey.py on random surveys.

For each seed, generate_survey.py writes one or two random survey CSVs with bad, duplicate and late
rows (two files share respondent ids, so duplicates also cross files); reference_survey.py and the
Java analysis (releng/survey-tools/run analyze --format json) read them; per city the counts
(responses, valid, invalid, duplicate, late), the collected count per category and the 10.1 score
must be equal, and so must the list of rejected rows (file, line, class) in order.

    ./mvnw -q -f releng/survey-tools/pom.xml package     # once, after installing the survey bundles
    python3 releng/survey-tools/compare_survey.py --seeds 20

Exit status 0 when every seed agrees, 1 otherwise; ends with one line 'N passed, N failed'.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference_survey  # noqa: E402


def java(files):
    out = subprocess.run([os.path.join(HERE, "run"), "analyze", "--format", "json", *files],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def compare(ref, got):
    problems = []
    jc = {c["city"]: c for c in got["cities"]}
    rc = {c["city"]: c for c in ref["cities"]}
    if list(jc) != list(rc):
        problems.append(f"cities differ: java {list(jc)} reference {list(rc)}")
    for city, r in rc.items():
        j = jc.get(city)
        if j is None:
            continue
        for k in ("responses", "valid", "invalid", "duplicate", "late"):
            if r[k] != j[k]:
                problems.append(f"{city} {k}: java {j[k]} reference {r[k]}")
        js = None if j["score"] is None else Decimal(str(j["score"]["score"]))
        rs = None if r["score"] is None else Decimal(r["score"])
        if js != rs:
            problems.append(f"{city} score: java {js} reference {rs}")
        if j["known"]:
            collected = {q["category"]: q["collected"] for q in j["quotas"]}
            if collected != r["collected"]:
                problems.append(f"{city} collected: java {collected} reference {r['collected']}")
    jr = [(x["file"], x["line"], x["rejection"]) for x in got["rejected"]]
    rr = [(x["file"], x["line"], x["kind"]) for x in ref["rejected"]]
    if jr != rr:
        diff = next((i for i, (a, b) in enumerate(zip(jr, rr)) if a != b), min(len(jr), len(rr)))
        problems.append(f"rejected rows differ at #{diff}: java {jr[diff:diff + 3]} reference {rr[diff:diff + 3]}"
                        f" ({len(jr)} vs {len(rr)} rows)")
    return problems


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seeds", type=int, default=20)
    p.add_argument("--first-seed", type=int, default=1)
    p.add_argument("--junit", metavar="FILE", help="also write the counts as a JUnit XML summary")
    a = p.parse_args()
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(a.first_seed, a.first_seed + a.seeds):
            files = []
            n_files = 2 if seed % 3 == 0 else 1
            for k in range(n_files):
                f = os.path.join(tmp, f"s{seed}-{k}.csv")
                cities = ["茂名市,湛江市,阳江市", "all", "广州市", "茂名市,北京市"][seed % 4]
                per_city = [600, 40, 3, 120][seed % 4]          # 3 per city: most categories absent
                bad = [0.04, 0.15, 0.3, 0.08][(seed // 4) % 4]
                subprocess.run([sys.executable, os.path.join(HERE, "generate_survey.py"), "--seed", str(seed * 10 + k),
                                "--cities", cities, "--per-city", str(per_city), "--bad", str(bad),
                                "--duplicates", "0.05", "--late", "0.05", "--out", f], check=True)
                files.append(f)
            ref = reference_survey.analyse(files)
            got = java(files)
            problems = compare(ref, got)
            rows = sum(c["responses"] for c in ref["cities"])
            rejected = len(ref["rejected"])
            if problems:
                failed += 1
                print(f"seed {seed}: {rows} rows, DIFFERENT:")
                for x in problems[:10]:
                    print("   ", x)
            else:
                passed += 1
                print(f"seed {seed}: {rows} rows in {len(files)} file(s), {rejected} rejected, "
                      f"{len(ref['cities'])} cities: same")
    print(f"{passed} passed, {failed} failed")
    if a.junit:
        # a summary the project's test count picks up with the Java reports
        os.makedirs(os.path.dirname(os.path.abspath(a.junit)), exist_ok=True)
        with open(a.junit, "w", encoding="utf-8") as fh:
            fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="survey-cross-check" '
                     f'tests="{passed + failed}" failures="{failed}" errors="0" skipped="0"/>\n')
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
