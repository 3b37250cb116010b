#!/usr/bin/env python3
"""Write the synthetic example evidence of the two rule packs.

    make_examples.py [--seed 2017] [--root <repo>]

writes
    rulepacks/gd-2017/examples/evidence.csv   (the 21 prefecture-level cities of Guangdong)
    rulepacks/js-2012/examples/evidence.csv   (the 13 prefecture-level cities of Jiangsu)
    rulepacks/<pack>/examples/README.md

The values are invented (seeded, so the same seed gives the same files): each
city gets a random "strength" and its facts are drawn around it, with plausible
sources and expert notes. They are not real assessments; the first row of each
city says so in its note. Every value is valid for the pack; a few facts are
left out on purpose. The written files are scored with reference_score.py
before the script ends, so an invalid value stops it.
"""

import argparse
import csv
import io
import os
import random
import sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference_score as ref  # noqa: E402

MARK = "合成示例数据（synthetic example data, not real assessments）"

GD_CITIES = ["广州市", "深圳市", "珠海市", "汕头市", "佛山市", "韶关市", "河源市", "梅州市", "惠州市",
             "汕尾市", "东莞市", "中山市", "江门市", "阳江市", "湛江市", "茂名市", "肇庆市", "清远市",
             "潮州市", "揭阳市", "云浮市"]
# rough prior: the Pearl River Delta cities a little ahead
GD_PRIOR = {"广州市": 0.9, "深圳市": 0.92, "珠海市": 0.8, "佛山市": 0.82, "东莞市": 0.78, "中山市": 0.75,
            "惠州市": 0.72, "江门市": 0.68, "肇庆市": 0.62}
JS_CITIES = ["南京市", "无锡市", "徐州市", "常州市", "苏州市", "南通市", "连云港市", "淮安市", "盐城市",
             "扬州市", "镇江市", "泰州市", "宿迁市"]
JS_PRIOR = {"南京市": 0.9, "苏州市": 0.9, "无锡市": 0.85, "常州市": 0.8, "南通市": 0.75, "镇江市": 0.72,
            "扬州市": 0.7}


def fx(x):
    return ref.fmt(Fraction(x))


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


# ---------------------------------------------------------------------------
# sources: (department, document) per indicator (or fact-id prefix)

