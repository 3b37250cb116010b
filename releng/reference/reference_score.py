#!/usr/bin/env python3
"""Reference scorer for the credit-eval rule packs gd-2017 and js-2012.

Reads an evidence CSV (spec/formats.md) and writes the JSON score result
(spec/formats.md, score-result.schema.json). The rules are written straight from
spec/gd-2017.md, spec/js-2012.md and spec/domain.md, with exact rational
arithmetic; only ratio items are rounded (HALF_UP, 4 decimal places).

Usage:
    reference_score.py --pack gd-2017 --evidence evidence.csv [--out result.json]
    reference_score.py --pack js-2012 evidence.csv

Exit codes: 0 success, 2 bad input (messages on stderr, nothing written),
1 internal error. Surveys are not read: gd-2017 10.1 always comes from the
fact `10.1.survey_score`.
"""

import argparse
import csv
import io
import json
import math
import os
import re
import sys
import tempfile
from fractions import Fraction

F = Fraction
ZERO = Fraction(0)

# ---------------------------------------------------------------------------
# numbers


def dec(text):
    """Fraction from a decimal literal (exact)."""
    return Fraction(text)


def round_half_up_4(x):
    """Round a non-negative Fraction HALF_UP to 4 decimal places."""
    scaled = x * 10000
    if scaled >= 0:
        q = math.floor(scaled + F(1, 2))
    else:
        q = -math.floor(-scaled + F(1, 2))
    return F(q, 10000)


def fmt(x):
    """Exact decimal text of a Fraction whose denominator is 2^a 5^b."""
    x = F(x)
    if x.denominator == 1:
        return str(x.numerator)
    d = x.denominator
    a = b = 0
    while d % 2 == 0:
        d //= 2
        a += 1
    while d % 5 == 0:
        d //= 5
        b += 1
    if d != 1:
        raise ValueError("non-terminating decimal %r" % x)
    k = max(a, b)
    n = x.numerator * (10 ** k) // x.denominator
    sign = "-" if n < 0 else ""
    n = abs(n)
    s = str(n).rjust(k + 1, "0")
    intpart, frac = s[:-k], s[-k:]
    frac = frac.rstrip("0")
    return sign + intpart + ("." + frac if frac else "")


# ---------------------------------------------------------------------------
# facts and values


class InputError(Exception):
    pass


BOOL_TRUE = {"true", "yes", "1", "是"}
BOOL_FALSE = {"false", "no", "0", "否"}
DECIMAL_RE = re.compile(r"^[0-9]+(\.[0-9]+)?$")
INT_RE = re.compile(r"^[0-9]+$")


class Fact:
    def __init__(self, fid, label, ftype, maximum=None, levels=None,
                 optional=False, default=None, branch=None):
        self.id = fid
        self.label = label
        self.type = ftype          # bool count rate points level money
        self.max = maximum         # points: the upper bound
        self.levels = levels       # level: tuple of codes
        self.optional = optional   # optional facts are never listed missing
        self.default = default     # value used when an optional fact is absent
        self.branch = branch       # (level fact id, level code): needed only then

    def parse(self, raw):
        v = raw.strip()
        t = self.type
        if t == "bool":
            low = v.lower()
            if low in BOOL_TRUE:
                return True
            if low in BOOL_FALSE:
                return False
            raise InputError("not a boolean (true/false, yes/no, 1/0, 是/否)")
        if t == "count":
            if not INT_RE.match(v):
                raise InputError("not a non-negative integer count")
            return int(v)
        if t == "rate":
            if v.endswith("%"):
                v = v[:-1].strip()
            if not DECIMAL_RE.match(v):
                raise InputError("not a rate (a percentage 0…100, '95' or '95%')")
            x = dec(v)
            if x > 100:
                raise InputError("rate out of range 0…100")
            return x
        if t == "points":
            if not DECIMAL_RE.match(v):
                raise InputError("not a points value (0…%s)" % fmt(self.max))
            x = dec(v)
            if x > self.max:
                raise InputError("points out of range 0…%s" % fmt(self.max))
            return x
        if t == "money":
            if not DECIMAL_RE.match(v):
                raise InputError("not an amount of money (万元, ≥ 0)")
            return dec(v)
        if t == "level":
            if v not in self.levels:
                raise InputError("unknown level code (allowed: %s)" % ", ".join(self.levels))
            return v
        raise AssertionError(t)

    def show(self, value):
        if self.type == "bool":
            return "是" if value else "否"
        if isinstance(value, Fraction):
            return fmt(value)
        return str(value)


# ---------------------------------------------------------------------------
# items (the rule kinds of domain.md)


class Ctx:
    """Values of one subject plus its warnings."""

    def __init__(self, pack, values):
        self.pack = pack
        self.values = values
        self.warnings = []

    def has(self, fid):
        return fid in self.values

    def get(self, fid):
        if fid in self.values:
            return self.values[fid]
        return self.pack.facts[fid].default

    def label(self, fid):
        return self.pack.facts[fid].label

    def show(self, fid):
        if fid not in self.values:
            return "缺失"
        return self.pack.facts[fid].show(self.values[fid])


