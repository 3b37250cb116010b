#!/usr/bin/env python3
"""Cross-check the credit-eval engine against the reference scorer.

    compare.py --launcher ./credit-eval --pack gd-2017 --runs 20 --subjects 30 --seed 1
    compare.py --self-test

Each run draws a random evidence file (random_evidence.py, seed S + run number),
scores it with `<launcher> score --pack P --evidence F --format json` and with
reference_score.py, and compares every subject: base, baseMax, bonus, bonusMax,
total, every dimension and indicator score (as exact decimals, by id) and the
`missing` list (same ids, same order). Each compared subject is one test.
Differences are printed with the subject's relevant facts; the evidence files
of failing runs are kept. The last line is `N passed, N failed, 0 skipped`;
the exit status is 1 when anything failed.

--self-test needs no Java: it runs the reference on hand-checked cases taken
from the spec and asserts the results (one test per case).
"""

import argparse
import csv
import io
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import random_evidence  # noqa: E402
import reference_score as ref  # noqa: E402


def D(x):
    """Decimal from a reference Fraction, a JSON Decimal/int or text."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, bool):
        raise TypeError("boolean where a number was expected")
    if isinstance(x, (int, str)):
        return Decimal(x)
    return Decimal(ref.fmt(x))


def show(x):
    if isinstance(x, Decimal):
        return format(x.normalize(), "f") if x == x.to_integral_value() else format(x, "f")
    return str(x)


# ---------------------------------------------------------------------------
# comparing one subject


def index_by_id(objs, what, problems):
    out = {}
    if not isinstance(objs, list):
        problems.append("%s: not a list" % what)
        return out
    for o in objs:
        if not isinstance(o, dict) or "id" not in o:
            problems.append("%s: element without id" % what)
            continue
        out[str(o["id"])] = o
    return out


def num(obj, key, where, problems):
    if not isinstance(obj, dict) or key not in obj:
        problems.append("%s: field %s absent" % (where, key))
        return None
    try:
        return D(obj[key])
    except Exception:
        problems.append("%s: field %s is not a number: %r" % (where, key, obj[key]))
        return None


def compare_subject(exp, act):
    """exp: reference subject (Fractions); act: engine subject (Decimals).
    Returns a list of (kind, id, text) differences; kind is used to pick facts to show."""
    diffs = []
    problems = []
    for key in ("base", "baseMax", "bonus", "bonusMax", "total"):
        a = num(act, key, "subject", problems)
        e = D(exp[key])
        if a is not None and a != e:
            diffs.append(("subject", key, "%s: reference %s, engine %s" % (key, show(e), show(a))))
    adims = index_by_id(act.get("dimensions"), "dimensions", problems)
    for d in exp["dimensions"]:
        ad = adims.get(d["id"])
        if ad is None:
            diffs.append(("dimension", d["id"], "dimension %s absent from the engine's result" % d["id"]))
            continue
        a = num(ad, "score", "dimension %s" % d["id"], problems)
        e = D(d["score"])
        if a is not None and a != e:
            diffs.append(("dimension", d["id"], "dimension %s score: reference %s, engine %s"
                          % (d["id"], show(e), show(a))))
        ainds = index_by_id(ad.get("indicators"), "dimension %s indicators" % d["id"], problems)
        for ind in d["indicators"]:
            ai = ainds.get(ind["id"])
            if ai is None:
                diffs.append(("indicator", ind["id"], "indicator %s absent from the engine's result" % ind["id"]))
                continue
            a = num(ai, "score", "indicator %s" % ind["id"], problems)
            e = D(ind["score"])
            if a is not None and a != e:
                detail = "; ".join("%s=%s" % (it["id"], ref.fmt(it["score"])) for it in ind["items"])
                diffs.append(("indicator", ind["id"], "indicator %s score: reference %s, engine %s (reference items: %s)"
                              % (ind["id"], show(e), show(a), detail)))
        extra = sorted(set(ainds) - {i["id"] for i in d["indicators"]})
        if extra:
            diffs.append(("dimension", d["id"], "dimension %s: engine has extra indicators %s" % (d["id"], extra)))
    extra = sorted(set(adims) - {d["id"] for d in exp["dimensions"]})
    if extra:
        diffs.append(("subject", "dimensions", "engine has extra dimensions %s" % extra))
    amiss = act.get("missing")
    if amiss != exp["missing"]:
        if not isinstance(amiss, list):
            diffs.append(("missing", None, "missing: engine gave %r" % (amiss,)))
        else:
            only_ref = [m for m in exp["missing"] if m not in amiss]
            only_act = [m for m in amiss if m not in exp["missing"]]
            parts = []
            if only_ref:
                parts.append("only in reference %s" % only_ref)
            if only_act:
                parts.append("only in engine %s" % only_act)
            if not parts:
                parts.append("same ids, different order: reference %s, engine %s" % (exp["missing"], amiss))
            diffs.append(("missing", None, "missing list differs: " + "; ".join(parts)))
    for p in problems:
        diffs.append(("subject", None, "malformed engine result: " + p))
    return diffs


def facts_for(rows, subject, diffs):
    """Evidence rows of the subject under the dimensions / indicators that differ."""
    prefixes = {did + "." for kind, did, _ in diffs if kind in ("indicator", "dimension") and did}
    if not prefixes:
        return []
    return [(f, v) for s, f, v in rows if s == subject and any(f.startswith(p) for p in prefixes)]


def read_rows(text):
    if text.startswith("\ufeff"):
        text = text[1:]
    r = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip() for h in next(r)]
    col = {h: i for i, h in enumerate(header)}
    return [(row[col["subject"]], row[col["fact"]], row[col["value"]]) for row in r if row]


# ---------------------------------------------------------------------------
# the cross-check


def run_engine(launcher, pack, evidence, timeout):
    cmd = shlex.split(launcher) + ["score", "--pack", pack, "--evidence", evidence, "--format", "json"]
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except FileNotFoundError:
        return None, "launcher not found: %s" % cmd[0]
    except subprocess.TimeoutExpired:
        return None, "engine did not finish within %d s" % timeout
    err = p.stderr.decode("utf-8", "replace").strip()
    if p.returncode != 0:
        return None, "engine exited %d: %s" % (p.returncode, err[-2000:])
    try:
        out = p.stdout.decode("utf-8")
        if out.startswith("\ufeff"):
            out = out[1:]
        return json.loads(out, parse_float=Decimal, parse_int=Decimal), None
    except (UnicodeDecodeError, ValueError) as e:
        return None, "engine stdout is not JSON (%s); first 300 chars: %r" % (e, p.stdout[:300])


def cross_check(args):
    packs = ["gd-2017", "js-2012"] if args.pack == "all" else [args.pack]
    work = args.keep or tempfile.mkdtemp(prefix="credit-eval-compare-")
    os.makedirs(work, exist_ok=True)
    passed = failed = 0
    failing_files = []
    for pack_id in packs:
        pack = ref.load_pack(pack_id)
        for run in range(args.runs):
            seed = args.seed + run
            tag = "[%s run %d seed %d]" % (pack_id, run + 1, seed)
            text = random_evidence.generate(pack_id, args.subjects, seed, args.missing_rate)
            path = os.path.join(work, "%s-seed%d-n%d.csv" % (pack_id, seed, args.subjects))
            with open(path, "wb") as fh:
                fh.write(text.encode("utf-8"))
            expected = ref.score_text(pack, text, path)
            names = [s["subject"] for s in expected["subjects"]]
            actual, err = run_engine(args.launcher, pack_id, path, args.timeout)
            if actual is None:
                print("%s %s" % (tag, err))
                print("%s evidence: %s (regenerate: random_evidence.py --pack %s --subjects %d --seed %d --missing-rate %s)"
                      % (tag, path, pack_id, args.subjects, seed, args.missing_rate))
                failed += len(names)
                failing_files.append(path)
                continue
            run_failed = 0
            asubs = actual.get("subjects") if isinstance(actual, dict) else None
            if not isinstance(asubs, list):
                print("%s engine result has no subjects list" % tag)
                failed += len(names)
                failing_files.append(path)
                continue
            by_name = {}
            for s in asubs:
                if isinstance(s, dict) and "subject" in s:
                    by_name.setdefault(s["subject"], s)
            aorder = [s.get("subject") for s in asubs if isinstance(s, dict)]
            pk = actual.get("pack") if isinstance(actual, dict) else None
            if not isinstance(pk, dict) or pk.get("id") != pack_id:
                print("%s note: engine result pack is %r, expected id %s" % (tag, pk, pack_id))
            extra = [n for n in aorder if n not in names]
            if extra:
                print("%s engine reports subjects not in the evidence: %s" % (tag, extra))
            rows = None
            for pos, exp in enumerate(expected["subjects"]):
                name = exp["subject"]
                act = by_name.get(name)
                if act is None:
                    print("%s %s: absent from the engine's result" % (tag, name))
                    run_failed += 1
                    continue
                diffs = compare_subject(exp, act)
                if pos >= len(aorder) or aorder[pos] != name:
                    diffs.append(("subject", None, "position %d in the engine's result, %d in input order"
                                  % (aorder.index(name) + 1, pos + 1)))
                if diffs:
                    run_failed += 1
                    if rows is None:
                        rows = read_rows(text)
                    for _kind, _id, msg in diffs:
                        print("%s %s: %s" % (tag, name, msg))
                    rel = facts_for(rows, name, diffs)
                    if rel:
                        print("%s %s:   evidence: %s" % (tag, name, ", ".join("%s=%s" % fv for fv in rel)))
                else:
                    passed += 1
            if run_failed:
                failed += run_failed
                failing_files.append(path)
                print("%s evidence: %s (regenerate: random_evidence.py --pack %s --subjects %d --seed %d --missing-rate %s)"
                      % (tag, path, pack_id, args.subjects, seed, args.missing_rate))
            elif args.verbose:
                print("%s %d subjects agree" % (tag, len(names)))
    if not args.keep:
        if failing_files:
            for f in os.listdir(work):
                if os.path.join(work, f) not in failing_files:
                    os.unlink(os.path.join(work, f))
            print("failing evidence kept in %s" % work)
        else:
            shutil.rmtree(work, ignore_errors=True)
    print("%d passed, %d failed, 0 skipped" % (passed, failed))
    write_junit(args.junit, "reference-cross-check-" + args.pack, passed, failed)
    return 1 if failed else 0


def write_junit(path, suite, passed, failed):
    """A JUnit XML summary, so the project's test summary counts these checks with the Java tests."""
    if not path:
        return
    from xml.sax.saxutils import quoteattr
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name=%s tests="%d" failures="%d" errors="0" skipped="0"/>\n'
                 % (quoteattr(suite), passed + failed, failed))


