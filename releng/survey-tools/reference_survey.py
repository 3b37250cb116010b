#!/usr/bin/env python3
"""Independent reference for the gd-2017 questionnaire (spec/survey-gd-2017.md, spec/formats.md).

Reads a survey CSV and writes, per city, the valid / invalid / duplicate / late counts, the collected
count per category and the 10.1 score, plus every rejected row (line, id, class). Written from the spec
alone: the questionnaire's tables are typed in below from survey-gd-2017.md, not read from the pack, so
that a mistake in the pack's XMI shows up as a disagreement. Standard library only; exact arithmetic
with fractions.Fraction.

    python3 releng/survey-tools/reference_survey.py surveys.csv [more.csv …] [--out result.json]
"""
import argparse
import csv
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from fractions import Fraction

# --- survey-gd-2017.md, "Respondents" -----------------------------------------------------------
CATEGORIES = [("企业人员", 100), ("事业单位人员", 100), ("社会组织人员", 50), ("公务员", 100),
              ("信用管理从业人员", 50), ("人大代表", 10), ("政协委员", 10), ("学生", 50), ("其他", 30)]
QUOTA = dict(CATEGORIES)
ORDER = {code: i for i, (code, _) in enumerate(CATEGORIES)}
CITIES = set("广州市 深圳市 佛山市 顺德区 东莞市 中山市 珠海市 江门市 肇庆市 惠州市 汕头市 潮州市 揭阳市 "
             "汕尾市 湛江市 茂名市 阳江市 韶关市 清远市 云浮市 梅州市 河源市".split())
BEIJING = timezone(timedelta(hours=8))
DEADLINE = datetime(2017, 8, 15, 23, 59, 59, tzinfo=BEIJING)  # 8月15日前, the 15th included
MAX_POINTS = Fraction(10)

# --- survey-gd-2017.md, "Questions and answer values" -------------------------------------------
YES_NO = {"是": Fraction(1), "否": Fraction(0)}
YES_NO_DK = {"是": Fraction(1), "否": Fraction(0), "不知道": Fraction(0)}
Q37 = {"明显改善": Fraction(1), "有所改善": Fraction(2, 3), "没有变化": Fraction(1, 3), "有所恶化": Fraction(0)}
Q39 = {"非常满意": Fraction(1), "比较满意": Fraction(2, 3), "一般": Fraction(1, 3), "不满意": Fraction(0)}
Q18_CHANNELS = ["新闻媒体", "网络平台", "微博微信", "公益巡讲活动", "先进典型创建活动",
                "诚信文化进机关、进企业、进学校、进社区、进农村活动"]
Q18_NONE = "没了解过"
Q36 = ["商务诚信", "政务诚信", "司法公信", "社会诚信"]


def single(q):
    if q in (10, 11) or 21 <= q <= 35 or q == 38:
        return YES_NO_DK
    if q == 37:
        return Q37
    if q == 39:
        return Q39
    return YES_NO


QUESTIONS = list(range(1, 40))
COLUMNS = ["respondent_id", "city", "categories", "submitted_at"] + [f"q{q}" for q in QUESTIONS]

# ISO-8601 date and time; offset Z, ±hh:mm, ±hhmm, ±hh or none (= Beijing). 'T' or a space between.
TIME = re.compile(r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?"
                  r"(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?")


def parse_time(text):
    m = TIME.fullmatch(text)
    if not m:
        return None
    y, mo, d, h, mi, s, frac, z, sign, oh, om = m.groups()
    try:
        if z:
            tz = timezone.utc
        elif sign:
            if int(om or 0) > 59 or int(oh) * 60 + int(om or 0) > 18 * 60:
                return None  # ±18:00 is the widest offset java.time accepts; the project reads the same
            delta = timedelta(hours=int(oh), minutes=int(om or 0))
            tz = timezone(-delta if sign == "-" else delta)
        else:
            tz = BEIJING
        # keep nanoseconds exactly: compare (second-resolution datetime, fraction)
        base = datetime(int(y), int(mo), int(d), int(h), int(mi), int(s or 0), tzinfo=tz)
    except ValueError:
        return None
    return base, Fraction(int(frac), 10 ** len(frac)) if frac else Fraction(0)


def is_late(when):
    base, frac = when
    return base > DEADLINE or (base == DEADLINE and frac > 0)


