#!/usr/bin/env python3
"""Writes ../model/gd-2017.xmi (the gd-2017 scheme as an instance of scheme.ecore).

The XMI in model/ is what the bundle ships and what reviewers read; this script only
spares typing the two 40-cell matrices (8.1, 8.3) and the 39 survey questions.
After editing the tables below, run

    python3 rulepacks/gd-2017/tools/gen_xmi.py

and review the diff of model/gd-2017.xmi. Tables follow spec/gd-2017.md and
spec/survey-gd-2017.md; Chinese names and responsible units follow the source
分工表 (茂信用统筹办函[2017]8号, 附件1) and questionnaire (附件2).
"""
import os
from xml.sax.saxutils import escape, quoteattr

PACK_ID = "gd-2017"
PACK_VERSION = "1.0.0"

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "model", "gd-2017.xmi")

# --------------------------------------------------------------------------------------------
# Responsible units (负责提供资料单位), one cell of the 分工表 each, split at 、 and ，.
# "各区、县级市" (every district and county-level city) is one unit; "等" stays where the source
# puts it.
# --------------------------------------------------------------------------------------------
U_1_1 = ["市发展改革委", "市编办", "各区、县级市"]
U_1_2 = ["市发展改革委", "人民银行茂名市中心支行", "各区、县级市"]
U_2 = ["市发展改革委", "人民银行茂名市中心支行", "各区、县级市"]  # one cell for 2.1 and 2.2
U_3_1 = ["市工商局", "市编办", "市民政局等", "各区、县级市"]
U_3_2 = ["市发展改革局", "人民银行茂名市中心支行", "市法制局"]
U_4_1 = ["市发展改革局", "市经信局", "人民银行茂名市中心支行", "市公安局", "市工商局等"]
U_4_2 = ["市发展改革局", "市经信局", "各区、县级市"]
U_5_1 = ["市社会信用体系建设各成员单位", "各区、县级市"]
U_5_2 = ["市教育局", "市人社局", "市民政局", "市卫生计生局", "市住建局", "市文广新局"]
U_5_3 = ["市金融局", "市经信局", "人民银行茂名市中心支行", "茂名银监分局", "市国税局", "市地税局", "各区、县级市"]
U_5_4 = ["人民银行茂名市中心支行", "各区、县级市"]
U_6_1 = ["市发展改革委", "人民银行茂名中心支行", "国税局", "地税局", "茂名银监分局", "各区、县级市"]
U_7 = ["市委宣传部", "市金融工作局", "市发展改革委", "市商务局", "市工商局", "国税局", "地税局",
       "人民银行茂名市中心支行", "各区、县级市"]  # 7.1's cell; 7.2's own cell is blank
U_8_1 = ["市经信局", "市工商局", "市商务局", "市交通运输局", "国税局", "地税局", "各区、县级市"]
U_8_2 = ["市人社局", "市发展改革委", "各区、县级市"]
U_8_3 = ["市卫生和计划局", "市人社局", "市教育局", "市文广新局", "市旅游局", "市知识产权", "市环保局", "市民政局",
         "市经信局"]
U_8_4 = ["市中级人民法院", "市人民检察院", "市司法局", "市政管办"]
U_9_1 = ["市各有关单位", "各区、县级市"]
U_10_1 = ["市各有关单位", "各区、县级市"]

# --------------------------------------------------------------------------------------------
# Notes: the interpretations spec/gd-2017.md asks the pack to show.
# --------------------------------------------------------------------------------------------
N_STEP_CONV = ("存量代码转换率每降低10%递减0.1分，只扣整10%的档：扣分档数 = floor((100 − 转换率) / 10)。"
               "因此转换率91%–99%仍得满分1分，尽管原文要求“代码转换全部到位”；90%得0.9分，50%得0.5分，低于50%不得分。")
N_STEP_RENEWAL = ("存量证（照）换发率每降低10%递减0.1分，只扣整10%的档：扣分档数 = floor((100 − 换发率) / 10)。"
                  "因此换发率91%–99%仍得满分1分，尽管原文要求“向所有存量主体换发”；90%得0.9分，50%得0.5分，低于50%不得分。")
N_GATE = "门槛：须“建立新旧代码映射库，全量上报全国信用信息共享平台”（3.1.mapping_library = 是），否则本项得0分；门槛不满足时仍要求提供转换率，缺少时列为缺失。"
N_3_2 = ("原文“每项2分”而指标满分2分：两项合计4分，超过指标满分。本包保留原文分值，指标得分以2分封顶"
         "（任一项即得满分2分）；包校验器对此给出警告（各项之和超过指标满分），而非错误。")