GD_SOURCES = {
    "1.1": [("市编办", "关于设立市社会信用体系建设统筹协调小组办公室的批复"),
            ("市发展改革局", "社会信用体系建设工作经费安排情况说明")],
    "1.2": [("市发展改革局", "市社会信用体系建设统筹协调小组工作规则"),
            ("市政府办公室", "社会信用体系建设工作任务分工方案")],
    "2.1": [("市发展改革局", "社会信用体系建设年度工作要点")],
    "2.2": [("市发展改革局", "年度社会信用体系建设工作总结")],
    "3.1": [("市工商局", "统一社会信用代码赋码及存量转换情况统计"),
            ("市编办", "机关事业单位统一社会信用代码换发情况")],
    "3.2": [("市法制局", "公共信用信息管理办法"), ("人民银行市中心支行", "关于培育发展信用服务市场的意见")],
    "4.1": [("市发展改革局", "市公共信用信息共享平台运行情况报告"),
            ("市经信局", "平台数据归集统计表")],
    "4.2": [("市经信局", "“信用”门户网站建设运行情况")],
    "5.1": [("市发展改革局", "各部门公共信用信息查询应用统计")],
    "5.2": [("市人社局", "公共服务领域信用信息应用情况")],
    "5.3": [("人民银行市中心支行", "中小微企业和农村信用体系建设情况"), ("市金融局", "政府出资产业投资基金登记情况")],
    "5.4": [("人民银行市中心支行", "信用服务机构及第三方信用产品使用情况")],
    "6.1": [("市发展改革局", "联合奖惩备忘录落实情况及典型案例")],
    "7.1": [("市委宣传部", "诚信文化宣传活动汇编")],
    "7.2": [("市教育局", "诚信教育读本及课程安排"), ("人民银行市中心支行", "信用从业人员培训记录")],
    "8.1": [("市商务局", "商务诚信建设工作情况")],
    "8.2": [("市人社局", "公务员诚信档案建设情况"), ("市发展改革局", "政务诚信建设实施意见")],
    "8.3": [("市民政局", "社会诚信建设工作情况")],
    "8.4": [("市中级人民法院", "审判执行信息公开情况"), ("市人民检察院", "行贿犯罪档案查询工作情况"),
            ("市司法局", "法律服务行业诚信档案建设情况")],
    "9.1": [("市发展改革局", "特色工作与创新经验材料"), ("市委宣传部", "媒体报道汇编")],
    "10.1": [("第三方评估机构", "社会获得感满意度调查结果")],
}
GD_SECTOR_DEPT = {
    "production": "市经信局", "circulation": "市商务局", "finance": "人民银行市中心支行", "taxation": "市国税局",
    "pricing": "市发展改革局", "construction": "市住建局", "transport": "市交通运输局", "ecommerce": "市商务局",
    "intermediary": "市发展改革局", "exhibition_ads": "市工商局", "health": "市卫生计生局",
    "social_security": "市人社局", "labour": "市人社局", "education": "市教育局",
    "culture_sports_tourism": "市文广新局", "ip": "市知识产权局", "environment_energy": "市环保局",
    "social_orgs": "市民政局", "key_professions": "市人社局", "internet": "市网信办",
}
JS_SOURCES = {
    "1": [("市信用办", "市社会信用体系建设领导小组成立文件"), ("市编办", "信用办机构设置及人员编制批复")],
    "2": [("市信用办", "社会信用体系建设规划及三年行动计划"), ("市政府办公室", "守信激励和失信惩戒实施办法")],
    "3": [("市经信委", "企业信用管理贯标和示范创建工作情况")],
    "4": [("市信用办", "信用信息和产品推广应用情况"), ("人民银行市中心支行", "信用报告查询量统计")],
    "5": [("市信用办", "企业和个人信用基础数据库建设情况"), ("市信息中心", "市级系统中心端接收数据的统计表")],
    "6": [("市政府办公室", "专题会议纪要及领导批示"), ("市财政局", "社会信用体系建设专项资金拨付文件")],
    "7.1": [("省信用办", "会议签到记录")],
    "7.2": [("省治工办", "工程建设领域项目信息公开和诚信体系建设考评结果")],
    "7.3": [("省信用办", "信息采用情况通报")],
    "7.4": [("省公共信用信息中心", "数据报送质量通报")],
    "8": [("市信用办", "工作创新加分申请材料")],
}

GOOD = ["工作扎实，佐证材料齐全，成效明显", "机制健全，运行良好，有典型案例", "覆盖面广，做法可推广"]
FAIR = ["已开展相关工作，但覆盖面不足", "材料基本齐全，部分工作仍在推进", "有一定基础，亮点不多"]
WEAK = ["仅有零星材料，成效不明显", "工作刚起步，佐证材料不足"]


def expert_note(rng, topic, value, maximum):
    share = Fraction(value) / Fraction(maximum) if maximum else 0
    words = GOOD if share >= Fraction(8, 10) else FAIR if share >= Fraction(4, 10) else WEAK
    return "专家组意见：%s%s，酌情给 %s 分（满分 %s）。" % (topic, rng.choice(words), fx(value), fx(maximum))


def pick(rng, p):
    return rng.random() < p


# ---------------------------------------------------------------------------
# gd-2017