class Item:
    id = None
    rule_max = None

    def facts(self):
        """(fact id, label, type, extra) declared by this item, in table order."""
        raise NotImplementedError

    def required(self):
        return [f[0] for f in self.facts() if not f[3].get("optional") and not f[3].get("branch")]

    def missing_expl(self, ctx):
        miss = [f for f in self.required() if not ctx.has(f)]
        if miss:
            return "缺少 " + "、".join(miss) + " → 0"
        return None


class Check(Item):
    def __init__(self, fid, label, points, zero_if=None):
        self.id = fid
        self.fid = fid
        self.label = label
        self.points = dec(points)
        self.rule_max = self.points
        self.zero_if = zero_if   # (fact id, label): optional count; > 0 → item 0

    def facts(self):
        out = [(self.fid, self.label, "bool", {})]
        if self.zero_if:
            out.append((self.zero_if[0], self.zero_if[1], "count",
                        {"optional": True, "default": 0}))
        return out

    def score(self, ctx):
        m = self.missing_expl(ctx)
        if m:
            return ZERO, "%s %s" % (self.label, m)
        v = ctx.get(self.fid)
        s = self.points if v else ZERO
        expl = "%s = %s → %s" % (self.label, ctx.show(self.fid), fmt(s))
        if self.zero_if and v:
            n = ctx.get(self.zero_if[0])
            if n > 0:
                s = ZERO
                expl = "%s = 是，但 %s = %d > 0 → 0" % (self.label, self.zero_if[1], n)
        return s, expl


class PerUnit(Item):
    def __init__(self, fid, label, per, cap=None):
        self.id = fid
        self.fid = fid
        self.label = label
        self.per = dec(per)
        self.cap = dec(cap) if cap is not None else None
        self.rule_max = self.cap

    def facts(self):
        return [(self.fid, self.label, "count", {})]

    def score(self, ctx):
        m = self.missing_expl(ctx)
        if m:
            return ZERO, "%s %s" % (self.label, m)
        n = ctx.get(self.fid)
        raw = self.per * n
        s = raw if self.cap is None else min(raw, self.cap)
        expl = "%s = %d × %s = %s" % (self.label, n, fmt(self.per), fmt(raw))
        if s != raw:
            expl += "，封顶 %s" % fmt(self.cap)
        return s, expl


class MoneySteps(Item):
    """1 point per whole `unit` of money, capped."""

    def __init__(self, fid, label, unit, cap):
        self.id = fid
        self.fid = fid
        self.label = label
        self.unit = dec(unit)
        self.cap = dec(cap)
        self.rule_max = self.cap

    def facts(self):
        return [(self.fid, self.label, "money", {})]

    def score(self, ctx):
        m = self.missing_expl(ctx)
        if m:
            return ZERO, "%s %s" % (self.label, m)
        v = ctx.get(self.fid)
        raw = F(math.floor(v / self.unit))
        s = min(raw, self.cap)
        expl = "%s = %s 万元 → floor(%s / %s) = %s" % (self.label, fmt(v), fmt(v), fmt(self.unit), fmt(raw))
        if s != raw:
            expl += "，封顶 %s" % fmt(self.cap)
        return s, expl


class Ratio(Item):
    """points × min(1, completed / planned), rounded HALF_UP to 4 places;
    planned = 0 → 0 with a warning; optional deduction per revoked unit."""

    def __init__(self, iid, completed, planned, points, deduct=None):
        self.id = iid
        self.completed = completed   # (fact id, label)
        self.planned = planned
        self.points = dec(points)
        self.rule_max = self.points
        self.deduct = deduct         # (fact id, label, points each), optional count

    def facts(self):
        out = [(self.completed[0], self.completed[1], "count", {}),
               (self.planned[0], self.planned[1], "count", {})]
        if self.deduct:
            out.append((self.deduct[0], self.deduct[1], "count", {"optional": True, "default": 0}))
        return out

    def score(self, ctx):
        if ctx.has(self.planned[0]) and ctx.get(self.planned[0]) == 0:
            ctx.warnings.append("%s：%s = 0（比例目标为 0），该项计 0 分"
                                % (self.id, self.planned[0]))
        m = self.missing_expl(ctx)
        if m:
            return ZERO, m
        c = ctx.get(self.completed[0])
        p = ctx.get(self.planned[0])
        if p == 0:
            return ZERO, "%s = 0，比例目标为 0 → 0" % self.planned[1]
        base = round_half_up_4(self.points * min(F(1), F(c, p)))
        expl = "%s / %s = %d / %d，× %s → %s" % (self.completed[1], self.planned[1], c, p,
                                                fmt(self.points), fmt(base))
        s = base
        if self.deduct:
            n = ctx.get(self.deduct[0])
            if n:
                s = max(ZERO, base - dec(self.deduct[2]) * n)
                expl += "；%s = %d，每家减 %s → %s" % (self.deduct[1], n, self.deduct[2], fmt(s))
        return s, expl