N_4_1_RECORDS = ("原文在此处截断（“……清洗整理，分别记于每个主”）。本项2分由指标总分10分推出："
                 "2（平台上报）+ 2（部门数封顶）+ 2（人口覆盖率）+ 2（法人覆盖率）+ 2 = 10。")
N_4_1_PERSON = ("“达95%以上”含95%；每降低1%递减0.1分，只扣整1%的档（94.5%仍得2分，94%得1.9分）；"
                "“低于90%不得分”不含90%（90%得1.5分，89.9%得0分）。")
N_4_1_ORG = ("“达99%以上”含99%；每降低1%递减0.1分，只扣整1%的档（98.5%仍得2分，98%得1.9分）；"
             "“低于90%不得分”不含90%（90%得1.1分，89.9%得0分）。")
N_MATRIX = ("“在上述每1个领域”理解为适用于全部四项措施（信用承诺、信用记录、红黑名单、分级分类监管）："
            "每个领域每项措施0.2分。只有这种理解能达到指标满分8分（10个领域 × 4项 × 0.2分）。")
N_8_2_EVENTS = ("“无政府重大失信事件的，得2分；每有1家失信政府机构或两年内媒体曝光的每有1起政府重大失信事件的，扣0.1分”"
                "理解为一项2分的得分点，每家失信政府机构或每起重大失信事件扣0.1分，扣完为止（0起得2分，1起得1.9分，20起及以上得0分）；"
                "而不是有事件即失去2分、再从指标扣0.1分。原文两种读法皆可，本包取较宽的一种。")
N_9_1 = ("每一次报道、每一次表彰、每一条可复制推广的经验都计分（如3次地市级媒体报道得6分），而不是每个级别只计一次；"
         "各项合计最高10分。本指标为附加分，单独报告，不计入基础分100分。")
N_10_1 = ("本市的问卷数据在本次评分中时，按社会获得感满意度调查问卷计分（见问卷 gd-2017-survey 及其计分规则），"
          "并忽略 10.1.survey_score（两者同时提供时给出警告）；否则使用 10.1.survey_score（0…10）；"
          "两者都没有时得0分，并将 10.1.survey_score 列为缺失。")
N_10_1_SURVEY = ("问卷计分（本包默认，原文未规定）：每份有效答卷的得分为39题答案值的平均数；按首个调查对象类别分组求平均，"
                 "再按发放方案的配额（本市出现的类别）加权；10.1 = 10 × 加权指数，精确计算后按 HALF_UP 保留4位小数（只舍入一次）。"
                 "8月15日前回收（含15日，截止2017-08-15T23:59:59+08:00）。")
N_2_2 = ("全部完成得1分；部分完成时按专家酌情给分（2.2.y{y}_expert，0…1分），缺少该分值时本项得0分并列为缺失；"
         "未完成得0分。只有“部分完成”时才需要 2.2.y{y}_expert。")
N_DISCRETIONARY = "酌情计分：由专家给出0…{max}分，并在证据的 note 栏写明理由。"

# --------------------------------------------------------------------------------------------
# The scheme: dimensions → indicators → items. Each item: (fact id, label, rule, extra).
# Facts are declared in table order while walking the tables (Scheme.facts order = the order of
# the result's `missing` list).
# --------------------------------------------------------------------------------------------
facts = []   # (id, label, type, max, levels)
fact_ids = set()


def fact(fid, label, ftype, fmax=None, levels=None):
    assert fid not in fact_ids, fid
    fact_ids.add(fid)
    facts.append((fid, label, ftype, fmax, levels))
    return fid


def check(fid, label, points, notes=()):
    fact(fid, label, "bool")
    return dict(id=fid, label=label, notes=list(notes),
                rule=("CheckRule", dict(fact=fid, points=points)))


def per_unit(fid, label, each, cap=None, notes=()):
    fact(fid, label, "count")
    attrs = dict(fact=fid, pointsPerUnit=each)
    if cap is not None:
        attrs["cap"] = cap
    return dict(id=fid, label=label, notes=list(notes), rule=("PerUnitRule", attrs))


def step_down(fid, label, full, threshold, step, decrement, floor, notes=(), gates=()):
    fact(fid, label, "rate")
    return dict(id=fid, label=label, notes=list(notes), gates=list(gates),
                rule=("StepDownRule", dict(fact=fid, full=full, threshold=threshold, step=step,
                                           decrement=decrement, floor=floor)))