def gd_city(rng, city, s):
    """List of (fact, value, source key, note) for one city of strength s (0…1)."""
    rows = []

    def b(fid, p, note=""):
        rows.append((fid, "是" if pick(rng, clamp(p, 0, 1)) else "否", None, note))

    def v(fid, value, note=""):
        rows.append((fid, value, None, note))

    def pts(fid, maximum, topic, lo=0.3):
        share = clamp(s + rng.uniform(-0.2, 0.15), lo, 1)
        val = Fraction(round(share * maximum * 20), 20)   # steps of 0.05
        rows.append((fid, fx(val), None, expert_note(rng, topic, val, maximum)))

    for f in ("1.1.institution", "1.1.duties", "1.1.staff", "1.1.funding"):
        b(f, 0.7 + 0.3 * s)
    for f in ("1.2.leadership", "1.2.task_division", "1.2.supervision"):
        b(f, 0.65 + 0.35 * s)
    for y in ("2015", "2016", "2017"):
        b("2.1.plan_" + y, 0.6 + 0.4 * s)
    for y in ("2015", "2016"):
        r = rng.random()
        if r < s * 0.8:
            v("2.2.y" + y, "full")
        elif r < 0.95:
            v("2.2.y" + y, "partial")
            done = int(clamp(s + rng.uniform(-0.3, 0.1), 0.3, 0.9) * 100)
            val = Fraction(done // 10, 10)
            rows.append(("2.2.y%s_expert" % y, fx(val), None,
                         "专家组意见：%s年度工作计划部分完成（约完成 %d%% 的任务），酌情给 %s 分（满分 1）。"
                         % (y, done, fx(val))))
        else:
            v("2.2.y" + y, "none")
    b("3.1.new_entities", 0.85 + 0.15 * s)
    b("3.1.mapping_library", 0.5 + 0.5 * s)
    v("3.1.code_conversion_rate", "%.1f" % clamp(80 + 22 * s + rng.uniform(-6, 4), 40, 100),
      "截至2017年6月存量主体统计")
    v("3.1.license_renewal_rate", "%.1f%%" % clamp(50 + 45 * s + rng.uniform(-12, 6), 30, 100))
    b("3.2.info_rules", 0.5 + 0.5 * s)
    b("3.2.market_policy", 0.3 + 0.6 * s)
    b("4.1.platform_reporting", 0.6 + 0.4 * s)
    v("4.1.contributing_units", str(int(clamp(15 + 45 * s + rng.randint(-8, 8), 0, 80))),
      "含水、电、气、交通、电信、银行等单位")
    v("4.1.person_coverage", "%.2f" % clamp(86 + 13 * s + rng.uniform(-3, 2), 70, 100), "平台统计 2017-06-01")
    v("4.1.org_coverage", "%.2f" % clamp(88 + 12 * s + rng.uniform(-2, 1.5), 70, 100), "平台统计 2017-06-01")
    b("4.1.records_by_subject", 0.4 + 0.6 * s)
    pts("4.2.portal", 1, "独立域名信用门户网站运行情况：")
    pts("4.2.double_publicity", 1, "双公示信息公示及上报“信用广东”情况：")
    b("4.2.one_stop_query", 0.4 + 0.6 * s)
    b("5.1.dept_query_service", 0.6 + 0.4 * s)
    b("5.1.public_query_hall", 0.5 + 0.5 * s)
    v("5.1.applying_units", str(int(clamp(10 + 35 * s + rng.randint(-6, 6), 0, 60))))
    pts("5.2.expert", 3, "公共服务领域信用信息应用：")
    pts("5.3.sme_rural_finance", 4, "中小企业和农村信用体系建设、信用贷款：")
    pts("5.3.fund_registration", 2, "政府出资产业投资基金信用信息登记：", lo=0)
    pts("5.4.expert", 3, "信用服务机构培育及第三方信用产品使用：")
    v("6.1.domains", str(int(clamp(4 + 22 * s + rng.randint(-5, 4), 0, 30))), "各领域联合奖惩备忘录落实清单")
    b("6.1.cross_region", 0.3 + 0.6 * s)
    b("6.1.market_orgs", 0.3 + 0.6 * s)
    pts("7.1.expert", 4, "媒体文章、论坛研讨和宣传活动：")
    for f in ("7.2.reader", "7.2.course", "7.2.activities", "7.2.practitioner_training"):
        b(f, 0.5 + 0.5 * s)
    for dim, sectors in (("8.1", ["production", "circulation", "finance", "taxation", "pricing", "construction",
                                  "transport", "ecommerce", "intermediary", "exhibition_ads"]),
                         ("8.3", ["health", "social_security", "labour", "education", "culture_sports_tourism",
                                  "ip", "environment_energy", "social_orgs", "key_professions", "internet"])):
        for sec in sectors:
            sec_s = clamp(s + rng.uniform(-0.25, 0.2), 0, 1)
            for m in ("commitment", "records", "lists", "tiered"):
                base = {"commitment": 0.35, "records": 0.55, "lists": 0.45, "tiered": 0.25}[m]
                fid = "%s.%s.%s" % (dim, sec, m)
                rows.append((fid, "是" if pick(rng, base + 0.6 * sec_s) else "否", ("sector", sec), ""))
    pts("8.2.institutions", 2, "政务诚信建设相关制度出台和实施：")
    b("8.2.civil_servant_files", 0.4 + 0.6 * s)
    b("8.2.records_in_evaluation", 0.3 + 0.6 * s)
    n = rng.choice([0, 0, 0, 0, 1, 1, 2, 3])
    v("8.2.dishonesty_events", str(n), "经核查的失信被执行政府机构及媒体曝光事件" if n else "经核查无")
    for f in ("8.4.disclosure", "8.4.bribery_archive", "8.4.professional_files", "8.4.judicial_lists"):
        b(f, 0.55 + 0.45 * s)
    for f, hi in (("9.1.media_national", 1), ("9.1.media_provincial", 2), ("9.1.media_municipal", 3),
                  ("9.1.award_national", 1), ("9.1.award_provincial", 1), ("9.1.award_municipal", 2),
                  ("9.1.replicable", 1)):
        k = rng.randint(1, hi) if pick(rng, 0.05 + 0.2 * s) else 0
        v(f, str(k))
    v("10.1.survey_score", "%.4f" % clamp(6.2 + 3 * s + rng.uniform(-0.6, 0.4), 0, 10),
      "有效问卷按发放方案配额加权")
    return rows


def gd_source(rng, city, fid, key):
    if key and key[0] == "sector":
        dept, doc = GD_SECTOR_DEPT[key[1]], "行业信用体系建设工作情况"
    else:
        ind = ".".join(fid.split(".")[:2])
        dept, doc = rng.choice(GD_SOURCES[ind])
    if dept.startswith("市"):
        dept = city + dept[1:]
    dept = dept.replace("市中心支行", city + "中心支行")
    return "%s《%s》（%d年%d月）" % (dept, doc, rng.choice([2016, 2017]), rng.randint(1, 7))


# ---------------------------------------------------------------------------
# js-2012


def js_city(rng, city, s):
    rows = []

    def b(fid, p, note=""):
        rows.append((fid, "是" if pick(rng, clamp(p, 0, 1)) else "否", None, note))

    def v(fid, value, note=""):
        rows.append((fid, str(value), None, note))

    def cnt(lo, hi):
        return int(round(clamp(lo + (hi - lo) * (s + rng.uniform(-0.2, 0.15)), 0, hi * 2)))

    b("1.1.leading_group", 0.8 + 0.2 * s)
    v("1.2.office", "standalone" if pick(rng, s - 0.2) else "merged" if pick(rng, 0.9) else "none")
    v("1.3.fulltime", cnt(2, 9))
    v("1.3.parttime", cnt(0, 6))
    b("2.1.long_term_plan", 0.5 + 0.5 * s)
    b("2.1.action_plan", 0.6 + 0.4 * s)
    b("2.2.annual_plan", 0.6 + 0.4 * s, "年度目标计划执行情况以年终总结为准")
    b("2.3.municipal_system", 0.3 + 0.6 * s)
    v("2.3.office_systems", cnt(0, 3))
    b("2.4.county_assessment", 0.5 + 0.5 * s)
    b("2.5.department_assessment", 0.5 + 0.5 * s)
    b("3.1.plan_published", 0.7 + 0.3 * s)
    planned = rng.choice([30, 40, 50, 60, 80, 100, 120])
    v("3.2.completed", int(planned * clamp(0.55 + 0.55 * s + rng.uniform(-0.15, 0.1), 0, 1.3)))
    v("3.2.planned", planned, "省下达年度贯标计划")
    cp = rng.choice([6, 8, 10, 12, 15, 20])
    v("3.3.city_completed", int(cp * clamp(0.5 + 0.6 * s + rng.uniform(-0.2, 0.1), 0, 1.2)))
    v("3.3.city_planned", cp)
    if pick(rng, 0.6):
        n = rng.choice([0, 0, 0, 1])
        v("3.3.city_revoked", n, "经投诉查实取消市级示范" if n else "")
    b("3.3.province_plan_met", 0.4 + 0.6 * s)
    if pick(rng, 0.5):
        v("3.3.province_revoked", rng.choice([0, 0, 0, 0, 1]))
    v("4.1.industries", cnt(2, 12))
    v("4.2.applications", cnt(3, 12))
    v("4.3.groups", cnt(2, 11))
    v("4.4.registered_agencies", cnt(1, 7), "省信用办备案记录")
    v("4.4.rules", "municipal" if pick(rng, s - 0.1) else "department" if pick(rng, 0.7) else "none")
    v("4.5.reports", int(clamp(150 + 3500 * s * s + rng.randint(-200, 300), 0, 10000)), "省市信用办统计资料")
    b("5.1.portal", 0.8 + 0.2 * s)
    b("5.2.plan", 0.6 + 0.4 * s)
    v("5.2.build", "connected" if pick(rng, s) else "started")
    v("5.2.collecting_departments", cnt(10, 36), "市级系统中心端接收数据的统计表")
    v("5.2.supervising_departments", cnt(2, 12))
    v("5.2.query_service", "internet" if pick(rng, s) else "intranet" if pick(rng, 0.8) else "none")
    b("5.3.plan", 0.5 + 0.5 * s)
    v("5.3.build", "completed" if pick(rng, s - 0.2) else "started" if pick(rng, 0.85) else "none")
    v("5.3.collecting_departments", cnt(5, 32))
    v("5.3.supervising_sectors", cnt(1, 11))
    b("5.3.intranet_query", 0.5 + 0.5 * s)
    b("5.3.internet_query", 0.2 + 0.6 * s, "互联网查询须实名认证，采取严格保密措施")
    b("5.4.security_rules", 0.6 + 0.4 * s)
    b("6.1.special_meeting", 0.6 + 0.4 * s)
    v("6.1.party_government_documents", cnt(0, 4))
    v("6.1.other_documents", cnt(0, 5))
    v("6.1.leader_instructions", cnt(1, 6))
    b("6.1.office_meeting", 0.7 + 0.3 * s)
    v("6.1.office_documents", cnt(1, 8))
    v("6.2.funds", fx(Fraction(int(clamp(60 + 600 * s + rng.uniform(-100, 80), 0, 2000) * 10), 10)),
      "市财政预算安排的社会信用体系建设专项资金（万元）")
    v("6.3.publicity", "rich" if pick(rng, s) else "basic" if pick(rng, 0.85) else "none")
    v("6.3.trainees", int(clamp(20 + 160 * s + rng.randint(-30, 30), 0, 500)), "信用管理师培训报名及结业名单")
    v("6.3.large_events", rng.choice([0, 0, 1, 1, 2]))
    v("6.3.small_events", rng.choice([0, 1, 1, 2]))
    v("6.3.department_events", rng.choice([0, 1, 2, 3, 4]))
    v("7.1.leader_absences", rng.choice([0, 0, 0, 0, 1]), "以省信用办会议签到记录为准")
    v("7.1.staff_absences", rng.choice([0, 0, 0, 1, 1, 2]))
    val = Fraction(round(clamp(12 + 8 * s + rng.uniform(-2, 1), 0, 20) * 2), 2)
    rows.append(("7.2.external_score", fx(val), None, "省治工办考评结果（外部评分，非本组酌情）"))
    v("7.3.adopted_items", cnt(3, 12))
    v("7.4.exchange", "database" if pick(rng, s) else "front_end" if pick(rng, 0.85) else "other")
    b("7.4.conformant", 0.5 + 0.5 * s)
    for f in ("7.4.timeliness_rate", "7.4.ingest_rate", "7.4.completeness_rate"):
        r = clamp(72 + 28 * s + rng.uniform(-6, 4), 0, 100)
        v(f, ("%.1f%%" if pick(rng, 0.3) else "%.1f") % r, "省公共信用信息中心数据报送质量通报")
    inn = Fraction(5 * rng.randint(0, int(2 + 8 * s)))
    rows.append(("8.1.innovation", fx(inn), None,
                 expert_note(rng, "创新事项经省信用办推广或获国家部委表彰情况：", inn, 100) if inn
                 else "未申请加分"))
    return rows


def js_source(rng, city, fid, key):
    parts = fid.split(".")
    k = ".".join(parts[:2]) if ".".join(parts[:2]) in JS_SOURCES else parts[0]
    dept, doc = rng.choice(JS_SOURCES[k])
    if dept.startswith("市"):
        dept = city + dept[1:]
    dept = dept.replace("市中心支行", city + "中心支行")
    return "%s《%s》（%d年%d月）" % (dept, doc, rng.choice([2012, 2013]), rng.randint(1, 12))


# ---------------------------------------------------------------------------


README = """# Example evidence — `{pack}` (synthetic)

`evidence.csv` holds **synthetic example data** for the {n} prefecture-level cities of
{province}. The values, sources and expert notes are invented; they are **not real
assessments** of any city. The first row of each city says so in its `note` column
(`合成示例数据（synthetic example data, not real assessments）`), since the CSV format has no
comment lines.

The file follows `spec/formats.md` (evidence CSV: `subject,fact,value,source,note`). Every value
is valid for the pack; a few facts are left out on purpose for some cities, so their results
show a non-empty `missing` list{extra}.

Regenerate (seeded, reproducible; writes both packs' examples):

```
python3 releng/reference/make_examples.py --seed {seed}
```

Score it:

```
./credit-eval score --pack {pack} --evidence rulepacks/{pack}/examples/evidence.csv --format json
python3 releng/reference/reference_score.py --pack {pack} --evidence rulepacks/{pack}/examples/evidence.csv
```
"""


def build(pack_id, seed):
    pack = ref.load_pack(pack_id)
    rng = random.Random("%s/%d" % (pack_id, seed))
    if pack_id == "gd-2017":
        cities, prior, gen, src = GD_CITIES, GD_PRIOR, gd_city, gd_source
    else:
        cities, prior, gen, src = JS_CITIES, JS_PRIOR, js_city, js_source
    # a few cities leave out a few facts
    gappy = set(rng.sample(cities, 4 if pack_id == "gd-2017" else 3))
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(list(ref.COLUMNS))
    for city in cities:
        s = clamp(prior.get(city, 0.5) + rng.uniform(-0.12, 0.12), 0.2, 1.0)
        rows = gen(rng, city, s)
        pos = {f: i for i, f in enumerate(pack.fact_order)}
        rows.sort(key=lambda r: pos[r[0]])      # table order, as an evidence template would list them
        if city in gappy:
            candidates = [r[0] for r in rows[1:] if not pack.facts[r[0]].branch]
            drop = set(rng.sample(candidates, rng.randint(1, 3)))
            rows = [r for r in rows if r[0] not in drop]
        for i, (fid, value, key, note) in enumerate(rows):
            if i == 0:
                note = MARK + ("；" + note if note else "")
            source = src(rng, city, fid, key) if (note or pick(rng, 0.7)) else ""
            w.writerow([city, fid, value, source, note])
    return out.getvalue(), len(cities)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Write the synthetic example evidence of gd-2017 and js-2012.")
    ap.add_argument("--seed", type=int, default=2017)
    ap.add_argument("--root", default=os.path.normpath(os.path.join(HERE, "..", "..")),
                    help="repository root (default: two levels above this script)")
    args = ap.parse_args(argv)
    for pack_id, province, extra in (
            ("gd-2017", "Guangdong (广东省)",
             "; `10.1.survey_score` stands in for the satisfaction survey (no survey file is included)"),
            ("js-2012", "Jiangsu (江苏省)", "")):
        text, n = build(pack_id, args.seed)
        res = ref.score_text(ref.load_pack(pack_id), text, pack_id)   # raises on any invalid value
        assert len(res["subjects"]) == n
        d = os.path.join(args.root, "rulepacks", pack_id, "examples")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "evidence.csv"), "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        with open(os.path.join(d, "README.md"), "w", encoding="utf-8") as fh:
            fh.write(README.format(pack=pack_id, n=n, province=province, seed=args.seed, extra=extra))
        missing = sum(1 for s in res["subjects"] if s["missing"])
        print("%s: %d cities, %d with missing facts -> %s" % (pack_id, n, missing, d))
    return 0


if __name__ == "__main__":
    sys.exit(main())