class Bands(Item):
    def __init__(self, fid, label, ftype, bands):
        self.id = fid
        self.fid = fid
        self.label = label
        self.ftype = ftype
        self.bands = [(dec(lo), dec(p)) for lo, p in bands]   # descending lower bounds
        self.rule_max = max(p for _, p in self.bands)

    def facts(self):
        return [(self.fid, self.label, self.ftype, {})]

    def score(self, ctx):
        m = self.missing_expl(ctx)
        if m:
            return ZERO, "%s %s" % (self.label, m)
        v = ctx.get(self.fid)
        for lo, p in self.bands:
            if v >= lo:
                return p, "%s = %s ≥ %s → %s" % (self.label, ctx.show(self.fid), fmt(lo), fmt(p))
        return ZERO, "%s = %s < %s → 0" % (self.label, ctx.show(self.fid), fmt(self.bands[-1][0]))


class Level(Item):
    def __init__(self, fid, label, levels, expert=None):
        """levels: list of (code, points or None); None means: the value of
        the expert points fact `expert` = (fact id, label, max)."""
        self.id = fid
        self.fid = fid
        self.label = label
        self.levels = [(c, dec(p) if p is not None else None) for c, p in levels]
        self.expert = expert
        pts = [p for _, p in self.levels if p is not None]
        if expert:
            pts.append(dec(expert[2]))
        self.rule_max = max(pts)

    def codes(self):
        return tuple(c for c, _ in self.levels)

    def facts(self):
        out = [(self.fid, self.label, "level", {"levels": self.codes()})]
        if self.expert:
            branch = [c for c, p in self.levels if p is None][0]
            out.append((self.expert[0], self.expert[1], "points",
                        {"max": self.expert[2], "branch": (self.fid, branch)}))
        return out

    def score(self, ctx):
        m = self.missing_expl(ctx)
        if m:
            return ZERO, "%s %s" % (self.label, m)
        v = ctx.get(self.fid)
        p = dict(self.levels)[v]
        if p is None:
            if not ctx.has(self.expert[0]):
                return ZERO, "%s = %s，缺少专家评分 %s → 0" % (self.label, v, self.expert[0])
            e = ctx.get(self.expert[0])
            return e, "%s = %s，专家酌情给分 %s → %s" % (self.label, v, fmt(e), fmt(e))
        return p, "%s = %s → %s" % (self.label, v, fmt(p))


class StepDown(Item):
    def __init__(self, fid, label, full, threshold, step, decrement, floor, gate=None):
        self.id = fid
        self.fid = fid
        self.label = label
        self.full = dec(full)
        self.threshold = dec(threshold)
        self.step = dec(step)
        self.decrement = dec(decrement)
        self.floor = dec(floor)
        self.gate = gate          # (fact id, label): bool; false → 0
        self.rule_max = self.full

    def facts(self):
        out = []
        if self.gate:
            out.append((self.gate[0], self.gate[1], "bool", {}))
        out.append((self.fid, self.label, "rate", {}))
        return out

    def score(self, ctx):
        m = self.missing_expl(ctx)
        if m:
            return ZERO, "%s %s" % (self.label, m)
        if self.gate and not ctx.get(self.gate[0]):
            return ZERO, "%s = 否 → %s 计 0" % (self.gate[1], self.label)
        v = ctx.get(self.fid)
        if v < self.floor:
            return ZERO, "%s = %s%% < %s%% → 0" % (self.label, fmt(v), fmt(self.floor))
        if v >= self.threshold:
            return self.full, "%s = %s%% ≥ %s%% → %s" % (self.label, fmt(v), fmt(self.threshold), fmt(self.full))
        steps = math.floor((self.threshold - v) / self.step)
        s = max(ZERO, self.full - steps * self.decrement)
        return s, "%s = %s%%，低于 %s%% 整 %d 档，每档减 %s → %s" % (
            self.label, fmt(v), fmt(self.threshold), steps, fmt(self.decrement), fmt(s))


class Deduction(Item):
    """full − Σ each_i × count_i, not below 0; every count required."""

    def __init__(self, iid, full, counts):
        self.id = iid
        self.full = dec(full)
        self.counts = [(fid, label, dec(each)) for fid, label, each in counts]
        self.rule_max = self.full

    def facts(self):
        return [(fid, label, "count", {}) for fid, label, _ in self.counts]

    def score(self, ctx):
        m = self.missing_expl(ctx)
        if m:
            return ZERO, m
        s = self.full
        parts = []
        for fid, label, each in self.counts:
            n = ctx.get(fid)
            s -= each * n
            parts.append("%s %d × %s" % (label, n, fmt(each)))
        s = max(ZERO, s)
        return s, "%s − %s → %s（扣完为止）" % (fmt(self.full), " − ".join(parts), fmt(s))


class Points(Item):
    """discretionary / external / survey: the fact's value, 0…max."""

    def __init__(self, fid, label, maximum, kind="discretionary"):
        self.id = fid
        self.fid = fid
        self.label = label
        self.max = dec(maximum)
        self.kind = kind
        self.rule_max = self.max

    def facts(self):
        return [(self.fid, self.label, "points", {"max": self.max})]

    def score(self, ctx):
        m = self.missing_expl(ctx)
        if m:
            return ZERO, "%s %s" % (self.label, m)
        v = ctx.get(self.fid)
        word = {"discretionary": "酌情计分", "external": "外部考评结果", "survey": "满意度调查得分"}[self.kind]
        return v, "%s（%s）= %s" % (self.label, word, fmt(v))


# ---------------------------------------------------------------------------
# structure