def discretionary(fid, label, fmax, notes=()):
    fact(fid, label, "points", fmax)
    return dict(id=fid, label=label, notes=[N_DISCRETIONARY.format(max=fmax)] + list(notes),
                rule=("DiscretionaryRule", dict(fact=fid, max=fmax)))


def plan_level(year):
    fid = fact(f"2.2.y{year}", f"{year}年度工作计划（或工作要点）落实完成情况", "level",
               levels=[("full", "全部完成"), ("partial", "部分完成"), ("none", "未完成")])
    expert = fact(f"2.2.y{year}_expert", f"{year}年度工作计划部分完成的酌情给分", "points", "1")
    return dict(id=fid, label=f"{year}年度工作计划落实完成情况", notes=[N_2_2.format(y=year)],
                rule=("LevelRule", dict(fact=fid)),
                scores=[dict(level="full", points="1"), dict(level="partial", pointsFact=expert),
                        dict(level="none", points="0")])


MEASURES = [
    ("commitment", "建立并实施信用承诺制度且公开"),
    ("records", "建立个人、法人和其他组织信用记录"),
    ("lists", "建立红黑名单及管理制度"),
    ("tiered", "建立并实施信用分级分类监管制度"),
]
SECTORS_8_1 = [
    ("production", "生产"), ("circulation", "流通"), ("finance", "金融"), ("taxation", "税务"),
    ("pricing", "价格"), ("construction", "工程建设"), ("transport", "交通运输"), ("ecommerce", "电子商务"),
    ("intermediary", "中介服务业"), ("exhibition_ads", "会展广告"),
]
SECTORS_8_3 = [
    ("health", "医药卫生和计划生育"), ("social_security", "社会保障"), ("labour", "劳动用工"),
    ("education", "教育科研"), ("culture_sports_tourism", "文化体育旅游"), ("ip", "知识产权"),
    ("environment_energy", "环境保护和能源节约"), ("social_orgs", "社会组织"),
    ("key_professions", "重点职业人群"), ("internet", "互联网应用及服务"),
]


def matrix(ind, sectors):
    return [check(f"{ind}.{s}.{m}", f"{zh}领域：{mzh}", "0.2")
            for s, zh in sectors for m, mzh in MEASURES]


def indicator(iid, name, name_en, imax, units, items, notes=()):
    return dict(id=iid, name=name, nameEn=name_en, max=imax, units=units, items=items, notes=list(notes))


