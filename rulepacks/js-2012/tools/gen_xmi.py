#!/usr/bin/env python3
"""Writes model/js-2012.xmi from the tables below (spec/js-2012.md).

The XMI in model/ is the source of truth shipped in the bundle; this script is a
convenience for regenerating it after editing the tables. Run from anywhere:

    python3 rulepacks/js-2012/tools/gen_xmi.py            # write the XMI
    python3 rulepacks/js-2012/tools/gen_xmi.py --check    # only check totals and references
"""
import os
import sys
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "model", "js-2012.xmi")

PACK_ID = "js-2012"
PACK_VERSION = "1.0.0"

# ---------------------------------------------------------------- facts
# Scheme.facts in table order (this is the order of a result's `missing` list).
# (id, label, type, extra) with extra: levels=[(code, label)], max=, optional=, default=


def F(fid, label, ftype, **extra):
    return dict(id=fid, label=label, type=ftype, **extra)


FACTS = [
    F("1.1.leading_group", "成立社会信用体系建设领导小组并由市领导担任组长", "bool"),
    F("1.2.office", "信用建设职能部门的设置情况", "level",
      levels=[("standalone", "单设信用办"), ("merged", "与其他处室合署办公"), ("none", "未设立")]),
    F("1.3.fulltime", "信用办专职人员数", "count"),
    F("1.3.parttime", "信用办兼职人员数", "count"),
    F("2.1.long_term_plan", "有本市社会信用体系建设中长期规划", "bool"),
    F("2.1.action_plan", "有3年行动计划", "bool"),
    F("2.2.annual_plan", "有年度目标计划且执行情况良好", "bool"),
    F("2.3.municipal_system", "市委、市政府、市人大制订市级守信激励和失信联合惩戒制度", "bool"),
    F("2.3.office_systems", "信用办牵头联合市有关部门制定的制度数", "count"),
    F("2.4.county_assessment", "有对辖区内县（市、区）社会信用体系建设年度考核制度", "bool"),
    F("2.5.department_assessment", "有对市级部门社会信用体系建设年度考核制度", "bool"),
    F("3.1.plan_published", "已制定方案，对外发布年度工作计划和申报方式", "bool"),
    F("3.2.completed", "市级完成贯标企业数", "count"),
    F("3.2.planned", "贯标年度计划数", "count"),
    F("3.3.city_completed", "完成市级示范企业数", "count"),
    F("3.3.city_planned", "市级示范创建年度计划数", "count"),
    F("3.3.city_revoked", "因投诉并经查实而取消市级示范的家数", "count", optional=True, default="0"),
    F("3.3.province_plan_met", "完成省级示范创建计划", "bool"),
    F("3.3.province_revoked", "因投诉并经查实而取消省级示范的家数", "count", optional=True, default="0"),
    F("4.1.industries", "制定并实施征信计划的行业数", "count"),
    F("4.2.applications", "使用信用信息和产品的领域和环节数", "count"),
    F("4.3.groups", "开展信用分类监管、联动监管的职业群体数", "count"),
    F("4.4.registered_agencies", "在市信用办登记备案的信用服务机构（征信和评级）数", "count"),
    F("4.4.rules", "信用服务机构管理制度的发布层级", "level",
      levels=[("municipal", "以市级层面发布制度"), ("department", "以部门名义发布制度"), ("none", "未发布制度")]),
    F("4.5.reports", "信用报告及信用管理咨询服务报告数量（份）", "count"),
    F("5.1.portal", "开通市级政府诚信网", "bool"),
    F("5.2.plan", "企业信用基础数据库：制定市级系统规划且符合省总体规划要求", "bool"),
    F("5.2.build", "企业信用基础数据库及公共服务平台建设情况", "level",
      levels=[("connected", "完成系统建设，与省数据库实现对接并能实现交换"),
              ("started", "启动系统建设"), ("none", "其他情况")]),
    F("5.2.collecting_departments", "实现企业信用信息归集的市级部门数", "count"),
    F("5.2.supervising_departments", "实现企业信用信息联动监管的市级部门数", "count"),
    F("5.2.query_service", "企业信用公共服务平台提供查询服务情况", "level",
      levels=[("internet", "开通互联网服务"), ("intranet", "开通内网服务"), ("none", "没有开通")]),
    F("5.3.plan", "个人信用基础数据库：制定市级系统规划且符合省总体规划要求", "bool"),
    F("5.3.build", "个人信用基础数据库建设情况", "level",
      levels=[("completed", "完成系统建设"), ("started", "启动系统建设"), ("none", "其他情况")]),
    F("5.3.collecting_departments", "实现个人信用信息归集的市级部门（行业）数", "count"),
    F("5.3.supervising_sectors", "实现个人信用信息联动监管的市级行业数", "count"),
    F("5.3.intranet_query", "个人信用信息开通内网查询服务", "bool"),
    F("5.3.internet_query", "个人信用信息开通互联网查询服务并采取严格保密措施", "bool"),
    F("5.4.security_rules", "依法制定信用信息安全管理和分级保护制度", "bool"),
    F("6.1.special_meeting", "市委、市政府召开专题会议研究部署社会信用体系建设工作", "bool"),
    F("6.1.party_government_documents", "年度以市委、市政府名义制定的社会信用体系建设相关文件数", "count"),
    F("6.1.other_documents", "年度以其他名义发文数", "count"),
    F("6.1.leader_instructions", "市委、市政府主要领导在考核年度的批示次数", "count"),
    F("6.1.office_meeting", "年度内以市信用办名义组织的专题工作会议", "bool"),
    F("6.1.office_documents", "以市信用办名义印发的综合性、指导性、制度性文件数", "count"),
    F("6.2.funds", "市财政设立的社会信用体系建设专项资金（万元）", "money"),
    F("6.3.publicity", "诚信宣传情况", "level",
      levels=[("rich", "宣传形式多样，宣传效果良好"),
              ("basic", "有宣传经费，宣传手段单一，宣传效果一般"), ("none", "其他情况")]),
    F("6.3.trainees", "参加信用管理师国家职业资格等培训人次", "count"),
    F("6.3.large_events", "市委、市政府或市信用办组织举办且人数超过100人的专项活动次数", "count"),
    F("6.3.small_events", "市委、市政府或市信用办组织举办且人数100人以内的专项活动次数", "count"),
    F("6.3.department_events", "其他部门单位组织举办的专项活动次数", "count"),
    F("7.1.leader_absences", "主要领导、分管领导缺席省级会议、活动人次", "count"),
    F("7.1.staff_absences", "其他人员缺席省级会议、活动人次", "count"),
    F("7.2.external_score", "省治工办考评结果（分）", "points", max="20"),
    F("7.3.adopted_items", "被省信用办采用的信息条数", "count"),
    F("7.4.exchange", "与省公共信用信息系统数据交换的方式", "level",
      levels=[("database", "数据库自动对接"), ("front_end", "用前置系统交换数据"), ("other", "其他情况")]),
    F("7.4.conformant", "提供的数据符合规范性要求", "bool"),
    F("7.4.timeliness_rate", "时效率（实际按时提供次数/规定提供次数×100%）", "rate"),
    F("7.4.ingest_rate", "入库率（有效入库记录总数/提供记录总数×100%）", "rate"),
    F("7.4.completeness_rate", "完整率（实际提供的数据项数量/要求提供的数据项数量×100%）", "rate"),
    F("8.1.innovation", "考核小组认定的工作创新加分", "points", max="100"),
]
FACT_IDS = [f["id"] for f in FACTS]