class Indicator:
    def __init__(self, iid, name, maximum, items, groups=()):
        self.id = iid
        self.name = name
        self.max = dec(maximum)
        self.items = items
        self.groups = [(tuple(ids), dec(cap)) for ids, cap in groups]


class Dimension:
    def __init__(self, did, name, indicators, bonus=False):
        self.id = did
        self.name = name
        self.indicators = indicators
        self.bonus = bonus
        self.max = sum((i.max for i in indicators), ZERO)


class Pack:
    def __init__(self, pid, version, dimensions, base_max, bonus_max):
        self.id = pid
        self.version = version
        self.dimensions = dimensions
        self.base_max = dec(base_max)
        self.bonus_max = dec(bonus_max)
        self.facts = {}
        self.fact_order = []
        for d in dimensions:
            for ind in d.indicators:
                for it in ind.items:
                    for fid, label, ftype, extra in it.facts():
                        if fid in self.facts:
                            raise AssertionError("fact declared twice: " + fid)
                        f = Fact(fid, label, ftype, maximum=extra.get("max") and dec(extra["max"]),
                                 levels=extra.get("levels"), optional=extra.get("optional", False),
                                 default=extra.get("default"), branch=extra.get("branch"))
                        self.facts[fid] = f
                        self.fact_order.append(fid)
        assert sum((d.max for d in dimensions if not d.bonus), ZERO) == self.base_max
        assert sum((d.max for d in dimensions if d.bonus), ZERO) == self.bonus_max

    def item_max(self, ind, it):
        cands = [ind.max]
        if it.rule_max is not None:
            cands.append(it.rule_max)
        for ids, cap in ind.groups:
            if it.id in ids:
                cands.append(cap)
        return min(cands)


# ---------------------------------------------------------------------------
# gd-2017


def _gd_matrix(dim_ind, sectors):
    measures = [("commitment", "建立并实施信用承诺制度且公开"),
                ("records", "建立个人、法人和其他组织信用记录"),
                ("lists", "建立红黑名单及管理制度"),
                ("tiered", "建立并实施信用分级分类监管制度")]
    items = []
    for s, sl in sectors:
        for m, ml in measures:
            items.append(Check("%s.%s.%s" % (dim_ind, s, m), "%s领域%s" % (sl, ml), "0.2"))
    return items