def build():
    dims = []
    dims.append(dict(id="1", name="工作保障与推进措施", nameEn="Work safeguards and promotion measures", max="5",
                     indicators=[
        indicator("1.1", "工作保障条件", "Working conditions", "2", U_1_1, [
            check("1.1.institution", "机构到位", "0.5"),
            check("1.1.duties", "职责到位", "0.5"),
            check("1.1.staff", "人员到位", "0.5"),
            check("1.1.funding", "资金保障到位", "0.5"),
        ]),
        indicator("1.2", "工作推进措施", "Promotion measures", "3", U_1_2, [
            check("1.2.leadership", "有领导机制", "1"),
            check("1.2.task_division", "有任务分工", "1"),
            check("1.2.supervision", "有督查考核", "1"),
        ]),
    ]))
    dims.append(dict(id="2", name="规划分解与落实", nameEn="Plan breakdown and implementation", max="5", indicators=[
        indicator("2.1", "年度工作计划制定情况", "Annual work plans drawn up", "3", U_2, [
            check(f"2.1.plan_{y}", f"有本市{y}年度社会信用体系建设工作计划（要点）", "1") for y in (2015, 2016, 2017)
        ], notes=["负责提供资料单位：分工表中第2项的一个单元格同时适用于2.1和2.2。"]),
        indicator("2.2", "年度工作计划落实情况", "Annual work plans carried out", "2", U_2, [
            plan_level(2015), plan_level(2016),
        ], notes=["负责提供资料单位：分工表中第2项的一个单元格同时适用于2.1和2.2。",
                  "“2015年工作计划全部完成得1分，部分完成酌情给分；2016年类似给分。”"]),
    ]))
    new_entities = check("3.1.new_entities", "新增主体全面实施", "1")
    fact("3.1.mapping_library", "新旧代码映射库并全量上报", "bool")
    conversion = step_down("3.1.code_conversion_rate", "存量代码转换率", "1", "100", "10", "0.1", "50",
                           notes=[N_GATE, N_STEP_CONV],
                           gates=[dict(fact="3.1.mapping_library", condition="true")])
    conversion["label"] = "存量主体代码转换并建立新旧代码映射库、全量上报（存量代码转换率）"
    renewal = step_down("3.1.license_renewal_rate", "存量证照换发率", "1", "100", "10", "0.1", "50",
                        notes=[N_STEP_RENEWAL])
    renewal["label"] = "向存量主体换发证照及代码（存量证照换发率）"
    dims.append(dict(id="3", name="信用标准与法规制度建设", nameEn="Credit standards, laws and rules", max="5", indicators=[
        indicator("3.1", "统一社会信用代码", "Unified social credit code", "3", U_3_1,
                  [new_entities, conversion, renewal]),
        indicator("3.2", "信用法规制度建设", "Credit laws and rules", "2", U_3_2, [
            check("3.2.info_rules", "公共信用信息管理制度", "2"),
            check("3.2.market_policy", "信用服务市场政策文件", "2"),
        ], notes=[N_3_2]),
    ]))
    dims.append(dict(id="4", name="公共信用信息共享", nameEn="Public credit information sharing", max="13", indicators=[
        indicator("4.1", "公共信用信息共享", "Public credit information sharing", "10", U_4_1, [
            check("4.1.platform_reporting", "建成平台并向省级全量上报", "2"),
            per_unit("4.1.contributing_units", "常态化提供信息的部门和单位数", "0.04", "2",
                     notes=["每1个部门或单位0.04分，最高不超过2分（50个及以上得2分）。"]),
            step_down("4.1.person_coverage", "18岁以上户籍人口归集覆盖率", "2", "95", "1", "0.1", "90",
                      notes=[N_4_1_PERSON]),
            step_down("4.1.org_coverage", "法人和其他组织归集覆盖率", "2", "99", "1", "0.1", "90",
                      notes=[N_4_1_ORG]),
            check("4.1.records_by_subject", "清洗整理并记于每个主体名下", "2", notes=[N_4_1_RECORDS]),
        ]),
        indicator("4.2", "信用网站", "Credit website", "3", U_4_2, [
            discretionary("4.2.portal", "独立域名信用门户网站及信用服务", "1"),
            discretionary("4.2.double_publicity", "双公示全量公示并上报信用广东", "1"),
            check("4.2.one_stop_query", "一站式查询", "1"),
        ]),
    ]))
    dims.append(dict(id="5", name="信用信息与信用产品应用", nameEn="Use of credit information and credit products",
                     max="16", indicators=[
        indicator("5.1", "行政领域信用信息查询应用", "Credit queries in administration", "4", U_5_1, [
            check("5.1.dept_query_service", "为各部门开通查询服务", "1"),
            check("5.1.public_query_hall", "查询大厅或窗口", "1"),
            per_unit("5.1.applying_units", "行政管理中查询应用的部门或单位数", "0.05", "2",
                     notes=["每1个部门或单位0.05分，最高不超过2分（40个及以上得2分）。"]),
        ]),
        indicator("5.2", "公共服务领域信用信息查询应用", "Credit queries in public services", "3", U_5_2, [
            discretionary("5.2.expert", "公共服务领域信用信息查询应用（酌情计分）", "3"),
        ]),
        indicator("5.3", "金融领域信用信息查询应用", "Credit queries in finance", "6", U_5_3, [
            discretionary("5.3.sme_rural_finance", "中小企业和农村信用体系/信用贷款", "4"),
            discretionary("5.3.fund_registration", "政府出资产业投资基金信用信息登记", "2"),
        ]),
        indicator("5.4", "信用服务市场培育发展", "Credit service market development", "3", U_5_4, [
            discretionary("5.4.expert", "信用服务市场培育发展（酌情计分）", "3"),
        ]),
    ]))
    dims.append(dict(id="6", name="开展信用联合奖惩", nameEn="Joint rewards and punishments", max="6", indicators=[
        indicator("6.1", "联合奖惩实施与反馈", "Joint rewards and punishments: implementation and feedback", "6",
                  U_6_1, [
            per_unit("6.1.domains", "建立联合奖惩制度且有案例和反馈的领域数", "0.2", "4",
                     notes=["每1个领域0.2分，最高不超过4分（20个及以上得4分）。"]),
            check("6.1.cross_region", "红黑名单跨区域共享与联合奖惩", "1"),
            check("6.1.market_orgs", "联合市场机构和社会组织", "1"),
        ]),
    ]))
    dims.append(dict(id="7", name="诚信文化宣传与教育培训", nameEn="Integrity culture, publicity, education and training",
                     max="8", indicators=[
        indicator("7.1", "诚信文化宣传", "Integrity culture publicity", "4", U_7, [
            discretionary("7.1.expert", "诚信文化宣传（酌情给分）", "4"),
        ]),
        indicator("7.2", "诚信教育培训", "Integrity education and training", "4", U_7, [
            check("7.2.reader", "诚信教育读本", "1"),
            check("7.2.course", "诚信教育课程", "1"),
            check("7.2.activities", "诚信教育活动", "1"),
            check("7.2.practitioner_training", "信用从业人员培训", "1"),
        ], notes=["负责提供资料单位：分工表中7.2的单元格为空，7.1的单元格同时适用于7.2。"]),
    ]))
    dims.append(dict(id="8", name="“四大领域”建设", nameEn="The four key areas", max="32", indicators=[
        indicator("8.1", "商务诚信", "Business integrity", "8", U_8_1, matrix("8.1", SECTORS_8_1),
                  notes=[N_MATRIX,
                         "原文“商务诚信 8”一行印在第7项（诚信文化宣传与教育培训）的页面上，但属于第8项“四大领域”"
                         "（商务 + 政务 + 社会 + 司法 = 32分）。"]),
        indicator("8.2", "政务诚信", "Government integrity", "8", U_8_2, [
            discretionary("8.2.institutions", "政务诚信建设制度", "2"),
            check("8.2.civil_servant_files", "公务员诚信档案", "2"),
            check("8.2.records_in_evaluation", "信用记录作为干部考核任用奖惩依据", "2"),
            dict(id=fact("8.2.dishonesty_events", "失信政府机构数 + 两年内媒体曝光的重大失信事件数", "count"),
                 label="无政府重大失信事件（每有1家失信政府机构或1起重大失信事件扣0.1分）", notes=[N_8_2_EVENTS],
                 rule=("DeductionRule", dict(full="2")),
                 rule_deductions=[dict(fact="8.2.dishonesty_events", pointsEach="0.1")]),
        ]),
        indicator("8.3", "社会诚信", "Social integrity", "8", U_8_3, matrix("8.3", SECTORS_8_3), notes=[
            N_MATRIX, "负责提供资料单位按分工表原文（“市知识产权”原文如此）。"]),
        indicator("8.4", "司法公信", "Judicial credibility", "8", U_8_4, [
            check("8.4.disclosure", "审判/执行/检务/司法行政信息公开", "2"),
            check("8.4.bribery_archive", "行贿犯罪档案查询制度", "2"),
            check("8.4.professional_files", "职业人群与机构诚信档案", "2"),
            check("8.4.judicial_lists", "司法领域红黑名单", "2"),
        ]),
    ]))
    dims.append(dict(id="9", name="特色与创新", nameEn="Features and innovation (bonus)", max="10", bonus=True,
                     indicators=[
        indicator("9.1", "特色工作与创新经验", "Distinctive work and innovative experience", "10", U_9_1, [
            per_unit("9.1.media_national", "被国家级媒体公开报道次数", "4"),
            per_unit("9.1.media_provincial", "被省级媒体公开报道次数", "3"),
            per_unit("9.1.media_municipal", "被地市级媒体公开报道次数", "2"),
            per_unit("9.1.award_national", "获得国家相关部门表彰次数", "4"),
            per_unit("9.1.award_provincial", "获得省政府相关部门表彰次数", "3"),
            per_unit("9.1.award_municipal", "获得地市政府相关部门表彰次数", "2"),
            per_unit("9.1.replicable", "形成可复制、推广的经验数", "5"),
        ], notes=[N_9_1, "负责提供资料单位：分工表原文为“市各有关单位、各区、县级市提供”。",
                  "“前八项未涵盖的社会信用体系建设过程中的特色工作或亮点”。"]),
    ]))
    fact("10.1.survey_score", "社会获得感满意度调查得分", "points", "10")
    dims.append(dict(id="10", name="社会获得感", nameEn="Public sense of gain", max="10", indicators=[
        indicator("10.1", "社会各界获得感与满意度", "Public sense of gain and satisfaction", "10", U_10_1, [
            dict(id="10.1.survey_score", label="社会各界对社会信用体系建设成效的获得感与满意度（问卷调查）",
                 notes=[N_10_1, N_10_1_SURVEY],
                 rule=("SurveyRule", dict(fallbackFact="10.1.survey_score", max="10",
                                          questionnaire="//@questionnaire"))),
        ], notes=["负责提供资料单位：分工表原文为“市各有关单位、各区、县级市配合”（问卷由第三方机构发放回收）。"]),
    ]))
    return dims