# ---------------------------------------------------------------- rules


def check(fact, points):
    return ("CheckRule", dict(fact=fact, points=points), [])


def per_unit(fact, ppu, cap=None, unit=None):
    a = dict(fact=fact, pointsPerUnit=ppu)
    if unit is not None:
        a["unitSize"] = unit
    if cap is not None:
        a["cap"] = cap
    return ("PerUnitRule", a, [])


def ratio(actual, target, points):
    return ("RatioRule", dict(actual=actual, target=target, points=points), [])


def bands(fact, *pairs):
    return ("BandsRule", dict(fact=fact), [("bands", dict(lowerBound=lb, points=p)) for lb, p in pairs])


def level(fact, *pairs):
    return ("LevelRule", dict(fact=fact), [("scores", dict(level=c, points=p)) for c, p in pairs])


def deduction_rule(full, *pairs):
    return ("DeductionRule", dict(full=full), [("deductions", dict(fact=f, pointsEach=p)) for f, p in pairs])


def discretionary(fact, mx):
    return ("DiscretionaryRule", dict(fact=fact, max=mx), [])


def external(fact, mx, body):
    return ("ExternalRule", dict(fact=fact, max=mx, body=body), [])


def I(iid, label, rule, notes=(), basis=(), methods=(), gates=(), deductions=()):
    return dict(id=iid, label=label, rule=rule, notes=list(notes), basis=list(basis),
                methods=list(methods), gates=list(gates), deductions=list(deductions))


def IND(iid, name, name_en, mx, items, basis, methods, notes=(), cap_groups=()):
    return dict(id=iid, name=name, nameEn=name_en, max=mx, items=items, basis=list(basis),
                methods=list(methods), notes=list(notes), capGroups=list(cap_groups))


def DIM(did, name, name_en, mx, indicators, bonus=False):
    return dict(id=did, name=name, nameEn=name_en, max=mx, indicators=indicators, bonus=bonus)


DOC = ["文件资料"]
AUDIT = ["材料审核"]
AUDIT_VISIT = ["材料审核", "实地考察"]
RECEIVED = ["市级系统中心端接收数据的统计表"]
SUPERVISION = ["联动监管应用情况"]
QUERY = ["查询服务情况"]
DOC_PHOTO = ["文件资料", "照片"]
CENTRE = ["省公共信用信息中心统计资料"]