# ---------------------------------------------------------------------------
# self-test: hand-checked cases from the spec

HEADER = "subject,fact,value,source,note\n"


def csv_of(facts, subject="测试市"):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["subject", "fact", "value", "source", "note"])
    for f, v in facts.items():
        w.writerow([subject, f, v, "", ""])
    return out.getvalue()


def score_one(pack_id, facts):
    pack = ref.load_pack(pack_id)
    return ref.score_text(pack, csv_of(facts), "<self-test>")["subjects"][0]


def find(subj, iid):
    """Score of a dimension, indicator or item by id."""
    for d in subj["dimensions"]:
        if d["id"] == iid:
            return d["score"]
        for ind in d["indicators"]:
            if ind["id"] == iid:
                return ind["score"]
            for it in ind["items"]:
                if it["id"] == iid:
                    return it["score"]
    raise KeyError(iid)


def full_facts(pack_id):
    """Facts giving every point of the pack."""
    pack = ref.load_pack(pack_id)
    out = {}
    for fid in pack.fact_order:
        f = pack.facts[fid]
        if f.optional or f.branch:
            continue
        t = f.type
        if t == "bool":
            out[fid] = "是"
        elif t == "points":
            out[fid] = ref.fmt(f.max)
        elif t == "level":
            out[fid] = f.levels[0]
        elif t == "rate":
            out[fid] = "100"
        elif t == "money":
            out[fid] = "500"
        elif t == "count":
            out[fid] = "0" if ("absences" in fid or "events" in fid and pack_id == "gd-2017") else "5000"
    if pack_id == "js-2012":
        out["3.2.completed"] = out["3.2.planned"] = "10"
        out["3.3.city_completed"] = out["3.3.city_planned"] = "10"
    return out