def build_gd_2017():
    commerce = [("production", "生产"), ("circulation", "流通"), ("finance", "金融"),
                ("taxation", "税务"), ("pricing", "价格"), ("construction", "工程建设"),
                ("transport", "交通运输"), ("ecommerce", "电子商务"),
                ("intermediary", "中介服务业"), ("exhibition_ads", "会展广告")]
    social = [("health", "医药卫生和计划生育"), ("social_security", "社会保障"),
              ("labour", "劳动用工"), ("education", "教育科研"),
              ("culture_sports_tourism", "文化体育旅游"), ("ip", "知识产权"),
              ("environment_energy", "环境保护和能源节约"), ("social_orgs", "社会组织"),
              ("key_professions", "重点职业人群"), ("internet", "互联网应用及服务")]
    dims = [
        Dimension("1", "工作保障与推进措施", [
            Indicator("1.1", "工作保障条件", 2, [
                Check("1.1.institution", "机构到位", "0.5"),
                Check("1.1.duties", "职责到位", "0.5"),
                Check("1.1.staff", "人员到位", "0.5"),
                Check("1.1.funding", "资金保障到位", "0.5")]),
            Indicator("1.2", "工作推进措施", 3, [
                Check("1.2.leadership", "有领导机制", 1),
                Check("1.2.task_division", "有任务分工", 1),
                Check("1.2.supervision", "有督查考核", 1)])]),
        Dimension("2", "规划分解与落实", [
            Indicator("2.1", "年度工作计划制定情况", 3, [
                Check("2.1.plan_2015", "2015年度工作计划", 1),
                Check("2.1.plan_2016", "2016年度工作计划", 1),
                Check("2.1.plan_2017", "2017年度工作计划", 1)]),
            Indicator("2.2", "年度工作计划落实情况", 2, [
                Level("2.2.y2015", "2015年度计划落实", [("full", 1), ("partial", None), ("none", 0)],
                      expert=("2.2.y2015_expert", "2015年度计划部分完成酌情给分", 1)),
                Level("2.2.y2016", "2016年度计划落实", [("full", 1), ("partial", None), ("none", 0)],
                      expert=("2.2.y2016_expert", "2016年度计划部分完成酌情给分", 1))])]),
        Dimension("3", "信用标准与法规制度建设", [
            Indicator("3.1", "统一社会信用代码", 3, [
                Check("3.1.new_entities", "新增主体全面实施", 1),
                StepDown("3.1.code_conversion_rate", "存量代码转换率", 1, 100, 10, "0.1", 50,
                         gate=("3.1.mapping_library", "新旧代码映射库并全量上报")),
                StepDown("3.1.license_renewal_rate", "存量证照换发率", 1, 100, 10, "0.1", 50)]),
            Indicator("3.2", "信用法规制度建设", 2, [
                Check("3.2.info_rules", "公共信用信息管理制度", 2),
                Check("3.2.market_policy", "信用服务市场政策文件", 2)])]),
        Dimension("4", "公共信用信息共享", [
            Indicator("4.1", "公共信用信息共享", 10, [
                Check("4.1.platform_reporting", "建成平台并向省级全量上报", 2),
                PerUnit("4.1.contributing_units", "常态化提供信息的部门和单位数", "0.04", 2),
                StepDown("4.1.person_coverage", "18岁以上户籍人口归集覆盖率", 2, 95, 1, "0.1", 90),
                StepDown("4.1.org_coverage", "法人和其他组织归集覆盖率", 2, 99, 1, "0.1", 90),
                Check("4.1.records_by_subject", "清洗整理并记于每个主体名下", 2)]),
            Indicator("4.2", "信用网站", 3, [
                Points("4.2.portal", "独立域名信用门户网站及信用服务", 1),
                Points("4.2.double_publicity", "双公示全量公示并上报信用广东", 1),
                Check("4.2.one_stop_query", "一站式查询", 1)])]),
        Dimension("5", "信用信息与信用产品应用", [
            Indicator("5.1", "行政领域信用信息查询应用", 4, [
                Check("5.1.dept_query_service", "为各部门开通查询服务", 1),
                Check("5.1.public_query_hall", "查询大厅或窗口", 1),
                PerUnit("5.1.applying_units", "行政管理中查询应用的部门或单位数", "0.05", 2)]),
            Indicator("5.2", "公共服务领域信用信息查询应用", 3, [
                Points("5.2.expert", "公共服务领域信用信息查询应用", 3)]),
            Indicator("5.3", "金融领域信用信息查询应用", 6, [
                Points("5.3.sme_rural_finance", "中小企业和农村信用体系/信用贷款", 4),
                Points("5.3.fund_registration", "政府出资产业投资基金信用信息登记", 2)]),
            Indicator("5.4", "信用服务市场培育发展", 3, [
                Points("5.4.expert", "信用服务市场培育发展", 3)])]),
        Dimension("6", "开展信用联合奖惩", [
            Indicator("6.1", "联合奖惩实施与反馈", 6, [
                PerUnit("6.1.domains", "建立联合奖惩制度且有案例和反馈的领域数", "0.2", 4),
                Check("6.1.cross_region", "红黑名单跨区域共享与联合奖惩", 1),
                Check("6.1.market_orgs", "联合市场机构和社会组织", 1)])]),
        Dimension("7", "诚信文化宣传与教育培训", [
            Indicator("7.1", "诚信文化宣传", 4, [
                Points("7.1.expert", "诚信文化宣传", 4)]),
            Indicator("7.2", "诚信教育培训", 4, [
                Check("7.2.reader", "诚信教育读本", 1),
                Check("7.2.course", "诚信教育课程", 1),
                Check("7.2.activities", "诚信教育活动", 1),
                Check("7.2.practitioner_training", "信用从业人员培训", 1)])]),
        Dimension("8", "“四大领域”建设", [
            Indicator("8.1", "商务诚信", 8, _gd_matrix("8.1", commerce)),
            Indicator("8.2", "政务诚信", 8, [
                Points("8.2.institutions", "政务诚信建设制度", 2),
                Check("8.2.civil_servant_files", "公务员诚信档案", 2),
                Check("8.2.records_in_evaluation", "信用记录作为干部考核任用奖惩依据", 2),
                Deduction("8.2.dishonesty_events", 2, [
                    ("8.2.dishonesty_events", "失信政府机构数 + 两年内媒体曝光的重大失信事件数", "0.1")])]),
            Indicator("8.3", "社会诚信", 8, _gd_matrix("8.3", social)),
            Indicator("8.4", "司法公信", 8, [
                Check("8.4.disclosure", "审判/执行/检务/司法行政信息公开", 2),
                Check("8.4.bribery_archive", "行贿犯罪档案查询制度", 2),
                Check("8.4.professional_files", "职业人群与机构诚信档案", 2),
                Check("8.4.judicial_lists", "司法领域红黑名单", 2)])]),
        Dimension("9", "特色与创新", [
            Indicator("9.1", "特色工作与创新经验", 10, [
                PerUnit("9.1.media_national", "国家级媒体公开报道次数", 4),
                PerUnit("9.1.media_provincial", "省级媒体公开报道次数", 3),
                PerUnit("9.1.media_municipal", "地市级媒体公开报道次数", 2),
                PerUnit("9.1.award_national", "国家部门表彰次数", 4),
                PerUnit("9.1.award_provincial", "省级政府部门表彰次数", 3),
                PerUnit("9.1.award_municipal", "地市政府部门表彰次数", 2),
                PerUnit("9.1.replicable", "可复制推广经验数", 5)])], bonus=True),
        Dimension("10", "社会获得感", [
            Indicator("10.1", "社会各界获得感与满意度", 10, [
                Points("10.1.survey_score", "社会各界获得感与满意度调查得分", 10, kind="survey")])]),
    ]
    return Pack("gd-2017", "1.0.0", dims, 100, 10)


# ---------------------------------------------------------------------------
# js-2012


