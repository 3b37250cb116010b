#!/usr/bin/env python3
"""Checks model/js-2012.xmi itself (not the generator tables): well-formed XML, totals
(indicator maxima add up to each dimension, dimensions to baseMax + bonusMax), fact references,
cap-group paths, item ids, and that Scheme.facts is in the order the items use the facts.

    python3 rulepacks/js-2012/tools/check_xmi.py [path/to/model.xmi]
"""
import os
import re
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "model", "js-2012.xmi")
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"
NS = "http://crediteval.org/model/scheme/1.0"

errors = []
root = ET.parse(PATH).getroot()  # raises on malformed XML
if root.tag != f"{{{NS}}}Scheme":
    errors.append(f"root is {root.tag}")
facts = [f.get("id") for f in root.findall("facts")]
fact_set = set(facts)
if len(fact_set) != len(facts):
    errors.append("duplicate fact ids")
for f in root.findall("facts"):
    if f.get("type") == "level" and not f.findall("levels"):
        errors.append(f"level fact {f.get('id')} has no levels")
    if f.get("type") == "points" and not f.get("max"):
        errors.append(f"points fact {f.get('id')} has no max")

dims = root.findall("dimensions")
base = bonus = D(0)
used = []
item_ids = []
for di, d in enumerate(dims):
    inds = d.findall("indicators")
    s = sum(D(i.get("max")) for i in inds)
    if s != D(d.get("max")):
        errors.append(f"dimension {d.get('id')}: indicators add up to {s}, max {d.get('max')}")
    if d.get("bonus") == "true":
        bonus += D(d.get("max"))
    else:
        base += D(d.get("max"))
    for ii, ind in enumerate(inds):
        if not ind.findall("evidenceBasis") or not ind.findall("assessmentMethods"):
            errors.append(f"indicator {ind.get('id')} without 考核依据/考核方式")
        items = ind.findall("items")
        for it in items:
            item_ids.append(it.get("id"))
            rule = it.find("rule")
            refs = [rule.get(a) for a in ("fact", "actual", "target") if rule.get(a)]
            refs += [x.get("fact") for x in rule.findall("deductions")]
            refs += [x.get("fact") for x in it.findall("gates")] + [x.get("fact") for x in it.findall("deductions")]
            for r in refs:
                if r not in fact_set:
                    errors.append(f"item {it.get('id')}: unknown fact {r}")
            used += refs
            kind = rule.get(XSI_TYPE)
            if kind not in ("scheme:RatioRule", "scheme:DeductionRule") and it.get("id") != rule.get("fact"):
                errors.append(f"item {it.get('id')} reads one fact {rule.get('fact')} but has another id")
        for g in ind.findall("capGroups"):
            for p in g.get("items").split():
                m = re.fullmatch(r"//@dimensions\.(\d+)/@indicators\.(\d+)/@items\.(\d+)", p)
                if not m or (int(m.group(1)), int(m.group(2))) != (di, ii) or int(m.group(3)) >= len(items):
                    errors.append(f"cap group in {ind.get('id')}: bad path {p}")

if base != D(root.get("baseMax")) or bonus != D(root.get("bonusMax")):
    errors.append(f"dimensions add up to base {base} + bonus {bonus}, scheme says {root.get('baseMax')} + {root.get('bonusMax')}")
if len(set(item_ids)) != len(item_ids):
    errors.append("duplicate item ids")
first_use = list(dict.fromkeys(used))
if first_use != facts:
    errors.append("Scheme.facts is not in the order the items use the facts")

for e in errors:
    print("ERROR:", e)
if errors:
    sys.exit(1)
print(f"ok: well-formed; {len(dims)} dimensions, {sum(len(d.findall('indicators')) for d in dims)} indicators, "
      f"{len(item_ids)} items, {len(facts)} facts; base {base}, bonus {bonus}")