def cases():
    """(name, pack, facts, {id: expected score or check}, extra checks)."""
    C = []

    def add(name, pack, facts, expect, missing=None, warnings=None, totals=None):
        C.append((name, pack, facts, expect, missing, warnings, totals))

    # domain.md step-down example (gd 4.1 person coverage)
    for v, e in [("95", "2"), ("94.5", "2"), ("94", "1.9"), ("90", "1.5"), ("89.9", "0"),
                 ("100", "2"), ("95%", "2"), ("93.5", "1.9"), ("0", "0")]:
        add("gd 4.1 person_coverage %s → %s" % (v, e), "gd-2017", {"4.1.person_coverage": v},
            {"4.1.person_coverage": e})
    for v, e in [("99", "2"), ("98.99", "2"), ("98", "1.9"), ("90", "1.1"), ("89.99", "0")]:
        add("gd 4.1 org_coverage %s → %s" % (v, e), "gd-2017", {"4.1.org_coverage": v},
            {"4.1.org_coverage": e})
    add("gd 4.1 contributing_units 37 → 1.48 (exact)", "gd-2017", {"4.1.contributing_units": "37"},
        {"4.1.contributing_units": "1.48"})
    add("gd 4.1 contributing_units 51 → capped 2", "gd-2017", {"4.1.contributing_units": "51"},
        {"4.1.contributing_units": "2"})
    add("gd 4.1 all items → 10", "gd-2017",
        {"4.1.platform_reporting": "true", "4.1.contributing_units": "50", "4.1.person_coverage": "95",
         "4.1.org_coverage": "99%", "4.1.records_by_subject": "yes"}, {"4.1": "10", "4": "10"})
    # 3.1 gate and 10% steps
    for v, e in [("100", "1"), ("91", "1"), ("90", "0.9"), ("55", "0.6"), ("50", "0.5"), ("49.9", "0")]:
        add("gd 3.1 conversion %s with mapping → %s" % (v, e), "gd-2017",
            {"3.1.mapping_library": "是", "3.1.code_conversion_rate": v}, {"3.1.code_conversion_rate": e})
    add("gd 3.1 gate false → conversion item 0", "gd-2017",
        {"3.1.new_entities": "1", "3.1.mapping_library": "否", "3.1.code_conversion_rate": "100",
         "3.1.license_renewal_rate": "69.9"},
        {"3.1.code_conversion_rate": "0", "3.1.new_entities": "1", "3.1.license_renewal_rate": "0.7", "3.1": "1.7"})
    C.append(("gd 3.1 rate listed missing even with gate false", "gd-2017",
              {"3.1.new_entities": "1", "3.1.mapping_library": "否", "3.1.license_renewal_rate": "100"},
              {"3.1": "2"}, ("contains", ["3.1.code_conversion_rate"]), None, None))
    C.append(("gd 3.1 gate missing → conversion 0, gate listed", "gd-2017",
              {"3.1.code_conversion_rate": "100"},
              {"3.1.code_conversion_rate": "0"}, ("contains", ["3.1.mapping_library"]), None, None))
    add("gd 3.2 two items of 2 capped at 2", "gd-2017",
        {"3.2.info_rules": "是", "3.2.market_policy": "是"},
        {"3.2.info_rules": "2", "3.2.market_policy": "2", "3.2": "2"})
    # 2.2 level / expert branch
    add("gd 2.2 full + partial with expert 0.6", "gd-2017",
        {"2.2.y2015": "full", "2.2.y2016": "partial", "2.2.y2016_expert": "0.6"},
        {"2.2.y2015": "1", "2.2.y2016": "0.6", "2.2": "1.6"})
    C.append(("gd 2.2 partial without expert → 0, expert listed", "gd-2017",
              {"2.2.y2015": "partial", "2.2.y2016": "none", "2.2.y2016_expert": "1"},
              {"2.2.y2015": "0", "2.2.y2016": "0"},
              ("section", "2.2.", ["2.2.y2015_expert"]), None, None))
    C.append(("gd 2.2 levels missing → experts not listed", "gd-2017", {"1.1.institution": "是"},
              {"2.2": "0"}, ("section", "2.2.", ["2.2.y2015", "2.2.y2016"]), None, None))
    # 8.2 deduction
    for n, e in [("0", "2"), ("1", "1.9"), ("19", "0.1"), ("20", "0"), ("25", "0")]:
        add("gd 8.2 dishonesty_events %s → %s" % (n, e), "gd-2017", {"8.2.dishonesty_events": n},
            {"8.2.dishonesty_events": e})
    C.append(("gd 8.2 dishonesty_events missing → 0 and listed", "gd-2017", {"8.2.civil_servant_files": "是"},
              {"8.2": "2"}, ("contains", ["8.2.dishonesty_events"]), None, None))
    # 8.1 matrix
    add("gd 8.1 one sector all four measures → 0.8", "gd-2017",
        {"8.1.finance.commitment": "是", "8.1.finance.records": "1", "8.1.finance.lists": "yes",
         "8.1.finance.tiered": "true"}, {"8.1": "0.8"})
    # 9.1 bonus
    add("gd 9.1 three municipal reports → 6", "gd-2017", {"9.1.media_municipal": "3"},
        {"9.1.media_municipal": "6", "9.1": "6", "9": "6"})
    add("gd 9.1 sum 13 capped at 10 as bonus", "gd-2017",
        {"9.1.media_national": "2", "9.1.replicable": "1", "1.1.institution": "是"},
        {"9.1": "10", "9": "10"}, totals={"base": "0.5", "bonus": "10", "total": "10.5"})
    add("gd 10.1 survey_score used", "gd-2017", {"10.1.survey_score": "7.25"}, {"10.1": "7.25", "10": "7.25"})
    C.append(("gd 10.1 survey_score missing → listed", "gd-2017", {"1.1.institution": "否"},
              {"10.1": "0"}, ("contains", ["10.1.survey_score"]), None, None))
    add("gd 5.1 applying_units 39 → 1.95", "gd-2017", {"5.1.applying_units": "39"}, {"5.1.applying_units": "1.95"})
    add("gd 6.1 domains 21 → capped 4", "gd-2017", {"6.1.domains": "21"}, {"6.1.domains": "4"})
    add("gd 4.2 discretionary points", "gd-2017",
        {"4.2.portal": "0.8", "4.2.double_publicity": "0.35", "4.2.one_stop_query": "否"}, {"4.2": "1.15"})
    C.append(("gd full marks → 100 + 10", "gd-2017", full_facts("gd-2017"), {"1": "5", "8": "32"},
              ("exact", []), None, {"base": "100", "bonus": "10", "total": "110", "baseMax": "100",
                                    "bonusMax": "10"}))

    # js-2012
    for c, p, e in [("7", "9", "46.6667"), ("9", "9", "60"), ("12", "9", "60"), ("2", "3", "40"),
                    ("1", "7", "8.5714"), ("1", "9600", "0.0063"), ("0", "5", "0")]:
        add("js 3.2 %s/%s → %s" % (c, p, e), "js-2012", {"3.2.completed": c, "3.2.planned": p}, {"3.2.ratio": e})
    C.append(("js 3.2 planned 0 → 0 and a warning", "js-2012", {"3.2.completed": "3", "3.2.planned": "0"},
              {"3.2.ratio": "0"}, None, 1, None))
    C.append(("js 3.2 completed listed missing though planned is 0", "js-2012", {"3.2.planned": "0"},
              {"3.2.ratio": "0"}, ("section", "3.2.", ["3.2.completed"]), 1, None))
    add("js 3.3 city 1/3200 → 0.0063 (HALF_UP)", "js-2012",
        {"3.3.city_completed": "1", "3.3.city_planned": "3200"}, {"3.3.city_ratio": "0.0063"})
    add("js 3.3 city 9/10 − 10 × 1 revoked → 8", "js-2012",
        {"3.3.city_completed": "9", "3.3.city_planned": "10", "3.3.city_revoked": "1"}, {"3.3.city_ratio": "8"})
    add("js 3.3 city 9/10 − 10 × 2 revoked → 0", "js-2012",
        {"3.3.city_completed": "9", "3.3.city_planned": "10", "3.3.city_revoked": "2"}, {"3.3.city_ratio": "0"})
    add("js 3.3 city 2/3 → 13.3333, revoked omitted", "js-2012",
        {"3.3.city_completed": "2", "3.3.city_planned": "3"}, {"3.3.city_ratio": "13.3333"})
    add("js 3.3 city 2/3 with 1 revoked → 3.3333", "js-2012",
        {"3.3.city_completed": "2", "3.3.city_planned": "3", "3.3.city_revoked": "1"}, {"3.3.city_ratio": "3.3333"})
    C.append(("js 3.3 city planned 0 with a revoked → 0 and a warning", "js-2012",
              {"3.3.city_completed": "0", "3.3.city_planned": "0", "3.3.city_revoked": "1",
               "3.3.province_plan_met": "是"},
              {"3.3.city_ratio": "0", "3.3": "10"}, ("section", "3.3.", []), 1, None))
    C.append(("js 3.3 province met, revoked 1 → 0; optional facts not listed", "js-2012",
              {"3.3.city_completed": "5", "3.3.city_planned": "4", "3.3.province_plan_met": "是",
               "3.3.province_revoked": "1"},
              {"3.3.province_plan_met": "0", "3.3": "20"}, ("section", "3.3.", []), None, None))
    C.append(("js 3.3 province met, revoked omitted → 10", "js-2012",
              {"3.3.province_plan_met": "1"},
              {"3.3.province_plan_met": "10", "3.3": "10"},
              ("section", "3.3.", ["3.3.city_completed", "3.3.city_planned"]), None, None))
    for n, e in [("0", "0"), ("9", "0"), ("10", "5"), ("59", "5"), ("60", "10"), ("99", "10"), ("100", "20")]:
        add("js 6.3 trainees %s → %s" % (n, e), "js-2012", {"6.3.trainees": n}, {"6.3.trainees": e})
    add("js 6.3 events together capped 5", "js-2012",
        {"6.3.large_events": "1", "6.3.small_events": "1", "6.3.department_events": "0"}, {"6.3": "5"})
    add("js 6.3 department events 3 → 3", "js-2012", {"6.3.department_events": "3"}, {"6.3": "3"})
    add("js 6.3 full → 30", "js-2012",
        {"6.3.publicity": "rich", "6.3.trainees": "100", "6.3.small_events": "2"}, {"6.3": "30"})
    add("js 6.1 documents 3 + 3 → group cap 15", "js-2012",
        {"6.1.party_government_documents": "3", "6.1.other_documents": "3"}, {"6.1": "15"})
    add("js 6.1 documents 2 + 4 → 10 + 3 = 13", "js-2012",
        {"6.1.party_government_documents": "2", "6.1.other_documents": "4"}, {"6.1": "13"})
    add("js 6.1 full → 70", "js-2012",
        {"6.1.special_meeting": "是", "6.1.party_government_documents": "3", "6.1.leader_instructions": "5",
         "6.1.office_meeting": "是", "6.1.office_documents": "9"}, {"6.1": "70"})
    for v, e in [("0", "0"), ("9.99", "0"), ("10", "1"), ("99.99", "9"), ("100", "10"), ("600", "50")]:
        add("js 6.2 funds %s → %s" % (v, e), "js-2012", {"6.2.funds": v}, {"6.2.funds": e})
    for l, s, e in [("0", "0", "10"), ("1", "1", "3"), ("2", "1", "0"), ("0", "4", "2"), ("0", "6", "0")]:
        add("js 7.1 absences %s/%s → %s" % (l, s, e), "js-2012",
            {"7.1.leader_absences": l, "7.1.staff_absences": s}, {"7.1.absences": e})
    C.append(("js 7.1 one leader absence, staff missing → 0", "js-2012", {"7.1.leader_absences": "1"},
              {"7.1": "0"}, ("section", "7.1.", ["7.1.staff_absences"]), None, None))
    for n, e in [("99", "0"), ("100", "10"), ("499", "10"), ("500", "20"), ("1999", "20"), ("2000", "30")]:
        add("js 4.5 reports %s → %s" % (n, e), "js-2012", {"4.5.reports": n}, {"4.5.reports": e})
    for v, e in [("95", "10"), ("94.99", "5"), ("80%", "5"), ("79.99", "0")]:
        add("js 7.4 timeliness %s → %s" % (v, e), "js-2012", {"7.4.timeliness_rate": v},
            {"7.4.timeliness_rate": e})
    add("js 1.3 8 full-time + 5 part-time → 40", "js-2012",
        {"1.3.fulltime": "8", "1.3.parttime": "5"}, {"1.3": "40"})
    add("js 1.3 5 full-time + 10 part-time → 35", "js-2012",
        {"1.3.fulltime": "5", "1.3.parttime": "10"}, {"1.3.parttime": "10", "1.3": "35"})
    add("js 2.3 municipal + 2 office systems → 50", "js-2012",
        {"2.3.municipal_system": "是", "2.3.office_systems": "2"}, {"2.3": "50"})
    add("js 2.1 one plan → 10", "js-2012", {"2.1.long_term_plan": "否", "2.1.action_plan": "是"}, {"2.1": "10"})
    add("js 5.2 levels", "js-2012",
        {"5.2.build": "started", "5.2.query_service": "intranet", "5.2.supervising_departments": "11"},
        {"5.2": "60"})
    add("js 5.3 two query checks add up", "js-2012",
        {"5.3.intranet_query": "是", "5.3.internet_query": "是"}, {"5.3": "20"})
    add("js 8.1 bonus apart from base", "js-2012", {"8.1.innovation": "37.5", "1.1.leading_group": "是"},
        {"8": "37.5"}, totals={"base": "20", "bonus": "37.5", "total": "57.5", "baseMax": "1000",
                               "bonusMax": "100"})
    C.append(("js full marks → 1000 + 100", "js-2012", full_facts("js-2012"), {"5": "300", "6": "150"},
              ("exact", []), None, {"base": "1000", "bonus": "100", "total": "1100"}))
    return C