DIMENSIONS = [
    DIM("1", "工作体系建设", "Working system", "100", [
        IND("1.1", "社会信用体系建设工作管理部门建设情况", "Leading body for social credit system construction", "20", [
            I("1.1.leading_group", "成立领导小组并由市领导担任组长", check("1.1.leading_group", "20"),
              notes=["成立领导小组并由市领导担任组长的得20分；未达要求（无领导小组，或组长不是市领导）不得分。"]),
        ], DOC, AUDIT),
        IND("1.2", "信用建设职能部门的设置", "Credit office set-up", "40", [
            I("1.2.office", "信用建设职能部门的设置情况",
              level("1.2.office", ("standalone", "40"), ("merged", "20"), ("none", "0"))),
        ], DOC, AUDIT),
        IND("1.3", "人员配置情况", "Staffing of the credit office", "40", [
            I("1.3.fulltime", "专职人员：人数×5，最高得40分", per_unit("1.3.fulltime", "5", cap="40")),
            I("1.3.parttime", "兼职人员：人数×2，最高得10分", per_unit("1.3.parttime", "2", cap="10")),
        ], DOC, AUDIT, notes=[
            "专职与兼职两项相加，指标合计最高40分（如专职6人30分＋兼职5人10分＝40分；专职9人45分先按本项封顶40分）。"]),
    ]),
    DIM("2", "规划及制度建设", "Plans and rules", "100", [
        IND("2.1", "中长期社会信用体系建设规划", "Medium- and long-term plan", "20", [
            I("2.1.long_term_plan", "有长期规划", check("2.1.long_term_plan", "10")),
            I("2.1.action_plan", "有3年行动计划", check("2.1.action_plan", "10")),
        ], DOC, AUDIT, notes=[
            "有长期规划和3年行动计划的得20分；只有1项规划或计划的得10分；两项都没有的不得分：读作两项各10分。"]),
        IND("2.2", "年度目标计划", "Annual target plan", "10", [
            I("2.2.annual_plan", "有年度目标计划且执行情况良好", check("2.2.annual_plan", "10"), notes=[
                "原文只规定“有年度目标计划且执行情况良好的得10分；无年度计划的不得分”。"
                "有计划但执行情况不好的情形原文未给分，本规则包按“否”计0分。"]),
        ], DOC, AUDIT),
        IND("2.3", "实施守信激励和失信联合惩戒制度", "Incentive and joint-punishment rules", "50", [
            I("2.3.municipal_system", "市委、市政府、市人大制订市级制度", check("2.3.municipal_system", "50")),
            I("2.3.office_systems", "信用办牵头联合市有关部门制定的制度，每个10分，最高20分",
              per_unit("2.3.office_systems", "10", cap="20")),
        ], DOC, AUDIT, notes=[
            "两项相加，指标合计最高50分：有市级制度即得满分50分；没有市级制度时，信用办牵头制定的制度每个10分，最高20分。"]),
        IND("2.4", "对辖区内县（市、区）社会信用体系建设考核制度", "Assessment of counties", "10", [
            I("2.4.county_assessment", "有对辖区内县（市、区）的年度考核制度", check("2.4.county_assessment", "10")),
        ], DOC, AUDIT),
        IND("2.5", "对市级各部门社会信用体系建设考核制度", "Assessment of municipal departments", "10", [
            I("2.5.department_assessment", "有对市级部门的年度考核制度", check("2.5.department_assessment", "10")),
        ], DOC, AUDIT),
    ]),
    DIM("3", "企业信用管理贯标和示范创建", "Enterprise credit management standard and model enterprises", "100", [
        IND("3.1", "方案制定", "Work plan", "10", [
            I("3.1.plan_published", "已制定方案，发布计划和申报方式", check("3.1.plan_published", "10")),
        ], DOC, AUDIT),
        IND("3.2", "贯标工作", "Standard adoption", "60", [
            I("3.2.ratio", "市级完成贯标企业数/年度计划数×60", ratio("3.2.completed", "3.2.planned", "60"), notes=[
                "60 × min(1, 完成数/计划数)：完成或超额完成目标的得60分。",
                "除不尽时按34位有效数字计算，四舍五入（HALF_UP）保留4位小数（如7/9 → 46.6667）。",
                "年度计划数为0时本项得0分并给出警告（3.2.planned = 0）。",
                "完成数与计划数任一缺失时本项得0分，缺失的事实列入 missing（计划数为0时完成数缺失也列入）。"]),
        ], DOC, AUDIT),
        IND("3.3", "示范创建工作", "Model enterprises", "30", [
            I("3.3.city_ratio", "市级示范创建计划完成情况：完成市级示范企业数/年度计划数×20",
              ratio("3.3.city_completed", "3.3.city_planned", "20"),
              deductions=[("3.3.city_revoked", "10")], notes=[
                  "20 × min(1, 完成数/计划数)：超额完成目标的得20分；除不尽时四舍五入（HALF_UP）保留4位小数，再扣减。",
                  "年度计划数为0时本项得0分并给出警告（3.3.city_planned = 0），此时扣减无分可扣。",
                  "因投诉并经查实而取消市级示范的，每家从本项扣10分，扣完为止（不低于0）。",
                  "取消家数（3.3.city_revoked）为可选事实，未提供时按0家计，不列入 missing。"]),
            I("3.3.province_plan_met", "省级示范创建工作开展情况：完成计划数的得10分", check("3.3.province_plan_met", "10"),
              gates=[("3.3.province_revoked", "zero")], notes=[
                  "因投诉并经查实而取消省级示范的（家数大于0），本项不得分。",
                  "取消家数（3.3.province_revoked）为可选事实，未提供时按0家计，不列入 missing。"]),
        ], DOC, AUDIT),
    ]),
    DIM("4", "信用信息和产品推广应用", "Credit information and products in use", "150", [
        IND("4.1", "政府部门联合征信", "Joint credit-information plans of government departments", "30", [
            I("4.1.industries", "在1个行业制定征信计划并实施的得3分，最高30分", per_unit("4.1.industries", "3", cap="30")),
        ], DOC, AUDIT),
        IND("4.2", "政府示范应用信用信息和产品", "Government use of credit information and products", "40", [
            I("4.2.applications", "在1个领域和环节使用信用信息和产品得4分，最高40分",
              per_unit("4.2.applications", "4", cap="40")),
        ], DOC, AUDIT),
        IND("4.3", "特殊职业群体信用管理", "Credit management of special occupational groups", "30", [
            I("4.3.groups", "对1个职业群体开展信用分类监管、联动监管得3分，最高30分", per_unit("4.3.groups", "3", cap="30")),
        ], DOC, AUDIT),
        IND("4.4", "信用服务机构备案与管理", "Registration and management of credit service agencies", "20", [
            I("4.4.registered_agencies", "备案1家信用服务机构得2分，最高10分",
              per_unit("4.4.registered_agencies", "2", cap="10")),
            I("4.4.rules", "信用服务机构管理制度：以市级层面发布的得10分，以部门名义发布的得5分",
              level("4.4.rules", ("municipal", "10"), ("department", "5"), ("none", "0"))),
        ], ["省信用办备案记录", "文件资料"], AUDIT_VISIT),
        IND("4.5", "信用服务市场发展状况", "Credit service market", "30", [
            I("4.5.reports", "信用报告及咨询服务报告数量",
              bands("4.5.reports", ("2000", "30"), ("500", "20"), ("100", "10")), notes=[
                  "2000份以上（含2000）得30分；500－2000份（含500）得20分；100－500份（含100）得10分；100份以下不得分。",
                  "边界：2000 → 30，1999 → 20，500 → 20，499 → 10，100 → 10（“含100”优先于“100份以下”），99 → 0。"]),
        ], ["省市信用办的统计资料"], AUDIT_VISIT),
    ]),
    DIM("5", "市级网站、企业、个人信用基础数据库及服务平台建设和应用",
        "Municipal credit portal, enterprise and personal credit databases and service platform", "300", [
        IND("5.1", "开通市级政府诚信网", "Municipal government credit portal", "10", [
            I("5.1.portal", "开通市级政府诚信网", check("5.1.portal", "10")),
        ], ["网络查询"], ["搜索网站"]),
        IND("5.2", "企业信用基础数据库及公共服务平台", "Enterprise credit database and public service platform", "140", [
            I("5.2.plan", "规划情况：制定市级系统规划且符合省总体规划要求", check("5.2.plan", "10"),
              basis=DOC, methods=AUDIT),
            I("5.2.build", "建设情况：完成系统建设并与省数据库对接交换60分，启动系统建设30分",
              level("5.2.build", ("connected", "60"), ("started", "30"), ("none", "0")),
              basis=DOC, methods=AUDIT_VISIT),
            I("5.2.collecting_departments", "归集和应用情况：实现信用信息归集的市级部门数，1个部门得1分，最高30分",
              per_unit("5.2.collecting_departments", "1", cap="30"), basis=RECEIVED, methods=AUDIT_VISIT),
            I("5.2.supervising_departments", "实现企业信用信息联动监管的市级部门数，1个部门得2分，最高20分",
              per_unit("5.2.supervising_departments", "2", cap="20"), basis=SUPERVISION, methods=AUDIT_VISIT),
            I("5.2.query_service", "建成公共服务平台，提供查询服务：开通互联网服务20分，开通内网服务10分",
              level("5.2.query_service", ("internet", "20"), ("intranet", "10"), ("none", "0")),
              basis=QUERY, methods=AUDIT_VISIT, notes=[
                  "企业库的查询服务是一个等级：开通互联网服务得20分，或只开通内网服务得10分，不相加"
                  "（与5.3个人库的两项可相加的查询服务不同）。"]),
        ], DOC + RECEIVED + SUPERVISION + QUERY, AUDIT_VISIT, notes=[
            "考核依据和考核方式按原表逐行给出，见各评分项。"]),
        IND("5.3", "个人信用基础数据库", "Personal credit database", "140", [
            I("5.3.plan", "规划情况：制定市级系统规划且符合省总体规划要求", check("5.3.plan", "10"),
              basis=DOC, methods=AUDIT),
            I("5.3.build", "建设情况：完成系统建设60分，启动系统建设30分",
              level("5.3.build", ("completed", "60"), ("started", "30"), ("none", "0")),
              basis=DOC, methods=AUDIT),
            I("5.3.collecting_departments", "归集和应用情况：实现个人信用信息归集的市级部门（行业）数，1个得1分，最高30分",
              per_unit("5.3.collecting_departments", "1", cap="30"), basis=RECEIVED, methods=AUDIT_VISIT),
            I("5.3.supervising_sectors", "实现个人信用信息联动监管的市级行业数，1个行业得2分，最高20分",
              per_unit("5.3.supervising_sectors", "2", cap="20"), basis=SUPERVISION, methods=AUDIT_VISIT),
            I("5.3.intranet_query", "依法按规提供查询服务：开通内网服务的得10分", check("5.3.intranet_query", "10"),
              basis=QUERY, methods=AUDIT_VISIT, notes=[
                  "个人库的查询服务是两项检查，可相加：内网服务10分＋互联网服务（采取严格保密措施）10分"
                  "（与5.2企业库“互联网20分或内网10分”的等级不同）。"]),
            I("5.3.internet_query", "开通互联网服务并采取严格保密措施的得10分", check("5.3.internet_query", "10"),
              basis=QUERY, methods=AUDIT_VISIT, notes=[
                  "未采取严格保密措施的互联网服务不得分（按“否”）。"]),
        ], DOC + RECEIVED + SUPERVISION + QUERY, AUDIT_VISIT, notes=[
            "考核依据和考核方式按原表逐行给出，见各评分项（建设情况一行只有材料审核）。"]),
        IND("5.4", "信用信息的安全与保护", "Security and protection of credit information", "10", [
            I("5.4.security_rules", "依法制定安全管理和分级保护制度", check("5.4.security_rules", "10")),
        ], DOC, AUDIT),
    ]),
    DIM("6", "工作组织推进", "Organisation of the work", "150", [
        IND("6.1", "领导重视和组织协调", "Leadership attention and coordination", "70", [
            I("6.1.special_meeting", "市委、市政府召开专题会议作出工作部署（30分）", check("6.1.special_meeting", "30"),
              basis=["会议通知", "相关通讯报道", "照片"], methods=AUDIT),
            I("6.1.party_government_documents", "以市委、市政府名义制定的文件，每个文件5分，最高15分",
              per_unit("6.1.party_government_documents", "5", cap="15"), basis=DOC, methods=AUDIT),
            I("6.1.other_documents", "以其他名义发文，每个1分，最高3分",
              per_unit("6.1.other_documents", "1", cap="3"), basis=DOC, methods=AUDIT, notes=[
                  "与以市委、市政府名义制定的文件同属一行（15分），两项合计最高15分。"]),
            I("6.1.leader_instructions", "市委、市政府主要领导批示，每次3分，最高15分",
              per_unit("6.1.leader_instructions", "3", cap="15"), basis=DOC, methods=AUDIT),
            I("6.1.office_meeting", "以市信用办名义组织的专题工作会议（5分）", check("6.1.office_meeting", "5"),
              basis=DOC_PHOTO, methods=AUDIT),
            I("6.1.office_documents", "以市信用办名义印发的文件，每个1分，最高5分",
              per_unit("6.1.office_documents", "1", cap="5"), basis=DOC, methods=AUDIT),
        ], ["会议通知", "相关通讯报道", "照片", "文件资料"], AUDIT, notes=[
            "指标70分 = 专题会议30 + 文件15 + 批示15 + 信用办会议5 + 信用办文件5。",
            "考核依据按原表逐行给出，见各评分项。"],
            cap_groups=[(["6.1.party_government_documents", "6.1.other_documents"], "15",
                         "原表同一行（15分）：以市委、市政府名义的文件每个5分最高15分，以其他名义发文每个1分最高3分，两项合计最高15分。")]),
        IND("6.2", "资金支持", "Funding", "50", [
            I("6.2.funds", "市财政专项资金，每10万元得1分，最高50分",
              per_unit("6.2.funds", "1", cap="50", unit="10"), notes=[
                  "只计满10万元的部分：得分 = floor(资金/10) × 1，最高50分（49.9万元 → 4分，9.99万元 → 0分，500万元 → 50分）。"]),
        ], DOC, AUDIT),
        IND("6.3", "宣传推广", "Publicity", "30", [
            I("6.3.publicity", "诚信宣传情况（5分）",
              level("6.3.publicity", ("rich", "5"), ("basic", "3"), ("none", "0")),
              basis=DOC_PHOTO, methods=AUDIT),
            I("6.3.trainees", "信用专业知识培训情况（20分）：参加信用管理师国家职业资格等培训人次",
              bands("6.3.trainees", ("100", "20"), ("60", "10"), ("10", "5")),
              basis=DOC_PHOTO, methods=AUDIT, notes=[
                  "100人以上得20分；60人以上得10分；10－60人得5分；10人以下不得分。",
                  "“以上”含本数：100 → 20，99 → 10，60 → 10，59 → 5。",
                  "恰好10人得5分：“10－60人”的区间下限优先于“10人以下不得分”；9 → 0。"]),
            I("6.3.large_events", "市委、市政府或市信用办组织举办的活动，1次且人数超过100人的得5分",
              per_unit("6.3.large_events", "5"), basis=DOC_PHOTO, methods=AUDIT),
            I("6.3.small_events", "市委、市政府或市信用办组织举办的活动，1次且人数100人以内的得3分",
              per_unit("6.3.small_events", "3"), basis=DOC_PHOTO, methods=AUDIT),
            I("6.3.department_events", "其他部门单位组织举办的活动，1次得1分",
              per_unit("6.3.department_events", "1"), basis=DOC_PHOTO, methods=AUDIT),
        ], DOC_PHOTO, AUDIT, notes=[
            "指标30分 = 诚信宣传5 + 培训20 + 专题活动5。",
            "原表三行的考核依据均为文件资料、照片，考核方式均为材料审核；逐项给出。"],
            cap_groups=[(["6.3.large_events", "6.3.small_events", "6.3.department_events"], "5",
                         "举办信用专题活动情况一行共5分：三类活动合计最高5分。")]),
    ]),
    DIM("7", "落实省社会信用体系建设工作任务", "Provincial tasks", "100", [
        IND("7.1", "参加省政府、省社会信用体系建设领导小组和省信用办等组织的会议、活动情况",
            "Attendance at provincial meetings and events", "10", [
            I("7.1.absences", "主要领导、分管领导缺席1人次扣5分，其他人员缺席1人次扣2分；扣完为止",
              deduction_rule("10", ("7.1.leader_absences", "5"), ("7.1.staff_absences", "2")), notes=[
                  "从10分起扣，不低于0分；两项缺席人次都为0得满分10分。",
                  "两项缺席人次都要提供（缺席记录本身就是证据）：任一项缺失时本项得0分，缺失的事实列入 missing。"]),
        ], ["会议报到记录"], AUDIT),
        IND("7.2", "工程建设领域项目信息公开和诚信体系建设情况",
            "Project information disclosure and integrity in construction", "20", [
            I("7.2.external_score", "根据省治工办考评结果计分，最高20分",
              external("7.2.external_score", "20", "省治工办"), notes=[
                  "分数由省治工办考评给出，本平台照录（0…20）。"]),
        ], ["省治工办、省信用办相关资料"], ["材料审核", "系统演示"]),
        IND("7.3", "向省信用办（“诚信江苏”网站、省经济和信息化委网站、工作简报）等提供信息情况",
            "Information supplied to the provincial credit office", "20", [
            I("7.3.adopted_items", "每采用1条得2分，最高20分", per_unit("7.3.adopted_items", "2", cap="20")),
        ], ["省信用办统计资料"], AUDIT),
        IND("7.4", "向省公共信用信息中心报送数据情况", "Data reported to the provincial public credit information centre", "50", [
            I("7.4.exchange", "与省公共信用信息系统数据交换的方式",
              level("7.4.exchange", ("database", "10"), ("front_end", "5"), ("other", "0"))),
            I("7.4.conformant", "提供的数据符合规范性要求", check("7.4.conformant", "10")),
            I("7.4.timeliness_rate", "时效率",
              bands("7.4.timeliness_rate", ("95", "10"), ("80", "5")), notes=[
                  "95%以上（含95%）得10分；80%－95%之间（含80%）得5分；80%以下不得分：95 → 10，94.9 → 5，80 → 5，79.9 → 0。"]),
            I("7.4.ingest_rate", "入库率",
              bands("7.4.ingest_rate", ("95", "10"), ("80", "5")), notes=[
                  "95%以上（含95%）得10分；80%－95%之间（含80%）得5分；80%以下不得分：95 → 10，94.9 → 5，80 → 5，79.9 → 0。"]),
            I("7.4.completeness_rate", "完整率",
              bands("7.4.completeness_rate", ("95", "10"), ("80", "5")), notes=[
                  "95%以上（含95%）得10分；80%－95%之间（含80%）得5分；80%以下不得分：95 → 10，94.9 → 5，80 → 5，79.9 → 0。"]),
        ], CENTRE, AUDIT),
    ]),
    DIM("8", "工作创新加分", "Innovation bonus", "100", [
        IND("8.1", "工作创新加分", "Innovation bonus", "100", [
            I("8.1.innovation", "考核小组认定的工作创新加分，总加分不得超过100分",
              discretionary("8.1.innovation", "100"), notes=[
                  "由考核小组考核认定加分（酌情计分，0…100），须在证据的 note 栏写明认定理由。",
                  "附加分单独报告为 bonus，不计入千分制基本分。"]),
        ], ["文件资料", "实地调研", "组织测评"], AUDIT, notes=[
            "由市委、市政府主要负责人担任领导小组组长，在县（市、区）开展示范创建，企业和个人信用基础数据库建设和应用，"
            "企业信用管理贯标和示范创建，信用服务业发展，行业信用体系建设，人才培训等方面有重要创新、取得明显成效的，"
            "可申请工作创新奖，由考核小组认定加分。总加分不得超过100分。"]),
    ], bonus=True),
]