def build_js_2012():
    rate_bands = [(95, 10), (80, 5)]
    dims = [
        Dimension("1", "工作体系建设", [
            Indicator("1.1", "社会信用体系建设工作管理部门建设情况", 20, [
                Check("1.1.leading_group", "成立领导小组并由市领导任组长", 20)]),
            Indicator("1.2", "信用建设职能部门的设置", 40, [
                Level("1.2.office", "信用建设职能部门的设置",
                      [("standalone", 40), ("merged", 20), ("none", 0)])]),
            Indicator("1.3", "人员配置情况", 40, [
                PerUnit("1.3.fulltime", "专职人员数", 5, 40),
                PerUnit("1.3.parttime", "兼职人员数", 2, 10)])]),
        Dimension("2", "规划及制度建设", [
            Indicator("2.1", "中长期社会信用体系建设规划", 20, [
                Check("2.1.long_term_plan", "长期规划", 10),
                Check("2.1.action_plan", "3年行动计划", 10)]),
            Indicator("2.2", "年度目标计划", 10, [
                Check("2.2.annual_plan", "有年度目标计划且执行良好", 10)]),
            Indicator("2.3", "实施守信激励和失信联合惩戒制度", 50, [
                Check("2.3.municipal_system", "市委/市政府/市人大制订市级制度", 50),
                PerUnit("2.3.office_systems", "信用办牵头联合部门制定的制度数", 10, 20)]),
            Indicator("2.4", "对辖区内县（市、区）社会信用体系建设考核制度", 10, [
                Check("2.4.county_assessment", "对辖区内县（市、区）考核制度", 10)]),
            Indicator("2.5", "对市级各部门社会信用体系建设考核制度", 10, [
                Check("2.5.department_assessment", "对市级各部门考核制度", 10)])]),
        Dimension("3", "企业信用管理贯标和示范创建", [
            Indicator("3.1", "方案制定", 10, [
                Check("3.1.plan_published", "已制定方案，发布计划和申报方式", 10)]),
            Indicator("3.2", "贯标工作", 60, [
                Ratio("3.2.ratio", ("3.2.completed", "完成贯标企业数"),
                      ("3.2.planned", "年度计划数"), 60)]),
            Indicator("3.3", "示范创建工作", 30, [
                Ratio("3.3.city_ratio", ("3.3.city_completed", "市级示范企业数"),
                      ("3.3.city_planned", "市级示范计划数"), 20,
                      deduct=("3.3.city_revoked", "因投诉查实取消市级示范的家数", 10)),
                Check("3.3.province_plan_met", "完成省级示范计划", 10,
                      zero_if=("3.3.province_revoked", "因投诉取消省级示范的家数"))])]),
        Dimension("4", "信用信息和产品推广应用", [
            Indicator("4.1", "政府部门联合征信", 30, [
                PerUnit("4.1.industries", "制定并实施征信计划的行业数", 3, 30)]),
            Indicator("4.2", "政府示范应用信用信息和产品", 40, [
                PerUnit("4.2.applications", "使用信用信息和产品的领域和环节数", 4, 40)]),
            Indicator("4.3", "特殊职业群体信用管理", 30, [
                PerUnit("4.3.groups", "开展分类监管、联动监管的职业群体数", 3, 30)]),
            Indicator("4.4", "信用服务机构备案与管理", 20, [
                PerUnit("4.4.registered_agencies", "备案的信用服务机构数", 2, 10),
                Level("4.4.rules", "信用服务机构管理制度",
                      [("municipal", 10), ("department", 5), ("none", 0)])]),
            Indicator("4.5", "信用服务市场发展状况", 30, [
                Bands("4.5.reports", "信用报告及咨询服务报告数量", "count",
                      [(2000, 30), (500, 20), (100, 10)])])]),
        Dimension("5", "市级网站、企业、个人信用基础数据库及服务平台建设和应用", [
            Indicator("5.1", "开通市级政府诚信网", 10, [
                Check("5.1.portal", "开通市级政府诚信网", 10)]),
            Indicator("5.2", "企业信用基础数据库及公共服务平台", 140, [
                Check("5.2.plan", "市级系统规划符合省总体规划", 10),
                Level("5.2.build", "企业信用基础数据库建设情况",
                      [("connected", 60), ("started", 30), ("none", 0)]),
                PerUnit("5.2.collecting_departments", "实现归集的市级部门数", 1, 30),
                PerUnit("5.2.supervising_departments", "实现联动监管的市级部门数", 2, 20),
                Level("5.2.query_service", "公共服务平台查询服务",
                      [("internet", 20), ("intranet", 10), ("none", 0)])]),
            Indicator("5.3", "个人信用基础数据库", 140, [
                Check("5.3.plan", "市级系统规划符合省总体规划", 10),
                Level("5.3.build", "个人信用基础数据库建设情况",
                      [("completed", 60), ("started", 30), ("none", 0)]),
                PerUnit("5.3.collecting_departments", "实现归集的市级部门（行业）数", 1, 30),
                PerUnit("5.3.supervising_sectors", "实现联动监管的市级行业数", 2, 20),
                Check("5.3.intranet_query", "开通内网服务", 10),
                Check("5.3.internet_query", "开通互联网服务并采取严格保密措施", 10)]),
            Indicator("5.4", "信用信息的安全与保护", 10, [
                Check("5.4.security_rules", "安全管理和分级保护制度", 10)])]),
        Dimension("6", "工作组织推进", [
            Indicator("6.1", "领导重视和组织协调", 70, [
                Check("6.1.special_meeting", "市委市政府专题会议", 30),
                PerUnit("6.1.party_government_documents", "以市委市政府名义制定的文件数", 5, 15),
                PerUnit("6.1.other_documents", "以其他名义发文数", 1, 3),
                PerUnit("6.1.leader_instructions", "主要领导批示次数", 3, 15),
                Check("6.1.office_meeting", "信用办组织的专题工作会议", 5),
                PerUnit("6.1.office_documents", "信用办名义印发的文件数", 1, 5)],
                groups=[(("6.1.party_government_documents", "6.1.other_documents"), 15)]),
            Indicator("6.2", "资金支持", 50, [
                MoneySteps("6.2.funds", "市财政专项资金", 10, 50)]),
            Indicator("6.3", "宣传推广", 30, [
                Level("6.3.publicity", "宣传推广",
                      [("rich", 5), ("basic", 3), ("none", 0)]),
                Bands("6.3.trainees", "参加信用管理师等培训人次", "count",
                      [(100, 20), (60, 10), (10, 5)]),
                PerUnit("6.3.large_events", "人数超过100的活动次数", 5),
                PerUnit("6.3.small_events", "人数100以内的活动次数", 3),
                PerUnit("6.3.department_events", "其他部门单位举办的活动次数", 1)],
                groups=[(("6.3.large_events", "6.3.small_events", "6.3.department_events"), 5)])]),
        Dimension("7", "落实省社会信用体系建设工作任务", [
            Indicator("7.1", "参加省政府、省社会信用体系建设领导小组和省信用办等组织的会议、活动情况", 10, [
                Deduction("7.1.absences", 10, [
                    ("7.1.leader_absences", "主要领导、分管领导缺席人次", 5),
                    ("7.1.staff_absences", "其他人员缺席人次", 2)])]),
            Indicator("7.2", "工程建设领域项目信息公开和诚信体系建设情况", 20, [
                Points("7.2.external_score", "省治工办考评结果", 20, kind="external")]),
            Indicator("7.3", "向省信用办（“诚信江苏”网站、省经济和信息化委网站、工作简报）等提供信息情况", 20, [
                PerUnit("7.3.adopted_items", "被采用信息条数", 2, 20)]),
            Indicator("7.4", "向省公共信用信息中心报送数据情况", 50, [
                Level("7.4.exchange", "数据报送方式",
                      [("database", 10), ("front_end", 5), ("other", 0)]),
                Check("7.4.conformant", "数据符合规范性要求", 10),
                Bands("7.4.timeliness_rate", "时效率", "rate", rate_bands),
                Bands("7.4.ingest_rate", "入库率", "rate", rate_bands),
                Bands("7.4.completeness_rate", "完整率", "rate", rate_bands)])]),
        Dimension("8", "工作创新加分", [
            Indicator("8.1", "工作创新加分", 100, [
                Points("8.1.innovation", "考核小组认定的加分", 100)])], bonus=True),
    ]
    return Pack("js-2012", "1.0.0", dims, 1000, 100)