# --------------------------------------------------------------------------------------------
# Questionnaire (附件2 and the 调查问卷发放方案)
# --------------------------------------------------------------------------------------------
CITIES = "广州市 深圳市 佛山市 顺德区 东莞市 中山市 珠海市 江门市 肇庆市 惠州市 汕头市 潮州市 揭阳市 汕尾市 湛江市 茂名市 阳江市 韶关市 清远市 云浮市 梅州市 河源市".split()
CATEGORIES = [("企业人员", 100), ("事业单位人员", 100), ("社会组织人员", 50), ("公务员", 100),
              ("信用管理从业人员", 50), ("人大代表", 10), ("政协委员", 10), ("学生", 50), ("其他", 30)]
QUESTIONS = {
    1: "您是否听说过广东省或您所在地市制定的社会信用体系建设规划?",
    2: "您是否听说过广东省或您所在地市制定的公共信用信息管理暂行办法?",
    3: "您对广东省或您所在地市的社会信用体系建设规划及相关法规制度的宣传是否满意?",
    4: "您是否听说过广东省或您所在地市建设的公共信用信息管理系统和信用网?",
    5: "您是否听说过政府实行的行政许可和行政处罚的“双公示”制度?",
    6: "您是否通过广东省或您所在地市的信用网查询过“双公示”信息或企业信用信息?",
    7: "您是否知道广东省或您所在地市公开曝光典型失信案例?",
    8: "您对您所在城市的信用信息公开力度是否满意?",
    9: "您对所在城市的信用信息管理系统的信息归集和查询服务功能是否满意?",
    10: "您所在城市是否出台了食品药品安全、产品质量、环境保护、税收征缴、安全生产、法院案件执行等重点领域的联合奖惩措施?",
    11: "您所在城市是否对守信者实行优先办理、简化程序、“绿色通道”和重点支持等相关激励政策?",
    12: "您是否听说或查询过您所在城市发布的守信红名单或失信黑名单?",
    13: "您认为政府推行的守信激励和失信惩戒制度在优化信用环境方面是否发挥了作用?",
    14: "您是否听说过您所在城市的信用管理服务机构? (如信用评级公司、征信公司、信用咨询公司、商账管理公司等)",
    15: "您或者您所在的单位是否使用过上述信用服务机构提供的信用服务或产品? 如查询信用信息、打印信用报告、信用评级等。",
    16: "您认为您所在城市的信用服务机构是否能够满足市场需求?",
    17: "您是否听说或参加过您所在城市政府部门组织的诚信宣传活动?",
    18: "您通过哪些渠道了解到您所在城市的信用知识与诚信宣传培训活动? (可多选)",
    19: "您是否听说或参加过您所在城市政府部门组织的诚信教育培训活动?",
    20: "您对所在城市开展的诚信宣传教育培训和诚信文化建设是否满意?",
    21: "政府近年来推进电子商务领域诚信建设，落实实名登记制度，推动信用信息公开、信用评价，建立失信联合惩戒机制等。您认为这些措施是否取得成效？",
    22: "政府近年来推动生产领域诚信建设，实施企业安全生产责任制，依法披露和曝光安全生产和质量失信企业的违法违规行等。您认为这些措施是否取得成效？",
    23: "政府近年来推动流通领域诚信建设，依法严厉打击假冒伪劣、商业欺诈等违法失信行为，对不同信用等级的流通企业实行差别化待遇。您认为这些措施是否取得成效？",
    24: "政府近年来推动工程建设领域诚信建设，加大了对企业及其从业人员在招投标、工程造价、质量管理、施工安全和工资支付等方面违法失信行为的惩戒力度。您认为这些措施是否取得成效？",
    25: "政府近年来推动食品药品安全领域诚信建设，加强对食品药品企业的分级管理，严厉打击涉嫌生产、销售假冒伪劣及有毒有害食品药品的违法犯罪行为，对严重违法失信行为进行披露和曝光。您认为这些措施是否取得成效？",
    26: "政府近年来推动社会保障领域诚信建设，加大了对骗取保障房，骗取社会保险待遇、用人单位少缴和漏缴社会保险费、医保欺诈等失信行为的惩戒力度。您认为这些措施是否取得成效？",
    27: "政府近年来推动知识产权领域诚信建设，坚决打击假冒专利、商标、版权等知识产权违法失信行为。您认为这些措施是否取得成效？",
    28: "政府近年来积极推动互联网领域诚信建设，要求依法办网、诚信用网、加强网络信息保护，对实施网络欺诈、造谣传谣、侵害他人合法权益等严重网络失信行为进行严厉惩处。您认为这些措施是否取得成效？",
    29: "政府近年来积极开展政务诚信建设示范工程,全面推行网上办事、依法行政、政务公开、守信践诺、公共资源交易,充分听取群众对涉及其切身利益相关决策的意见。您认为这些措施是否取得成效?",
    30: "政府近年来积极规范自身行政履职行为,要求严格依法行政,切实减少行政手段对微观经济活动的不恰当干预,严禁滥用行政权力封锁市场。相比 2015 年之前,您认为这方面的工作是否有所改进?",
    31: "政府近年来积极强化示范作用,带头使用信用产品,在行政许可、政府采购、招投标、资质认定、补助发放、申请政府资金等方面,率先广泛使用信用信息及信用产品和服务,培育信用服务市场。您认为这些措施是否取得成效?",
    32: "政府近年来加大司法公开力度,实施“阳光审判”、“阳光检务”、“阳光警务”、“阳光狱务”。您认为您所在城市司法公信力是否有明显提升?",
    33: "政府近年来创新司法公开的方式和途径。着力建设覆盖范围广、数据即时生成、资源共享互通的司法业务管理系统,及时公开执法办案的制度规范、程序时限和办案进展等信息。您对所在城市政府在这方面的工作是否满意?",
    34: "中小微企业信用体系建设工程是社会信用体系建设中的重点工程之一,您所在城市是否已建立中小微企业信用档案,并形成一套科学、合理、客观的中小微企业信用评价标准和评价办法?",
    35: "农村信用体系建设工程是社会信用体系建设中的重点工程之一,您所在城市是否已建立农村社会成员信用档案,对信用等级较高的农村社会成员,在授信额度、利率、项目资金安排、补贴补助、审批手续办理等方面给予优惠和方便?",
    36: "您认为近年来您所在城市的社会信用体系建设取得明显成效的是哪个(些)领域?(可多选)",
    37: "您认为近年来您所在城市社会信用环境有何变化?",
    38: "您认为所在地市开展社会信用体系建设是否促进了当地经济发展和社会的和谐稳定？",
    39: "您对所在地市推进社会信用体系建设的力度和效果的评价是？",
}
YES_NO = [("是", 1, 1), ("否", 0, 1)]
YES_NO_DK = [("是", 1, 1), ("否", 0, 1), ("不知道", 0, 1)]
Q18 = [("新闻媒体", 1, 1), ("网络平台", 1, 1), ("微博微信", 1, 1), ("公益巡讲活动", 1, 1), ("先进典型创建活动", 1, 1),
       ("诚信文化进机关、进企业、进学校、进社区、进农村活动", 1, 1), ("没了解过", 0, 1, True)]
