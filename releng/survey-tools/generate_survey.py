#!/usr/bin/env python3
"""Seeded synthetic survey CSV for the gd-2017 questionnaire (spec/formats.md, survey-gd-2017.md).

Cities, a category mix around the quota plan (some cities short in some categories, ~12% of
respondents in two categories), per-city and per-respondent answer tendencies, and a share of bad,
duplicate and late rows, including the deadline edges (15th 23:59:59 +08:00 valid, 16th 00:00 late,
no offset = Beijing, Z). The same seed always gives the same file.

    python3 releng/survey-tools/generate_survey.py --cities 茂名市,湛江市,阳江市 --per-city 600 \\
        --seed 1 --bad 0.04 --duplicates 0.02 --late 0.02 --out surveys.csv
    python3 releng/survey-tools/generate_survey.py --responses 1000000 --seed 7 --out big.csv

SYNTHETIC DATA: no real respondent is behind any row.
"""
import argparse
import csv
import random
import sys

CATEGORIES = [("企业人员", 100), ("事业单位人员", 100), ("社会组织人员", 50), ("公务员", 100),
              ("信用管理从业人员", 50), ("人大代表", 10), ("政协委员", 10), ("学生", 50), ("其他", 30)]
CITIES = ("广州市 深圳市 佛山市 顺德区 东莞市 中山市 珠海市 江门市 肇庆市 惠州市 汕头市 潮州市 揭阳市 "
          "汕尾市 湛江市 茂名市 阳江市 韶关市 清远市 云浮市 梅州市 河源市").split()
YES_NO_DK = {10, 11, 38} | set(range(21, 36))
CHANNELS = ["新闻媒体", "网络平台", "微博微信", "公益巡讲活动", "先进典型创建活动",
            "诚信文化进机关、进企业、进学校、进社区、进农村活动"]
FIELDS = ["商务诚信", "政务诚信", "司法公信", "社会诚信"]
CHANGE = ["明显改善", "有所改善", "没有变化", "有所恶化"]
SATISFACTION = ["非常满意", "比较满意", "一般", "不满意"]
HEADER = ["respondent_id", "city", "categories", "submitted_at"] + [f"q{i}" for i in range(1, 40)]

VALID_EDGES = ["2017-08-15T23:59:59+08:00", "2017-08-15T23:59:59", "2017-08-15 23:59:59",
               "2017-08-15T15:59:59Z", "2017-08-15T23:59:59+09:00", "2017-08-16T00:30:00+09:00"]
LATE_TIMES = ["2017-08-16T00:00:00+08:00", "2017-08-16T00:00:00", "2017-08-15T16:00:00Z",
              "2017-08-15T23:59:59.5+08:00", "2017-08-15T23:59:59+07:00", "2017-08-20T09:30:00+08:00",
              "2017-09-01 10:00:00"]
BAD_TIMES = ["", "2017-08-01", "2017/08/01 10:00", "昨天", "2017-02-30T10:00:00+08:00", "2017-08-01T25:00:00",
             "2017-08-01T10:00:00+8"]