PACKS = {"gd-2017": build_gd_2017, "js-2012": build_js_2012}


def load_pack(pid):
    if pid not in PACKS:
        raise KeyError(pid)
    return PACKS[pid]()


# ---------------------------------------------------------------------------
# evidence CSV

COLUMNS = ("subject", "fact", "value", "source", "note")
REQUIRED_COLUMNS = ("subject", "fact", "value")


def read_evidence(pack, text, filename="<evidence>"):
    """Parse the evidence CSV text. Returns (subjects in order, {subject: {fact: value}}).
    Raises InputError with every problem found (one per line)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    errors = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("%s: empty file, header row required" % filename)
    except csv.Error as e:
        raise InputError("%s:1: malformed CSV: %s" % (filename, e))
    names = [h.strip() for h in header]
    extra = [h for h in names if h not in COLUMNS]
    if extra:
        raise InputError("%s:1: unknown column(s) %s; allowed: %s"
                         % (filename, ", ".join(repr(h) for h in extra), ",".join(COLUMNS)))
    dup = sorted({h for h in names if names.count(h) > 1})
    if dup:
        raise InputError("%s:1: duplicate column(s) %s" % (filename, ", ".join(dup)))
    lack = [h for h in REQUIRED_COLUMNS if h not in names]
    if lack:
        raise InputError("%s:1: missing required column(s) %s" % (filename, ", ".join(lack)))
    col = {h: i for i, h in enumerate(names)}

    order = []
    data = {}
    seen = {}
    prev_end = reader.line_num
    while True:
        start = prev_end + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            errors.append("%s: line %d: malformed CSV: %s" % (filename, start, e))
            break
        prev_end = reader.line_num
        if not row or (len(row) == 1 and row[0].strip() == "" and len(names) > 1):
            continue   # blank line
        if len(row) != len(names):
            errors.append("%s: line %d: %d fields, the header has %d" % (filename, start, len(row), len(names)))
            continue
        subject = row[col["subject"]].strip()
        fid = row[col["fact"]].strip()
        raw = row[col["value"]]

        def err(msg):
            errors.append("%s: line %d: subject %s, fact %s, value %s: %s"
                          % (filename, start, json.dumps(subject, ensure_ascii=False),
                             json.dumps(fid, ensure_ascii=False),
                             json.dumps(raw, ensure_ascii=False), msg))

        if not subject:
            err("empty subject")
            continue
        if fid not in pack.facts:
            err("unknown fact id for pack %s" % pack.id)
            continue
        if raw.strip() == "":
            err("empty value")
            continue
        key = (subject, fid)
        if key in seen:
            err("duplicate subject and fact (first given on line %d)" % seen[key])
            continue
        seen[key] = start
        try:
            value = pack.facts[fid].parse(raw)
        except InputError as e:
            err(str(e))
            continue
        if subject not in data:
            data[subject] = {}
            order.append(subject)
        data[subject][fid] = value
    if errors:
        raise InputError("\n".join(errors))
    return order, data


# ---------------------------------------------------------------------------
# scoring


def missing_facts(pack, values):
    out = []
    for fid in pack.fact_order:
        f = pack.facts[fid]
        if fid in values or f.optional:
            continue
        if f.branch:
            lvl, code = f.branch
            if values.get(lvl) != code:
                continue
        out.append(fid)
    return out


def score_subject(pack, subject, values):
    ctx = Ctx(pack, values)
    dims_out = []
    base = ZERO
    bonus = ZERO
    for d in pack.dimensions:
        inds_out = []
        dsum = ZERO
        for ind in d.indicators:
            items_out = []
            scores = {}
            for it in ind.items:
                s, expl = it.score(ctx)
                scores[it.id] = s
                items_out.append({"id": it.id, "score": s, "max": pack.item_max(ind, it),
                                  "explanation": expl})
            grouped = set()
            total = ZERO
            for ids, cap in ind.groups:
                g = sum((scores[i] for i in ids), ZERO)
                total += min(g, cap)
                grouped.update(ids)
            total += sum((s for i, s in scores.items() if i not in grouped), ZERO)
            iscore = min(total, ind.max)
            dsum += iscore
            inds_out.append({"id": ind.id, "name": ind.name, "score": iscore, "max": ind.max,
                             "items": items_out})
        dscore = min(dsum, d.max)
        if d.bonus:
            bonus += dscore
        else:
            base += dscore
        dims_out.append({"id": d.id, "name": d.name, "score": dscore, "max": d.max,
                         "bonus": d.bonus, "indicators": inds_out})
    bonus = min(bonus, pack.bonus_max)
    base = min(base, pack.base_max)
    return {"subject": subject, "base": base, "baseMax": pack.base_max, "bonus": bonus,
            "bonusMax": pack.bonus_max, "total": base + bonus, "dimensions": dims_out,
            "missing": missing_facts(pack, values), "warnings": ctx.warnings}


def score_text(pack, text, filename="<evidence>"):
    order, data = read_evidence(pack, text, filename)
    return {"pack": {"id": pack.id, "version": pack.version},
            "subjects": [score_subject(pack, s, data[s]) for s in order]}


def score_file(pack, path):
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError("%s: not UTF-8 (byte %d)" % (path, e.start))
    return score_text(pack, text, path)


# ---------------------------------------------------------------------------
# JSON output (numbers written from exact values)


def to_json(obj, indent=0, step=2):
    pad = " " * (indent + step)
    end = " " * indent
    if isinstance(obj, bool):
        return "true" if obj else "false"
    if isinstance(obj, (Fraction, int)):
        return fmt(obj)
    if isinstance(obj, str):
        return json.dumps(obj, ensure_ascii=False)
    if obj is None:
        return "null"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        parts = ["%s%s: %s" % (pad, json.dumps(k, ensure_ascii=False), to_json(v, indent + step, step))
                 for k, v in obj.items()]
        return "{\n" + ",\n".join(parts) + "\n" + end + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        parts = [pad + to_json(v, indent + step, step) for v in obj]
        return "[\n" + ",\n".join(parts) + "\n" + end + "]"
    raise TypeError(type(obj))


def main(argv=None):
    ap = argparse.ArgumentParser(description="Score an evidence CSV against gd-2017 or js-2012 (reference implementation).")
    ap.add_argument("--pack", required=True, choices=sorted(PACKS))
    ap.add_argument("--evidence", help="evidence CSV file")
    ap.add_argument("evidence_pos", nargs="?", metavar="EVIDENCE", help="evidence CSV file (alternative to --evidence)")
    ap.add_argument("--out", help="write the JSON here instead of stdout (only on success)")
    args = ap.parse_args(argv)
    path = args.evidence or args.evidence_pos
    if not path:
        ap.error("an evidence file is required")
    pack = load_pack(args.pack)
    try:
        result = score_file(pack, path)
    except InputError as e:
        print(str(e), file=sys.stderr)
        return 2
    except OSError as e:
        print("%s: %s" % (path, e.strerror), file=sys.stderr)
        return 2
    text = to_json(result) + "\n"
    if args.out:
        d = os.path.dirname(os.path.abspath(args.out))
        fd, tmp = tempfile.mkstemp(dir=d, prefix=".reference-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, args.out)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except SystemExit:
        raise
    except BaseException as e:   # internal error
        print("internal error: %r" % (e,), file=sys.stderr)
        sys.exit(1)