SCHEME = dict(
    nameZh="江苏省辖市社会信用体系建设工作考核（2012—2013）",
    nameEn="Jiangsu assessment of social credit system construction in prefecture-level cities (2012–2013)",
    baseMax="1000",
    bonusMax="100",
    source="江苏省人民政府办公厅《省辖市社会信用体系建设工作考核办法》（2012年12月14日印发）"
           "附件：2012年－2013年省辖市社会信用体系建设工作考核指标（满分1000分，附加分100分）",
    notes=[
        "千分制：一至七部分基本分满分1000分；第八部分工作创新加分最高100分，单独报告，不计入基本分。",
        "指标得分为各评分项之和，再以指标分值封顶；一级指标得分为各指标之和。",
        "范围词读法：以上、以下、以内、满含本数，超过、不满、低于、以外不含；两者冲突时，明确写出的“含”与区间下限优先。",
        "未提供的事实：该评分项得0分并列入 missing；3.3.city_revoked、3.3.province_revoked 为可选事实（未提供按0）。",
    ],
)

# ---------------------------------------------------------------- checks


def rule_max(rule):
    kind, a, children = rule
    if kind == "CheckRule":
        return float(a["points"])
    if kind == "PerUnitRule":
        return float(a["cap"]) if "cap" in a else None
    if kind == "RatioRule":
        return float(a["points"])
    if kind == "BandsRule":
        return max(float(c[1]["points"]) for c in children)
    if kind == "LevelRule":
        return max(float(c[1]["points"]) for c in children)
    if kind == "DeductionRule":
        return float(a["full"])
    return float(a["max"])