def answer_value(q, text):
    """(value, None) for a valid answer, (None, reason) otherwise."""
    if text == "":
        return None, f"q{q} missing"
    if q == 18:
        parts = [p.strip() for p in text.split("|")]
        if len(set(parts)) != len(parts):
            return None, "q18 repeated option"
        if any(p not in Q18_CHANNELS and p != Q18_NONE for p in parts):
            return None, "q18 unknown option"
        if Q18_NONE in parts:
            return (Fraction(0), None) if len(parts) == 1 else (None, "q18 没了解过 with a channel")
        return Fraction(1), None
    if q == 36:
        parts = [p.strip() for p in text.split("|")]
        if len(set(parts)) != len(parts):
            return None, "q36 repeated option"
        if any(p not in Q36 for p in parts):
            return None, "q36 unknown option"
        return Fraction(len(parts), 4), None
    values = single(q)
    if text not in values:
        return None, f"q{q} unknown answer"
    return values[text], None


def rows(paths):
    """(file, line, dict) per record; physical line numbers as the file shows them."""
    for path in paths:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f, strict=True)
            header = None
            line = 1
            for record in reader:
                start = line
                line = reader.line_num + 1
                if record == [] or record == [""]:
                    continue
                if header is None:
                    header = [h.strip() for h in record]
                    missing = [c for c in COLUMNS if c not in header]
                    extra = [h for h in header if h not in COLUMNS]
                    if missing or extra or len(set(header)) != len(header):
                        sys.exit(f"{path}: bad header: missing {missing}, extra {extra}")
                    continue
                ok = len(record) == len(header)
                values = {h: (record[i].strip() if i < len(record) else "") for i, h in enumerate(header)}
                yield path, start, values, ok


def analyse(paths):
    seen = set()
    cities = {}
    rejected = []

    def tally(city):
        if city not in cities:
            cities[city] = {"city": city, "responses": 0, "valid": 0, "invalid": 0, "duplicate": 0, "late": 0,
                            "collected": {c: 0 for c, _ in CATEGORIES}, "strata": {}}
        return cities[city]

    for path, line, v, ok in rows(paths):
        rid, city = v["respondent_id"], v["city"]
        t = tally(city)
        t["responses"] += 1

        def reject(kind):
            rejected.append({"file": path, "line": line, "id": rid, "city": city, "kind": kind})

        if rid and rid in seen:
            t["duplicate"] += 1
            reject("duplicate")
            continue
        if rid:
            seen.add(rid)
        when = parse_time(v["submitted_at"]) if v["submitted_at"] else None
        if when is None:
            t["invalid"] += 1
            reject("invalid_timestamp")
            continue
        if is_late(when):
            t["late"] += 1
            reject("late")
            continue
        bad = not ok or not rid or city not in CITIES
        cats = [c.strip() for c in v["categories"].split("|")] if v["categories"] else []
        if not cats or len(set(cats)) != len(cats) or any(c not in QUOTA for c in cats):
            bad = True
        total = Fraction(0)
        for q in QUESTIONS:
            value, why = answer_value(q, v[f"q{q}"])
            if why:
                bad = True
            else:
                total += value
        if bad:
            t["invalid"] += 1
            reject("invalid")
            continue
        t["valid"] += 1
        for c in cats:
            t["collected"][c] += 1
        first = min(cats, key=ORDER.get)  # the first of them in the table's order
        r = total / len(QUESTIONS)
        t["strata"].setdefault(first, []).append(r)

    result = []
    for t in cities.values():
        strata = t.pop("strata")
        score = None
        if t["valid"]:
            present = sum(QUOTA[c] for c in strata)
            index = sum(Fraction(QUOTA[c], present) * (sum(rs) / len(rs)) for c, rs in strata.items())
            exact = MAX_POINTS * index
            score = round_half_up(exact)
        t["score"] = score
        result.append(t)
    return {"cities": result, "rejected": rejected}


def round_half_up(x, places=4):
    """Fraction → decimal string, rounded once HALF_UP from the exact value."""
    scaled = x * 10 ** places
    q, r = divmod(scaled.numerator, scaled.denominator)
    if 2 * r >= scaled.denominator:
        q += 1
    s = str(q).rjust(places + 1, "0")
    return s[:-places] + "." + s[-places:]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("files", nargs="+")
    p.add_argument("--out")
    a = p.parse_args()
    text = json.dumps(analyse(a.files), ensure_ascii=False, indent=1)
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        print(text)


if __name__ == "__main__":
    main()
