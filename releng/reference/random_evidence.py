#!/usr/bin/env python3
"""Random but valid evidence CSV for a rule pack, aimed at the edges of the rules.

Usage:
    random_evidence.py --pack gd-2017 --subjects 20 --seed 7 [--missing-rate 0.05] [--out F]

Every value is valid for the pack (the file must score without errors). Values
are drawn near every threshold (step-down thresholds, each whole step, floors),
band edges, per-unit caps, ratio targets of 0 and over-fulfilled targets, all
boolean spellings, rates with and without `%`, points with decimals, omitted
facts (rate R), omitted optional facts, partial levels with and without their
expert fact. Subjects are named 随机市001, 随机市002, … The same arguments give
the same file.

The file itself varies too (all allowed by spec/formats.md): column order,
a leading BOM, CRLF or LF line ends, quoted notes with commas, quotes and line
breaks, rows of one subject not contiguous.
"""

import argparse
import csv
import io
import math
import os
import random
import sys
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_score as ref  # noqa: E402

BOOL_TRUE = ["true", "yes", "1", "是"]
BOOL_FALSE = ["false", "no", "0", "否"]

DEPARTMENTS = ["市发展改革局", "市信用办", "市编办", "人民银行市中心支行", "市工商局", "市经信局",
               "市财政局", "市人社局", "市司法局", "市中级人民法院", "市统计局", "市政府办公室"]
DOCS = ["工作方案", "年度工作要点", "统计报表", "平台截图", "会议纪要", "考核通报", "情况说明"]
NOTES = ["", "", "", "平台统计 2017-06-01", "见附件, 第3页", "含\"双公示\"数据",
         "第一行\n第二行", "材料齐全", "专家组意见：基本符合, 略有欠缺", "以 2017 年 6 月数据为准"]


def fx(x):
    return ref.fmt(Fraction(x))