def rule_facts(item):
    kind, a, children = item["rule"]
    out = [a[k] for k in ("fact", "actual", "target") if k in a]
    out += [c[1]["fact"] for c in children if "fact" in c[1]]
    out += [g[0] for g in item["gates"]] + [d[0] for d in item["deductions"]]
    return out


def check_model():
    problems = []
    warnings = []
    if len(set(FACT_IDS)) != len(FACT_IDS):
        problems.append("duplicate fact ids")
    used = []
    base = bonus = 0.0
    item_ids = []
    for d in DIMENSIONS:
        s = sum(float(i["max"]) for i in d["indicators"])
        if s != float(d["max"]):
            problems.append(f"dimension {d['id']}: indicators sum {s} != max {d['max']}")
        if d["bonus"]:
            bonus += float(d["max"])
        else:
            base += float(d["max"])
        for ind in d["indicators"]:
            if not ind["id"].startswith(d["id"] + "."):
                problems.append(f"indicator {ind['id']} not in dimension {d['id']}")
            ids = [it["id"] for it in ind["items"]]
            item_ids += ids
            # reachable maximum: items (grouped items capped by their group) capped by indicator
            grouped = {x for g in ind["capGroups"] for x in g[0]}
            total = 0.0
            for it in ind["items"]:
                if not it["id"].startswith(ind["id"] + "."):
                    problems.append(f"item {it['id']} not in indicator {ind['id']}")
                if it["id"] not in grouped:
                    m = rule_max(it["rule"])
                    if m is None:
                        problems.append(f"item {it['id']} uncapped outside a cap group")
                        m = 0
                    total += m
                f = rule_facts(it)
                used += f
                own = [x for x in f if x.startswith(ind["id"] + ".")]
                if len(own) != len(f):
                    problems.append(f"item {it['id']} reads facts of another indicator: {f}")
                kind = it["rule"][0]
                single = kind not in ("RatioRule", "DeductionRule")
                if single and it["id"] != it["rule"][1]["fact"]:
                    problems.append(f"item {it['id']} reads one fact {it['rule'][1]['fact']} but has another id")
            for members, gmax, _ in ind["capGroups"]:
                for m in members:
                    if m not in ids:
                        problems.append(f"cap group member {m} not in {ind['id']}")
                total += float(gmax)
            if total < float(ind["max"]):
                problems.append(f"indicator {ind['id']}: items reach only {total} < max {ind['max']}")
            elif total > float(ind["max"]):
                warnings.append(f"indicator {ind['id']}: items reach {total:g} > max {ind['max']} (capped by the indicator)")
    if len(set(item_ids)) != len(item_ids):
        problems.append("duplicate item ids")
    for f in used:
        if f not in FACT_IDS:
            problems.append(f"unknown fact {f}")
    for f in FACT_IDS:
        if f not in used:
            problems.append(f"fact {f} unused")
    # facts listed in table order = order of first use
    first_use = []
    for f in used:
        if f not in first_use:
            first_use.append(f)
    if first_use != FACT_IDS:
        problems.append("Scheme.facts order differs from the order the items use them")
    if base != float(SCHEME["baseMax"]) or bonus != float(SCHEME["bonusMax"]):
        problems.append(f"dimension totals base {base} bonus {bonus}")
    return problems, warnings, base, bonus