Q36 = [("商务诚信", 1, 1), ("政务诚信", 1, 1), ("司法公信", 1, 1), ("社会诚信", 1, 1)]
Q37 = [("明显改善", 1, 1), ("有所改善", 2, 3), ("没有变化", 1, 3), ("有所恶化", 0, 1)]
Q39 = [("非常满意", 1, 1), ("比较满意", 2, 3), ("一般", 1, 3), ("不满意", 0, 1)]


def question_options(n):
    if n in (18,):
        return "multi-any", Q18
    if n == 36:
        return "multi-share", Q36
    if n == 37:
        return "single", Q37
    if n == 39:
        return "single", Q39
    if n in (10, 11) or 21 <= n <= 35 or n == 38:
        return "single", YES_NO_DK
    return "single", YES_NO


# --------------------------------------------------------------------------------------------
# XMI writer
# --------------------------------------------------------------------------------------------
def attrs(d):
    return "".join(f" {k}={quoteattr(str(v))}" for k, v in d.items() if v is not None)


def write():
    dims = build()
    fact_by_id = {f[0]: f for f in facts}
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    out.append('<scheme:Scheme xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"'
               ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
               ' xmlns:scheme="http://crediteval.org/model/scheme/1.0"'
               + attrs(dict(id=PACK_ID, version=PACK_VERSION,
                            nameZh="广东地市社会信用体系建设绩效评估（2017）",
                            nameEn="Guangdong prefecture-level cities: social credit system construction performance assessment (2017)",
                            baseMax="100", bonusMax="10",
                            source="《广东地市社会信用体系建设绩效评估分工表》与《广东省社会信用体系建设绩效评估（2017）社会获得感满意度调查问卷》"
                                   "（含调查问卷发放方案，广东省社会信用体系建设绩效评估组，2017年7月31日），"
                                   "茂名市社会信用体系建设统筹协调小组办公室《关于协助做好社会信用体系建设绩效检查评估工作的函》"
                                   "（茂信用统筹办函[2017]8号）附件1、附件2"))
               + '>')
    for note in [
        "基础分100分（第1–8项和第10项），附加分最高10分（第9项“特色与创新”），附加分单独报告，总分 = 基础分 + 附加分。",
        "原文“商务诚信 8”一行印在第7项的页面上，但属于第8项“四大领域”建设（商务 + 政务 + 社会 + 司法 = 32分）；第7项为8分（7.1 + 7.2）。",
        "“以上”“以下”“以内”“满”含本数；“超过”“不满”“低于”“以外”不含本数。",
    ]:
        out.append(f"  <notes>{escape(note)}</notes>")
    for d in dims:
        out.append(f"  <dimensions{attrs(dict(id=d['id'], name=d['name'], nameEn=d['nameEn'], max=d['max'], bonus='true' if d.get('bonus') else None))}>")
        for ind in d["indicators"]:
            out.append(f"    <indicators{attrs(dict(id=ind['id'], name=ind['name'], nameEn=ind['nameEn'], max=ind['max']))}>")
            for u in ind["units"]:
                out.append(f"      <responsibleUnits>{escape(u)}</responsibleUnits>")
            for n in ind["notes"]:
                out.append(f"      <notes>{escape(n)}</notes>")
            for it in ind["items"]:
                out.append(f"      <items{attrs(dict(id=it['id'], label=it['label']))}>")
                for n in it.get("notes", []):
                    out.append(f"        <notes>{escape(n)}</notes>")
                kind, rattrs = it["rule"]
                for ref in ("fact", "fallbackFact"):
                    if ref in rattrs:
                        assert rattrs[ref] in fact_by_id, rattrs[ref]
                head = f'        <rule xsi:type="scheme:{kind}"{attrs(rattrs)}'
                if kind == "LevelRule":
                    out.append(head + ">")
                    for s in it["scores"]:
                        out.append(f"          <scores{attrs(s)}/>")
                    out.append("        </rule>")
                elif kind == "DeductionRule":
                    out.append(head + ">")
                    for ded in it["rule_deductions"]:
                        assert ded["fact"] in fact_by_id
                        out.append(f"          <deductions{attrs(ded)}/>")
                    out.append("        </rule>")
                else:
                    out.append(head + "/>")
                for g in it.get("gates", []):
                    assert g["fact"] in fact_by_id
                    out.append(f"        <gates{attrs(g)}/>")
                out.append("      </items>")
            out.append("    </indicators>")
        out.append("  </dimensions>")
    for fid, label, ftype, fmax, levels in facts:
        a = attrs(dict(id=fid, label=label, type=ftype, max=fmax))
        if levels:
            out.append(f"  <facts{a}>")
            for code, zh in levels:
                out.append(f"    <levels{attrs(dict(code=code, label=zh))}/>")
            out.append("  </facts>")
        else:
            out.append(f"  <facts{a}/>")
    out.append("  <questionnaire"
               + attrs(dict(id="gd-2017-survey", title="广东省社会信用体系建设绩效评估(2017)社会获得感满意度调查问卷",
                            deadline="2017-08-15T23:59:59+08:00")) + ">")
    for c in CITIES:
        out.append(f"    <cities>{escape(c)}</cities>")
    for code, quota in CATEGORIES:
        out.append(f"    <categories{attrs(dict(code=code, quota=quota))}/>")
    for n in range(1, 40):
        kind, options = question_options(n)
        out.append(f"    <questions{attrs(dict(number=n, text=QUESTIONS[n], kind=kind))}>")
        for opt in options:
            label, num, den = opt[:3]
            exclusive = "true" if len(opt) > 3 and opt[3] else None
            out.append(f"      <options{attrs(dict(label=label, numerator=num, denominator=den, exclusive=exclusive))}/>")
        out.append("    </questions>")
    out.append("  </questionnaire>")
    out.append("</scheme:Scheme>")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    write()