class Gen:
    def __init__(self, pack, rng, missing_rate):
        self.pack = pack
        self.rng = rng
        self.missing_rate = missing_rate
        self.role = {}   # fact id -> (item, role)
        for d in pack.dimensions:
            for ind in d.indicators:
                for it in ind.items:
                    for fid, _label, _t, extra in it.facts():
                        self.role[fid] = (it, ind)

    # --- value syntax helpers ----------------------------------------------

    def bool_text(self, v):
        return self.rng.choice(BOOL_TRUE if v else BOOL_FALSE)

    def rate_text(self, x):
        x = Fraction(x)
        s = fx(x)
        r = self.rng.random()
        if r < 0.25:
            return s + "%"
        if r < 0.32 and "." not in s:
            return s + ".0"
        return s

    def points_value(self, mx, profile):
        rng = self.rng
        mx = Fraction(mx)
        if profile == "max":
            return mx
        if profile == "zero":
            return Fraction(0)
        r = rng.random()
        if r < 0.15:
            return Fraction(0)
        if r < 0.3:
            return mx
        if r < 0.45:
            return Fraction(rng.randint(0, int(mx * 1000)), 1000)   # up to 3 decimals
        return Fraction(rng.randint(0, int(mx * 20)), 20)            # steps of 0.05

    # --- one fact ---------------------------------------------------------

    def value(self, fid, profile, values):
        """Text value for fact fid (values: texts chosen so far for this subject)."""
        rng = self.rng
        f = self.pack.facts[fid]
        it, ind = self.role[fid]
        if f.type == "bool":
            if profile == "max":
                v = True
            elif profile == "zero":
                v = False
            else:
                v = rng.random() < 0.6
            return self.bool_text(v)
        if f.type == "points":
            return fx(self.points_value(f.max, profile))
        if f.type == "level":
            codes = list(f.levels)
            if profile == "max":
                # the highest-scoring level: the first code of every table
                return codes[0]
            if profile == "zero":
                return codes[-1]
            return rng.choice(codes)
        if f.type == "money":
            if profile == "max":
                return rng.choice(["500", "1000", "2750.5"])
            if profile == "zero":
                return rng.choice(["0", "9.99"])
            return rng.choice(["0", "0.5", "9.99", "10", "10.01", "19.9", "20", "99.99", "100",
                               "255.5", "489.99", "499.99", "500", "500.01", "1234.56",
                               str(rng.randint(0, 800)), "%d.%02d" % (rng.randint(0, 600), rng.randint(0, 99))])
        if f.type == "rate":
            return self.rate_text(self.rate_value(it, profile))
        if f.type == "count":
            return str(self.count_value(fid, it, profile, values))
        raise AssertionError(f.type)

    def rate_value(self, it, profile):
        rng = self.rng
        if profile == "max":
            return 100
        if profile == "zero":
            return rng.choice([0, Fraction(4999, 100) if isinstance(it, ref.StepDown) else 0])
        cands = [0, 100, Fraction(rng.randint(0, 10000), 100)]
        if isinstance(it, ref.StepDown):
            t, st, fl = it.threshold, it.step, it.floor
            k = 0
            while t - k * st >= fl:
                x = t - k * st
                cands += [x, x - Fraction(1, 100), x + Fraction(1, 2)]
                k += 1
            cands += [fl, fl - Fraction(1, 10), fl - Fraction(1, 100), fl + Fraction(1, 10),
                      t - st / 2, (t + fl) / 2]
        elif isinstance(it, ref.Bands):
            for lo, _p in it.bands:
                cands += [lo, lo - Fraction(1, 100), lo - Fraction(1, 10), lo + Fraction(1, 2)]
        cands = [c for c in cands if 0 <= c <= 100]
        return rng.choice(cands)

    def count_value(self, fid, it, profile, values):
        rng = self.rng
        big = rng.choice([1000, 99999])
        if rng.random() < 0.03:
            big = 12345678901234567890    # beyond 64 bits: still a valid count
        if isinstance(it, ref.PerUnit):
            if it.cap is not None:
                full = math.ceil(it.cap / it.per)
                if profile == "max":
                    return rng.choice([full, full + 1, full * 3])
                if profile == "zero":
                    return 0
                return rng.choice([0, 1, 2, full - 1, full, full + 1, rng.randint(0, 2 * full), big])
            # uncapped per-unit (gd 9.1, js 6.3 events): small counts mostly
            if profile == "max":
                return rng.choice([1, 2, 3])
            if profile == "zero":
                return 0
            r = rng.random()
            if r < 0.75:
                return 0
            if r < 0.9:
                return 1
            if r < 0.97:
                return 2
            return rng.choice([3, 4, 6, big])
        if isinstance(it, ref.Bands):
            if profile == "max":
                return rng.choice([it.bands[0][0], it.bands[0][0] * 2])
            if profile == "zero":
                return 0
            cands = [0, big, rng.randint(0, int(it.bands[0][0]) * 2)]
            for lo, _p in it.bands:
                lo = int(lo)
                cands += [lo, lo - 1, lo + 1]
            return rng.choice(cands)
        if isinstance(it, ref.Ratio):
            if fid == it.planned[0]:
                pre = values.pop(("planned", fid), None)
                if pre is not None:
                    return pre
                if profile in ("max", "zero"):
                    return rng.choice([5, 9, 30, 120])
                return rng.choice([0, 0, 1, 3, 7, 9, 11, 12, 30, 97, 400, rng.randint(1, 50)])
            if fid == it.completed[0]:
                # the target is drawn first so that completed can sit around it
                p = self.count_value(it.planned[0], it, profile, values)
                values[("planned", it.planned[0])] = p
                if profile == "max":
                    return p + rng.choice([0, 0, 3])
                if profile == "zero":
                    return 0
                return rng.choice([0, p, p + 1, p + 10, max(0, p - 1), max(0, p - 2),
                                   rng.randint(0, max(0, p)), p * 3 // 4, p * 2 // 3, 1])
            # deduction count (city_revoked)
            if profile == "max":
                return 0
            return rng.choice([0, 0, 0, 1, 1, 2, 3])
        if isinstance(it, ref.Check):      # province_revoked
            if profile == "max":
                return 0
            return rng.choice([0, 0, 0, 1, 2])
        if isinstance(it, ref.Deduction):
            if profile == "max":
                return 0
            if profile == "zero":
                return rng.choice([25, 3, 6])
            if len(it.counts) == 1:       # gd 8.2: 2 − 0.1 n
                return rng.choice([0, 0, 1, 2, 5, 9, 10, 19, 20, 21, 35])
            if fid == it.counts[0][0]:    # js 7.1 leader absences, 5 each
                return rng.choice([0, 0, 0, 1, 1, 2, 3])
            return rng.choice([0, 0, 1, 2, 3, 4, 5, 6])
        raise AssertionError(fid)

    # --- one subject -------------------------------------------------------

    def subject_rows(self, name, profile, missing_rate):
        rng = self.rng
        rows = []
        values = {}
        for fid in self.pack.fact_order:
            f = self.pack.facts[fid]
            if f.branch:
                lvl, code = f.branch
                if values.get(lvl) == code:
                    keep = rng.random() < 0.75
                else:
                    keep = rng.random() < 0.2       # given but not needed: ignored
                if profile == "max":
                    keep = values.get(lvl) == code
                if not keep:
                    continue
            elif f.optional:
                if profile != "max" and rng.random() < 0.5:
                    continue
            elif rng.random() < missing_rate:
                continue
            v = self.value(fid, profile, values)
            values[fid] = v
            rows.append([name, fid, v, self.source(), self.note(f)])
        if not rows:   # a subject exists only through its rows
            fid = self.pack.fact_order[0]
            rows.append([name, fid, self.value(fid, profile, values), self.source(), self.note(self.pack.facts[fid])])
        if rng.random() < 0.3:
            rng.shuffle(rows)
        return rows

    def source(self):
        rng = self.rng
        if rng.random() < 0.3:
            return ""
        return "%s %d-%02d %s" % (rng.choice(DEPARTMENTS), rng.choice([2015, 2016, 2017]),
                                  rng.randint(1, 12), rng.choice(DOCS))

    def note(self, f):
        rng = self.rng
        if f.type == "points":
            return rng.choice(["专家组意见：工作扎实, 成效明显", "专家组意见：有一定基础，但\"亮点\"不足",
                               "专家组意见：\n材料较全；\n部分未落实", "酌情计分"])
        return rng.choice(NOTES)


def generate(pack_id, subjects, seed, missing_rate=0.05):
    """Return the CSV text (str, may start with a BOM)."""
    pack = ref.load_pack(pack_id)
    rng = random.Random("%s/%d/%d/%s" % (pack_id, subjects, seed, missing_rate))
    g = Gen(pack, rng, missing_rate)
    blocks = []
    for i in range(1, subjects + 1):
        r = rng.random()
        if r < 0.08:
            profile, mr = "max", 0.0
        elif r < 0.14:
            profile, mr = "zero", missing_rate
        elif r < 0.22:
            profile, mr = "edge", min(1.0, max(0.6, missing_rate))   # sparse subject
        else:
            profile, mr = "edge", missing_rate
        blocks.append(g.subject_rows("随机市%03d" % i, profile, mr))
    rows = [row for b in blocks for row in b]
    # a few rows moved a little: subjects' rows need not be contiguous
    for _ in range(len(rows) // 50):
        a = rng.randrange(len(rows))
        b = min(len(rows) - 1, a + rng.randint(1, 8))
        rows[a], rows[b] = rows[b], rows[a]
    columns = list(ref.COLUMNS)
    if rng.random() < 0.5:
        rng.shuffle(columns)
    perm = [ref.COLUMNS.index(c) for c in columns]
    out = io.StringIO()
    w = csv.writer(out, lineterminator=rng.choice(["\r\n", "\n"]))
    w.writerow(columns)
    for row in rows:
        w.writerow([row[k] for k in perm])
    text = out.getvalue()
    if rng.random() < 0.3:
        text = "\ufeff" + text
    return text


def main(argv=None):
    ap = argparse.ArgumentParser(description="Random valid evidence CSV for a rule pack.")
    ap.add_argument("--pack", required=True, choices=sorted(ref.PACKS))
    ap.add_argument("--subjects", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--missing-rate", type=float, default=0.05,
                    help="probability that a required fact is omitted (default 0.05)")
    ap.add_argument("--out", help="write here instead of stdout")
    args = ap.parse_args(argv)
    if args.subjects < 1:
        ap.error("--subjects must be ≥ 1")
    if not 0 <= args.missing_rate <= 1:
        ap.error("--missing-rate must be in 0…1")
    data = generate(args.pack, args.subjects, args.seed, args.missing_rate).encode("utf-8")
    if args.out:
        with open(args.out, "wb") as fh:
            fh.write(data)
    else:
        sys.stdout.buffer.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