# ---------------------------------------------------------------- XMI writer


def attrs(d):
    return "".join(f" {k}={quoteattr(str(v))}" for k, v in d.items())


def strings(out, ind, tag, values):
    for v in values:
        out.append(f"{ind}<{tag}>{escape(v)}</{tag}>")


def write_rule(out, ind, rule, tag="rule"):
    kind, a, children = rule
    a = {k: ("true" if v is True else v) for k, v in a.items()}
    head = f'{ind}<{tag} xsi:type="scheme:{kind}"{attrs(a)}'
    if not children:
        out.append(head + "/>")
        return
    out.append(head + ">")
    for ctag, ca in children:
        out.append(f"{ind}  <{ctag}{attrs(ca)}/>")
    out.append(f"{ind}</{tag}>")


def render():
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    root = dict(id=PACK_ID, version=PACK_VERSION, nameZh=SCHEME["nameZh"], nameEn=SCHEME["nameEn"],
                baseMax=SCHEME["baseMax"], bonusMax=SCHEME["bonusMax"], source=SCHEME["source"])
    out.append('<scheme:Scheme xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"'
               ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
               ' xmlns:scheme="http://crediteval.org/model/scheme/1.0"' + attrs(root) + ">")
    strings(out, "  ", "notes", SCHEME["notes"])
    for di, d in enumerate(DIMENSIONS):
        da = dict(id=d["id"], name=d["name"], nameEn=d["nameEn"], max=d["max"])
        if d["bonus"]:
            da["bonus"] = "true"
        out.append(f"  <dimensions{attrs(da)}>")
        for ii, ind in enumerate(d["indicators"]):
            ia = dict(id=ind["id"], name=ind["name"], nameEn=ind["nameEn"], max=ind["max"])
            out.append(f"    <indicators{attrs(ia)}>")
            strings(out, "      ", "evidenceBasis", ind["basis"])
            strings(out, "      ", "assessmentMethods", ind["methods"])
            strings(out, "      ", "notes", ind["notes"])
            ids = [it["id"] for it in ind["items"]]
            for it in ind["items"]:
                out.append(f"      <items{attrs(dict(id=it['id'], label=it['label']))}>")
                strings(out, "        ", "evidenceBasis", it["basis"])
                strings(out, "        ", "assessmentMethods", it["methods"])
                strings(out, "        ", "notes", it["notes"])
                write_rule(out, "        ", it["rule"])
                for fact, cond in it["gates"]:
                    out.append(f"        <gates{attrs(dict(fact=fact, condition=cond))}/>")
                for fact, each in it["deductions"]:
                    out.append(f"        <deductions{attrs(dict(fact=fact, pointsEach=each))}/>")
                out.append("      </items>")
            for members, gmax, note in ind["capGroups"]:
                refs = " ".join(f"//@dimensions.{di}/@indicators.{ii}/@items.{ids.index(m)}" for m in members)
                out.append(f"      <capGroups{attrs(dict(max=gmax, items=refs, note=note))}/>")
            out.append("    </indicators>")
        out.append("  </dimensions>")
    for f in FACTS:
        fa = dict(id=f["id"], label=f["label"], type=f["type"])
        if "max" in f:
            fa["max"] = f["max"]
        if f.get("optional"):
            fa["optional"] = "true"
            fa["defaultValue"] = f["default"]
        if f.get("levels"):
            out.append(f"  <facts{attrs(fa)}>")
            for code, label in f["levels"]:
                out.append(f"    <levels{attrs(dict(code=code, label=label))}/>")
            out.append("  </facts>")
        else:
            out.append(f"  <facts{attrs(fa)}/>")
    out.append("</scheme:Scheme>")
    return "\n".join(out) + "\n"


def main():
    problems, warnings, base, bonus = check_model()
    for w in warnings:
        print("note:", w)
    if problems:
        for p in problems:
            print("ERROR:", p)
        sys.exit(1)
    print(f"ok: {len(DIMENSIONS)} dimensions, base {base:g}, bonus {bonus:g}, {len(FACTS)} facts")
    if "--check" not in sys.argv:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(render())
        print("wrote", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