def check_case(case):
    name, pack_id, facts, expect, missing, nwarn, totals = case
    subj = score_one(pack_id, facts)
    errs = []
    for iid, e in expect.items():
        got = find(subj, iid)
        if D(got) != Decimal(e):
            errs.append("%s: got %s, expected %s" % (iid, ref.fmt(got), e))
    for k, e in (totals or {}).items():
        if D(subj[k]) != Decimal(e):
            errs.append("%s: got %s, expected %s" % (k, ref.fmt(subj[k]), e))
    if missing:
        mode = missing[0]
        if mode == "contains":
            for m in missing[1]:
                if m not in subj["missing"]:
                    errs.append("missing should contain %s" % m)
        elif mode == "section":
            got = [m for m in subj["missing"] if m.startswith(missing[1])]
            if got != missing[2]:
                errs.append("missing under %s: got %s, expected %s" % (missing[1], got, missing[2]))
        elif mode == "exact":
            if subj["missing"] != missing[1]:
                errs.append("missing: got %s, expected %s" % (subj["missing"], missing[1]))
    if nwarn is not None and len(subj["warnings"]) != nwarn:
        errs.append("warnings: got %s, expected %d" % (subj["warnings"], nwarn))
    return errs


def run_cli(pack, text):
    """Run reference_score.py as a program on the CSV text; returns (rc, stdout, stderr)."""
    with tempfile.NamedTemporaryFile("wb", suffix=".csv", delete=False) as fh:
        fh.write(text.encode("utf-8") if isinstance(text, str) else text)
        path = fh.name
    try:
        p = subprocess.run([sys.executable, os.path.join(HERE, "reference_score.py"), "--pack", pack,
                            "--evidence", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")
    finally:
        os.unlink(path)


def cli_cases():
    """(name, pack, csv text, expected rc, substrings expected in stderr / stdout)."""
    C = []
    bad = [
        ("rate 120", "茂名市,4.1.person_coverage,120,,", ["line 2", "茂名市", "4.1.person_coverage", "120"]),
        ("negative count", "茂名市,4.1.contributing_units,-1,,", ["4.1.contributing_units", "-1"]),
        ("boolean maybe", "茂名市,1.1.institution,maybe,,", ["1.1.institution", "maybe"]),
        ("unknown level", "茂名市,2.2.y2015,most,,", ["2.2.y2015", "most"]),
        ("unknown fact", "茂名市,1.1.nonsense,是,,", ["1.1.nonsense"]),
        ("points above max", "茂名市,4.2.portal,1.5,,", ["4.2.portal", "1.5"]),
        ("count with decimals", "茂名市,6.1.domains,2.5,,", ["6.1.domains", "2.5"]),
    ]
    for name, row, subs in bad:
        C.append(("error: " + name, "gd-2017", HEADER + row + "\n", 2, subs, None))
    C.append(("error: duplicate subject+fact", "gd-2017",
              HEADER + "茂名市,1.1.institution,是,,\n茂名市,1.1.institution,否,,\n", 2,
              ["line 3", "茂名市", "1.1.institution", "duplicate"], None))
    C.append(("error: extra column", "gd-2017", "subject,fact,value,source,note,city\n茂名市,1.1.institution,是,,,x\n",
              2, ["city"], None))
    C.append(("error: line number after a quoted line break", "js-2012",
              HEADER + '南京市,1.1.leading_group,是,,"a\nb"\n南京市,1.2.office,bogus,,\n', 2, ["line 4", "bogus"], None))
    C.append(("error: money negative", "js-2012", HEADER + "南京市,6.2.funds,-5,,\n", 2, ["6.2.funds"], None))
    C.append(("BOM, CRLF, column order, quoted fields", "gd-2017",
              "\ufeffnote,value,fact,subject,source\r\n\"x, \"\"y\"\"\",37,4.1.contributing_units,茂名市,\r\n"
              ",是,1.1.institution,茂名市,\"市编办\n文件\"\r\n", 0, None, ["1.48", "茂名市"]))
    C.append(("exact decimals in JSON text", "js-2012", HEADER + "南京市,3.2.completed,7,,\n南京市,3.2.planned,9,,\n",
              0, None, ["46.6667"]))
    C.append(("subjects in first-appearance order", "js-2012",
              HEADER + "无锡市,1.1.leading_group,1,,\n南京市,1.1.leading_group,0,,\n无锡市,1.2.office,merged,,\n",
              0, None, None))
    return C


def self_test(args):
    passed = failed = 0
    for case in cases():
        try:
            errs = check_case(case)
        except Exception as e:   # a crash is a failure of the case
            errs = ["exception %r" % (e,)]
        if errs:
            failed += 1
            print("FAIL %s: %s" % (case[0], "; ".join(errs)))
        else:
            passed += 1
            if args.verbose:
                print("ok   %s" % case[0])
    for name, pack, text, rc, err_subs, out_subs in cli_cases():
        got_rc, out, err = run_cli(pack, text)
        errs = []
        if got_rc != rc:
            errs.append("exit %d, expected %d (stderr: %s)" % (got_rc, rc, err.strip()))
        for s in err_subs or []:
            if s not in err:
                errs.append("stderr lacks %r: %s" % (s, err.strip()))
        for s in out_subs or []:
            if s not in out:
                errs.append("stdout lacks %r" % s)
        if rc != 0 and out:
            errs.append("partial result written on stdout")
        if name.startswith("subjects in first"):
            order = [s["subject"] for s in json.loads(out)["subjects"]] if got_rc == 0 else None
            if order != ["无锡市", "南京市"]:
                errs.append("subject order %s" % order)
        if "1.48" in (out_subs or []) and "1.4800000" in out:
            errs.append("float artifacts in output")
        if errs:
            failed += 1
            print("FAIL %s: %s" % (name, "; ".join(errs)))
        else:
            passed += 1
            if args.verbose:
                print("ok   %s" % name)
    # generated evidence must always parse
    for pack in ("gd-2017", "js-2012"):
        for seed in range(1, 6):
            name = "random evidence %s seed %d parses" % (pack, seed)
            try:
                text = random_evidence.generate(pack, 25, seed, 0.1)
                res = ref.score_text(ref.load_pack(pack), text, name)
                assert len(res["subjects"]) == 25, len(res["subjects"])
                passed += 1
                if args.verbose:
                    print("ok   %s" % name)
            except Exception as e:
                failed += 1
                print("FAIL %s: %s" % (name, e))
    print("%d passed, %d failed, 0 skipped" % (passed, failed))
    write_junit(args.junit, "reference-self-test", passed, failed)
    return 1 if failed else 0


def main(argv=None):
    ap = argparse.ArgumentParser(description="Cross-check the engine against the reference scorer.")
    ap.add_argument("--self-test", action="store_true", help="check the reference on hand-checked cases (no Java)")
    ap.add_argument("--launcher", help="engine launcher, e.g. ./credit-eval (may hold arguments, split as a shell would)")
    ap.add_argument("--pack", default="all", choices=["gd-2017", "js-2012", "all"])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--subjects", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--missing-rate", type=float, default=0.05)
    ap.add_argument("--timeout", type=int, default=300, help="seconds per engine run")
    ap.add_argument("--keep", metavar="DIR", help="write every evidence file here and keep them")
    ap.add_argument("--junit", metavar="FILE", help="also write the counts as a JUnit XML summary")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if args.self_test:
        return self_test(args)
    if not args.launcher:
        ap.error("--launcher is required (or use --self-test)")
    return cross_check(args)


if __name__ == "__main__":
    sys.exit(main())