class Generator:
    def __init__(self, seed, cities):
        self.rng = random.Random(seed)
        self.cities = cities
        rng = self.rng
        # per city: satisfaction tendency and a category mix (some categories under quota)
        self.tendency = {c: rng.uniform(0.45, 0.9) for c in cities}
        self.mix = {}
        for c in cities:
            weights = [q * rng.choice([1, 1, 1, 0.6, 0.3, 1.3]) for _, q in CATEGORIES]
            self.mix[c] = weights
        self.ids = []
        self.serial = 0

    def time(self):
        rng = self.rng
        if rng.random() < 0.01:
            return rng.choice(VALID_EDGES)
        day = rng.randint(20, 46)  # 2017-07-20 … 2017-08-15
        month, d = (7, day) if day <= 31 else (8, day - 31)
        h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        form = rng.random()
        if form < 0.8:
            return f"2017-{month:02d}-{d:02d}T{h:02d}:{m:02d}:{s:02d}+08:00"
        if form < 0.9:
            return f"2017-{month:02d}-{d:02d} {h:02d}:{m:02d}:{s:02d}"
        # the same instant in UTC
        h2, d2, mo2 = h - 8, d, month
        if h2 < 0:
            h2 += 24
            d2 -= 1
            if d2 == 0:
                mo2, d2 = 7, 31
        return f"2017-{mo2:02d}-{d2:02d}T{h2:02d}:{m:02d}:{s:02d}Z"

    def categories(self, city):
        rng = self.rng
        names = [c for c, _ in CATEGORIES]
        first = rng.choices(names, weights=self.mix[city])[0]
        if rng.random() < 0.12:
            other = rng.choice([n for n in names if n != first])
            pair = [first, other]
            rng.shuffle(pair)  # written order is free; weighting uses the table's order
            return "|".join(pair)
        return first

    def answers(self, p):
        rng = self.rng
        a = []
        for q in range(1, 40):
            if q == 18:
                if rng.random() > p:
                    a.append("没了解过")
                else:
                    a.append("|".join(rng.sample(CHANNELS, rng.randint(1, 3))))
            elif q == 36:
                k = max(1, min(4, round(rng.gauss(p * 4, 1))))
                a.append("|".join(rng.sample(FIELDS, k)))
            elif q == 37:
                a.append(CHANGE[min(3, max(0, int(rng.gauss((1 - p) * 3, 0.8))))])
            elif q == 39:
                a.append(SATISFACTION[min(3, max(0, int(rng.gauss((1 - p) * 3, 0.8))))])
            elif q in YES_NO_DK:
                r = rng.random()
                a.append("是" if r < p else "不知道" if r < p + (1 - p) / 2 else "否")
            else:
                a.append("是" if rng.random() < p else "否")
        return a

    def row(self, city):
        rng = self.rng
        self.serial += 1
        rid = f"R{self.serial:07d}"
        self.ids.append(rid)
        p = min(0.98, max(0.05, rng.gauss(self.tendency[city], 0.15)))
        return [rid, city, self.categories(city), self.time()] + self.answers(p)

    def spoil(self, row):
        """One of the ways a row can be invalid (survey-gd-2017.md)."""
        rng = self.rng
        kind = rng.randrange(14)
        q = rng.randint(1, 39)
        if kind == 0:
            row[3 + q] = ""                                   # missing answer
        elif kind == 1:
            row[3 + q] = rng.choice(["可能", "是的", "A"])     # unknown answer
        elif kind == 2:
            row[1] = rng.choice(["北京市", "", "茂名"])          # unknown / missing city
        elif kind == 3:
            row[2] = rng.choice(["农民", "企业人员|个体户"])       # unknown category
        elif kind == 4:
            row[2] = ""                                       # no category
        elif kind == 5:
            row[2] = "学生|学生"                               # repeated category
        elif kind == 6:
            row[3 + 18] = "没了解过|" + rng.choice(CHANNELS)   # exclusive with a channel
        elif kind == 7:
            row[3 + 36] = "商务诚信|商务诚信"                   # repeated option
        elif kind == 8:
            row[3 + 36] = ""                                  # nothing ticked
        elif kind == 9:
            row[3] = rng.choice(BAD_TIMES)                    # invalid timestamp
        elif kind == 10:
            row[3 + 1] = "不知道"                              # not an option of q1
        elif kind == 11:
            row[0] = ""                                       # no respondent id
        elif kind == 12:
            row[3] = rng.choice(BAD_TIMES)                    # bad timestamp and a bad answer: timestamp wins
            row[3 + q] = "?"
        else:
            del row[-1]                                       # a field short
        return row

    def write(self, out, cities_rows, bad, dup, late):
        rng = self.rng
        w = csv.writer(out, lineterminator="\n")
        w.writerow(HEADER)
        for city in cities_rows:
            r = rng.random()
            if r < dup and self.ids:
                row = self.row(city)
                self.ids.pop()
                self.serial -= 1
                row[0] = rng.choice(self.ids[-1000:]) if rng.random() < 0.7 else rng.choice(self.ids)
                if rng.random() < 0.3:
                    row[3] = rng.choice(LATE_TIMES)           # a duplicate that is also late: duplicate wins
            elif r < dup + late:
                row = self.row(city)
                row[3] = rng.choice(LATE_TIMES)
                if rng.random() < 0.2:
                    row[3 + 5] = "?"                          # late and invalid: late wins
            elif r < dup + late + bad:
                row = self.spoil(self.row(city))
            else:
                row = self.row(city)
            w.writerow(row)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cities", default="茂名市,湛江市,阳江市", help="comma-separated, or 'all'")
    p.add_argument("--per-city", type=int, default=550)
    p.add_argument("--responses", type=int, help="total responses spread over all 22 cities (overrides the two above)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--bad", type=float, default=0.04)
    p.add_argument("--duplicates", type=float, default=0.02)
    p.add_argument("--late", type=float, default=0.02)
    p.add_argument("--out")
    a = p.parse_args()
    cities = CITIES if a.cities == "all" or a.responses else a.cities.split(",")
    g = Generator(a.seed, cities)
    if a.responses:
        order = (cities[g.rng.randrange(len(cities))] for _ in range(a.responses))
    else:
        order = [c for c in cities for _ in range(a.per_city)]
        g.rng.shuffle(order)
    out = open(a.out, "w", encoding="utf-8", newline="") if a.out else sys.stdout
    try:
        g.write(out, order, a.bad, a.duplicates, a.late)
    finally:
        if a.out:
            out.close()


if __name__ == "__main__":
    main()
