"""Rebuild the reference data shipped in ``treatylens/history/data`` (a dev-time step).

Reads the project's shared reference folder (``../shared/reference`` by default, or the
folder given as the first argument) and writes:

* ``guarantees.csv``: the modern and landmark reference cases, each coded in codebook terms;
* ``atop_profiles.csv``: every ATOP v4.01 alliance mapped to codebook features;
* ``bf_cases.csv``: the 146 alliance-war cases of Berkemeier and Fuhrmann (2018), primary
  (Leeds-Long-Mitchell style) coding, joined to the alliance's codebook features;
* ``calibration.json``: the calibration table (``treatylens calibrate`` prints it);
* ``MANIFEST.json``: data version, sources, row counts and SHA-256 of each file.

The package never reads the shared folder at run time. Run from the repository root:

    .venv/bin/python scripts/build_reference.py [SHARED_REFERENCE_DIR [OUT_DIR]]

With OUT_DIR only the three CSV files are written (used by the tests to check that the
packaged data are reproducible).
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

from treatylens.codebook.labels import PROVISION_TYPES

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "treatylens" / "history" / "data"
DATA_VERSION = "2026.11.1"

ATOP_CITATION = (
    "Leeds, Ritter, Mitchell and Long (2002), Alliance Treaty Obligations and Provisions, "
    "1815-1944, International Interactions 28: 237-260; ATOP v4.01 (atop.rice.edu)"
)
BF_CITATION = (
    "Berkemeier and Fuhrmann (2018), Reassessing the fulfillment of alliance commitments in war, "
    "Research and Politics 5(2)"
)

# ----------------------------------------------------------------------------- COW -> ISO3
# Correlates of War state codes to ISO 3166 alpha-3. States with no ISO code (German and
# Italian states before unification, South Vietnam) keep the COW letter abbreviation;
# 365 is RUS, or SUN for alliances begun 1922-1991; 345 is SRB (Serbia before 1918 and from
# 2006), or YUG (ISO 3166-3 former code) for alliances begun 1918-2005. Austria-Hungary (300)
# maps to AUT, its successor. Checked against the COW state list v2016 (docs/history.md).
COW_ISO3: dict[int, str] = {
    2: "USA",
    20: "CAN",
    31: "BHS",
    40: "CUB",
    41: "HTI",
    42: "DOM",
    51: "JAM",
    52: "TTO",
    53: "BRB",
    54: "DMA",
    55: "GRD",
    56: "LCA",
    57: "VCT",
    58: "ATG",
    60: "KNA",
    70: "MEX",
    80: "BLZ",
    90: "GTM",
    91: "HND",
    92: "SLV",
    93: "NIC",
    94: "CRI",
    95: "PAN",
    100: "COL",
    101: "VEN",
    110: "GUY",
    115: "SUR",
    130: "ECU",
    135: "PER",
    140: "BRA",
    145: "BOL",
    150: "PRY",
    155: "CHL",
    160: "ARG",
    165: "URY",
    200: "GBR",
    205: "IRL",
    210: "NLD",
    211: "BEL",
    212: "LUX",
    220: "FRA",
    221: "MCO",
    223: "LIE",
    225: "CHE",
    230: "ESP",
    232: "AND",
    235: "PRT",
    240: "HAN",
    245: "BAV",
    255: "DEU",
    260: "DEU",
    265: "DDR",
    267: "BAD",
    269: "SAX",
    271: "WRT",
    273: "HSE",
    275: "HSG",
    280: "MEC",
    290: "POL",
    300: "AUT",
    305: "AUT",
    310: "HUN",
    315: "CSK",
    316: "CZE",
    317: "SVK",
    325: "ITA",
    327: "PAP",
    329: "SIC",
    331: "SMR",
    332: "MOD",
    335: "PMA",
    337: "TUS",
    338: "MLT",
    339: "ALB",
    341: "MNE",
    343: "MKD",
    344: "HRV",
    345: "SRB",
    346: "BIH",
    347: "XKX",
    349: "SVN",
    350: "GRC",
    352: "CYP",
    355: "BGR",
    359: "MDA",
    360: "ROU",
    365: "RUS",
    366: "EST",
    367: "LVA",
    368: "LTU",
    369: "UKR",
    370: "BLR",
    371: "ARM",
    372: "GEO",
    373: "AZE",
    375: "FIN",
    380: "SWE",
    385: "NOR",
    390: "DNK",
    395: "ISL",
    402: "CPV",
    403: "STP",
    404: "GNB",
    411: "GNQ",
    420: "GMB",
    432: "MLI",
    433: "SEN",
    434: "BEN",
    435: "MRT",
    436: "NER",
    437: "CIV",
    438: "GIN",
    439: "BFA",
    450: "LBR",
    451: "SLE",
    452: "GHA",
    461: "TGO",
    471: "CMR",
    475: "NGA",
    481: "GAB",
    482: "CAF",
    483: "TCD",
    484: "COG",
    490: "COD",
    500: "UGA",
    501: "KEN",
    510: "TZA",
    511: "ZAN",
    516: "BDI",
    517: "RWA",
    520: "SOM",
    522: "DJI",
    530: "ETH",
    531: "ERI",
    540: "AGO",
    541: "MOZ",
    551: "ZMB",
    552: "ZWE",
    553: "MWI",
    560: "ZAF",
    565: "NAM",
    570: "LSO",
    571: "BWA",
    572: "SWZ",
    580: "MDG",
    581: "COM",
    590: "MUS",
    591: "SYC",
    600: "MAR",
    615: "DZA",
    616: "TUN",
    620: "LBY",
    625: "SDN",
    626: "SSD",
    630: "IRN",
    640: "TUR",
    645: "IRQ",
    651: "EGY",
    652: "SYR",
    660: "LBN",
    663: "JOR",
    666: "ISR",
    670: "SAU",
    678: "YEM",
    679: "YEM",
    680: "YMD",
    690: "KWT",
    692: "BHR",
    694: "QAT",
    696: "ARE",
    698: "OMN",
    700: "AFG",
    701: "TKM",
    702: "TJK",
    703: "KGZ",
    704: "UZB",
    705: "KAZ",
    710: "CHN",
    712: "MNG",
    713: "TWN",
    730: "KOR",
    731: "PRK",
    732: "KOR",
    740: "JPN",
    750: "IND",
    760: "BTN",
    770: "PAK",
    771: "BGD",
    775: "MMR",
    780: "LKA",
    781: "MDV",
    790: "NPL",
    800: "THA",
    811: "KHM",
    812: "LAO",
    816: "VNM",
    817: "RVN",
    820: "MYS",
    830: "SGP",
    835: "BRN",
    840: "PHL",
    850: "IDN",
    860: "TLS",
    900: "AUS",
    910: "PNG",
    920: "NZL",
    935: "VUT",
    940: "SLB",
    946: "KIR",
    947: "TUV",
    950: "FJI",
    955: "TON",
    970: "NRU",
    983: "MHL",
    986: "PLW",
    987: "FSM",
    990: "WSM",
}


def cow_to_iso3(code: int, begyr: int) -> str:
    if code == 365 and 1922 <= begyr <= 1991:
        return "SUN"
    if code == 345 and 1918 <= begyr <= 2005:
        return "YUG"
    return COW_ISO3.get(code, f"COW{code}")


# ----------------------------------------------------------------------------- modern cases
LEGAL_FORM = {
    "treaty_ratified": "treaty",
    "treaty_unratified": "treaty",
    "memorandum_political": "memorandum",
    "declaration": "declaration",
    "executive_agreement": "executive_agreement",
    "statute": "unilateral_act",
    "draft": "draft",
}
AUTOMATICITY = {
    "automatic": "automatic",
    "deems_necessary": "discretionary",
    "consult_first": "consult_first",
    "un_dependent": "external",
}
BASE_LABELS = {
    "defence": ["defence"],
    "non_aggression": ["non_aggression", "respect_sovereignty"],
    "neutrality": ["neutrality", "non_aggression"],
    "consultation": ["consultation"],
    "arms_aid": ["military_aid", "consultation"],
    "guarantee_of_status": ["respect_sovereignty"],
    "assurance_un_action": ["respect_sovereignty", "un_referral", "nuclear"],
}
# Outcome (how the non-aggressor guarantors behaved) -> fate. Strict: partial help is not "held"
# (the codebook's "held in 3 of 18" count is strict); calibration also reports the lenient reading.
FATE = {
    "honored": "held",
    "partially_honored": "failed",
    "not_honored": "failed",
    "untested_deterred": "untested",
    "untested": "untested",
    "lapsed": "untested",
    "superseded": "untested",
}
# Guarantor forces stationed in or at the beneficiary (hand-coded list in guarantees_history.md).
STATIONED = {
    "cst_csto_armenia_2022",
    "cyprus_guarantee_1960",
    "dayton_1995",
    "nato_1949",
    "nk_trilateral_2020",
    "russia_armenia_1997",
    "sino_soviet_1950",
    "us_afghanistan_spa_2012",
    "us_japan_1960",
    "us_philippines_1951",
    "us_roc_1954",
    "us_rok_1953",
    "warsaw_pact_1955",
    "cst_csto_kazakhstan_2022",
    "uk_kuwait_1961",
}
# Guarantees or collective arrangements with the eventual aggressor inside (codebook sense of
# adversary_is_guarantor); bilateral non-aggression pacts are excluded by the codebook.
ADVERSARY_INSIDE = {
    "london_1839_belgium",
    "locarno_1925",
    "arab_league_jdec_1950",
    "warsaw_pact_1955",
    "cyprus_guarantee_1960",
    "sino_british_jd_1984",
    "budapest_1994",
    "dayton_1995",
    "minsk_ii_2015",
    "nk_trilateral_2020",
    "istanbul_communique_2022",
}
# Per-case codebook coding beyond what the shared table's columns give. Keys: extra labels,
# conditions, trigger, means, legal_form (override), integrated (command) and aid.
CASE_CODING: dict[str, dict[str, Any]] = {
    "london_1839_belgium": {"extra": ["neutrality"], "trigger": "violation"},
    "triple_alliance_1882": {
        "extra": ["integrated_command", "consultation"],
        "trigger": "armed_attack",
        "conditions": ["named_adversary_only"],
        "means": "military",
    },
    "franco_russian_1894": {
        "extra": ["integrated_command"],
        "trigger": "threat",
        "conditions": ["named_adversary_only"],
        "means": "military",
        "quantified": True,
    },
    "anglo_japanese_1902": {
        "extra": ["neutrality"],
        "trigger": "armed_attack",
        "means": "military",
        "conditions": ["territory_limited"],
    },
    "franco_czech_1924": {
        "extra": ["consultation"],
        "trigger": "aggression",
        "conditions": ["un_charter"],
    },
    "locarno_1925": {
        "extra": ["non_aggression", "defence", "dispute_settlement"],
        "trigger": "violation",
        "conditions": ["unsc_dependent", "territory_limited"],
    },
    "soviet_finnish_nap_1932": {"trigger": "none", "extra": ["dispute_settlement"]},
    "german_polish_nap_1934": {"trigger": "none"},
    "soviet_czech_1935": {"trigger": "aggression", "conditions": ["unsc_dependent", "reciprocal"]},
    "anglo_polish_1939": {
        "trigger": "aggression",
        "conditions": ["named_adversary_only"],
        "means": "all_means",
    },
    "franco_polish_1939": {
        "extra": ["integrated_command"],
        "trigger": "armed_attack",
        "conditions": ["named_adversary_only"],
        "means": "military",
    },
    "ukfr_romania_1939": {
        "trigger": "threat",
        "means": "all_means",
        "legal_form": "unilateral_act",
    },
    "ukfr_greece_1939": {"trigger": "threat", "means": "all_means", "legal_form": "unilateral_act"},
    "molotov_ribbentrop_1939": {"extra": ["neutrality", "consultation"], "trigger": "none"},
    "tripartite_1940": {"extra": ["institution"], "trigger": "armed_attack", "means": "all_means"},
    "soviet_japan_neutrality_1941": {"extra": ["respect_sovereignty"], "trigger": "none"},
    "rio_1947": {
        "extra": ["consultation", "institution", "sanctions"],
        "trigger": "armed_attack",
        "conditions": ["un_charter", "territory_limited"],
        "means": "unspecified",
    },
    "nato_1949": {
        "extra": ["consultation", "institution", "integrated_command", "interoperability"],
        "trigger": "armed_attack",
        "conditions": ["un_charter", "territory_limited", "constitutional_process"],
        "means": "all_means",
    },
    "sino_soviet_1950": {
        "extra": ["consultation", "military_aid"],
        "trigger": "armed_attack",
        "conditions": ["named_adversary_only"],
        "means": "all_means",
    },
    "arab_league_jdec_1950": {
        "extra": ["institution", "integrated_command"],
        "trigger": "aggression",
        "conditions": ["un_charter"],
        "means": "all_means",
    },
    "anzus_1951": {
        "extra": ["consultation", "institution"],
        "trigger": "armed_attack",
        "conditions": ["constitutional_process", "territory_limited"],
        "means": "unspecified",
    },
    "us_philippines_1951": {
        "extra": ["consultation"],
        "trigger": "armed_attack",
        "conditions": ["constitutional_process", "territory_limited"],
        "means": "unspecified",
    },
    "us_rok_1953": {
        "extra": ["consultation", "integrated_command"],
        "trigger": "armed_attack",
        "conditions": ["constitutional_process", "territory_limited"],
        "means": "unspecified",
    },
    "seato_1954": {
        "extra": ["consultation", "institution"],
        "trigger": "armed_attack",
        "conditions": ["constitutional_process", "territory_limited"],
        "means": "unspecified",
    },
    "us_roc_1954": {
        "extra": ["consultation", "integrated_command"],
        "trigger": "armed_attack",
        "conditions": ["constitutional_process", "territory_limited"],
        "means": "unspecified",
    },
    "modified_brussels_1954": {
        "extra": ["institution", "force_limits"],
        "trigger": "armed_attack",
        "conditions": ["un_charter", "territory_limited"],
        "means": "all_means",
    },
    "warsaw_pact_1955": {
        "extra": ["consultation", "integrated_command", "institution", "respect_sovereignty"],
        "trigger": "armed_attack",
        "conditions": ["un_charter", "territory_limited"],
        "means": "all_means",
    },
    "baghdad_pact_cento_1955": {"extra": ["institution"], "trigger": "none"},
    "us_pakistan_1959": {
        "extra": ["military_aid"],
        "trigger": "aggression",
        "conditions": ["constitutional_process", "named_adversary_only"],
        "means": "all_means",
    },
    "us_japan_1960": {
        "extra": ["consultation"],
        "trigger": "armed_attack",
        "conditions": ["constitutional_process", "territory_limited"],
        "means": "unspecified",
    },
    "cyprus_guarantee_1960": {
        "extra": ["consultation", "territorial_status"],
        "trigger": "violation",
    },
    "china_dprk_1961": {"trigger": "armed_attack", "means": "all_means"},
    "uk_kuwait_1961": {"extra": ["consultation"], "trigger": "threat", "means": "unspecified"},
    "anglo_portuguese_goa_1961": {"trigger": "armed_attack", "means": "unspecified"},
    "kennedy_cuba_pledge_1962": {
        "trigger": "none",
        "legal_form": "unilateral_act",
        "conditions": ["reciprocal"],
    },
    "egypt_jordan_1967": {
        "extra": ["integrated_command"],
        "trigger": "armed_attack",
        "means": "all_means",
    },
    "indo_soviet_1971": {"extra": ["neutrality"], "trigger": "threat"},
    "paris_accords_1973": {
        "extra": ["ceasefire", "monitoring", "consultation"],
        "trigger": "violation",
    },
    "nixon_thieu_letters_1972": {
        "trigger": "violation",
        "legal_form": "unilateral_act",
        "means": "military",
    },
    "soviet_vietnam_1978": {"trigger": "threat"},
    "taiwan_relations_act_1979": {"trigger": "threat"},
    "sino_british_jd_1984": {"extra": ["territorial_status", "institution"], "trigger": "none"},
    "cst_csto_armenia_2022": {
        "extra": ["consultation", "institution", "integrated_command"],
        "trigger": "aggression",
        "conditions": ["un_charter"],
        "means": "all_means",
    },
    "cst_csto_kazakhstan_2022": {
        "extra": ["consultation", "institution", "integrated_command"],
        "trigger": "aggression",
        "conditions": ["un_charter"],
        "means": "all_means",
    },
    "budapest_1994": {"trigger": "threat", "conditions": ["unsc_dependent"]},
    "dayton_1995": {
        "extra": ["ceasefire", "monitoring", "institution", "territorial_status"],
        "trigger": "violation",
    },
    "russia_ukraine_1997": {"extra": ["non_aggression"], "trigger": "none"},
    "russia_armenia_1997": {
        "extra": ["integrated_command"],
        "trigger": "armed_attack",
        "means": "military",
    },
    "bucharest_2008": {"extra": ["membership_path"], "trigger": "none"},
    "us_georgia_charter_2009": {"extra": ["military_aid", "membership_path"], "trigger": "none"},
    "teu_42_7": {
        "trigger": "aggression",
        "conditions": ["un_charter", "territory_limited"],
        "means": "all_means",
    },
    "us_afghanistan_spa_2012": {"trigger": "aggression"},
    "minsk_protocol_2014": {"extra": ["ceasefire", "monitoring"], "trigger": "violation"},
    "minsk_ii_2015": {
        "extra": ["ceasefire", "monitoring", "territorial_status"],
        "trigger": "violation",
    },
    "nk_trilateral_2020": {"extra": ["ceasefire"], "trigger": "violation"},
    "istanbul_communique_2022": {
        "extra": ["consultation", "force_limits", "military_aid"],
        "trigger": "aggression",
        "means": "all_means",
    },
    "g7_joint_declaration_2023": {"extra": ["economic_aid"], "trigger": "armed_attack"},
    "uk_ukraine_2024": {"extra": ["economic_aid"], "trigger": "armed_attack", "quantified": True},
    "russia_dprk_2024": {
        "trigger": "armed_attack",
        "means": "military",
        "conditions": ["un_charter"],
    },
    "us_israel_mous": {"extra": ["economic_aid"], "trigger": "none", "quantified": True},
}
# Fact corrections after checking the shared table against its sources (docs/history.md,
# "Fact checks"); notes the table marks as unconfirmed keep their caveat.
NOTE_FIXES: dict[str, tuple[str, str]] = {
    # The UK imposed no Hong Kong sanctions; its 2020 measures were these three.
    "sino_british_jd_1984": (
        "Britain's only responses were sanctions and a visa route for residents",
        "Britain's responses were suspending its extradition treaty with Hong Kong, extending "
        "its arms embargo to the territory and opening a visa route for residents",
    ),
}
ISO3_TOKEN = re.compile(r"\b[A-Z]{3}\b")
PROVISION_ORDER = list(PROVISION_TYPES)


def iso3_list(text: str) -> list[str]:
    seen: list[str] = []
    for tok in ISO3_TOKEN.findall(text):
        if tok in {"TIAR", "NATO", "UNSC", "OSCE", "IFOR", "SFOR", "CSTO"}:
            continue
        if tok not in seen:
            seen.append(tok)
    return seen


def code_case(row: dict[str, str]) -> dict[str, Any]:
    cid = row["id"]
    coding = CASE_CODING.get(cid, {})
    labels = set(BASE_LABELS[row["commitment_type"]]) | set(coding.get("extra", []))
    if cid in STATIONED:
        labels.add("forces_presence")
    legal_form = coding.get("legal_form", LEGAL_FORM[row["legal_form"]])
    automaticity = AUTOMATICITY[row["automaticity"]]
    if (
        legal_form in {"memorandum", "declaration", "statement", "unilateral_act", "draft"}
        and legal_form != "unilateral_act"
    ):
        modality = "hortatory"
    elif automaticity == "discretionary":
        modality = "qualified"
    else:
        modality = "binding"
    if legal_form == "unilateral_act":
        # a unilateral assurance: "will" marks a political promise unless a statute says "shall"
        modality = "qualified" if row["legal_form"] == "statute" else "hortatory"
    trigger = coding.get("trigger", "none")
    # Non-aggression pledges bind by themselves (shared table convention); the codebook gives
    # automaticity only to response duties (trigger not none).
    if trigger == "none":
        automaticity_out: str = ""
    else:
        automaticity_out = automaticity
    conditions = sorted(set(coding.get("conditions", [])))
    if automaticity == "external" and "unsc_dependent" not in conditions:
        conditions.append("unsc_dependent")
    means = coding.get("means", "") if ("defence" in labels or "offence" in labels) else ""
    if ("defence" in labels) and not means:
        means = "unspecified"
    adversary_tokens = iso3_list(row["adversary_named_or_implied"])
    adversary = adversary_tokens[0] if adversary_tokens else ""
    adversary_is_guarantor = cid in ADVERSARY_INSIDE
    veto = "unsc_dependent" in conditions and cid == "budapest_1994"
    note = row["outcome_note"]
    if cid in NOTE_FIXES:
        old, new = NOTE_FIXES[cid]
        note = note.replace(old, new)
    ordered = [p for p in PROVISION_ORDER if p in labels]
    return {
        "id": cid,
        "name": row["name"],
        "year": int(row["signed_year"]),
        "ended": row["ended_year"],
        "legal_form": legal_form,
        "provision_types": ";".join(ordered),
        "modality": modality,
        "automaticity": automaticity_out,
        "trigger": trigger,
        "conditions": ";".join(sorted(conditions)),
        "means": means,
        "quantified": "true" if coding.get("quantified") else "false",
        "guarantors": ";".join(iso3_list(row["guarantors"])),
        "beneficiaries": ";".join(iso3_list(row["beneficiaries"])),
        "adversary": adversary,
        "adversary_is_party": row["adversary_is_party"] == "yes",
        "adversary_is_guarantor": adversary_is_guarantor,
        "veto_exposure": veto,
        "exit_at_will": legal_form == "unilateral_act",
        "capability_note": row["capability_backing"],
        "outcome": row["outcome"],
        "fate": FATE[row["outcome"]],
        "event": row["test_event"],
        "event_year": row["test_year"],
        "note": note,
        "source": row["source_url"],
    }


# ----------------------------------------------------------------------------- ATOP mapping
def _int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        f = float(value)
    except ValueError:
        return None
    if f != f:  # NaN
        return None
    return int(f)


def map_atop(row: dict[str, str]) -> dict[str, Any]:
    """One ATOP alliance in codebook terms; see docs/history.md for the mapping table."""
    g = {k: _int(v) for k, v in row.items() if k not in {"source"}}
    begyr = g["begyr"] or 0
    labels: list[str] = []

    def on(var: str, label: str, threshold: int = 1) -> None:
        v = g.get(var)
        if v is not None and v >= threshold and label not in labels:
            labels.append(label)

    on("defense", "defence")
    on("offense", "offence")
    on("neutral", "neutrality")
    on("nonagg", "non_aggression")
    on("consul", "consultation")
    on("milaid", "military_aid")
    on("ecaid", "economic_aid")
    on("base", "forces_presence")
    on("intcom", "integrated_command")
    on("milcon", "integrated_command", 3)
    on("milcon", "interoperability")
    on("organ1", "institution")
    on("medarb", "dispute_settlement")
    on("speclgth", "duration")
    on("renounce", "withdrawal")
    on("armred", "force_limits")
    ordered = [p for p in PROVISION_ORDER if p in labels]
    conditions: list[str] = []
    if (g.get("specthrt") or 0) > 0:
        conditions.append("named_adversary_only")
    members = []
    for i in range(1, 60):
        code = g.get(f"mem{i}")
        if code is not None:
            iso = cow_to_iso3(code, begyr)
            if iso not in members:
                members.append(iso)
    return {
        "atopid": g["atopid"],
        "begyr": begyr,
        "endyr": g.get("endyr") or "",
        "members": ";".join(members),
        "n_members": len(members),
        "bilateral": bool(g.get("bilat")),
        "asymmetric": bool(g.get("asymm")),
        "provision_types": ";".join(ordered),
        "conditional": bool(g.get("conditio")),
        "defence_conditional": bool(g.get("defcon")),
        "conditions": ";".join(conditions),
        "active_military": bool(g.get("active")),
        "quantified": bool(g.get("contrib")),
        "milcon": g.get("milcon") if g.get("milcon") is not None else "",
        "organ": g.get("organ1") if g.get("organ1") is not None else "",
        "secret": (g.get("pubsecr") or 0) > 0,
        "wartime": bool(g.get("wartime")),
    }


# ----------------------------------------------------------------------------- build
def write_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        for r in rows:
            writer.writerow(
                {k: ("true" if v is True else "false" if v is False else v) for k, v in r.items()}
            )


def war_year(name: str) -> int:
    special = {"WorldWarI": 1914, "WorldWarII": 1939}
    if name in special:
        return special[name]
    m = re.search(r"(1[89]\d\d|20\d\d)", name)
    if not m:
        raise SystemExit(f"no year in war name {name!r}")
    return int(m.group(1))


def main(argv: list[str]) -> int:
    shared = Path(argv[1]) if len(argv) > 1 else REPO.parent / "shared" / "reference"
    out = Path(argv[2]) if len(argv) > 2 else OUT
    if not (shared / "guarantees_history.csv").exists():
        print(f"build_reference: {shared} has no guarantees_history.csv", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)

    with (shared / "guarantees_history.csv").open(encoding="utf-8") as fh:
        cases = [code_case(r) for r in csv.DictReader(fh)]
    cases.sort(key=lambda r: r["id"])
    write_csv(out / "guarantees.csv", cases)

    with (shared / "atop" / "atop-alliance-level.csv").open(encoding="utf-8") as fh:
        atop = [map_atop(r) for r in csv.DictReader(fh)]
    atop.sort(key=lambda r: r["atopid"])
    write_csv(out / "atop_profiles.csv", atop)

    import pandas as pd  # dev-time only: reading Stata files

    bf = pd.read_stata(shared / "atop" / "BerkemeierFuhrmannRAP2018_0303.dta")
    rel = bf[(bf.honorLLM == 1) | (bf.violateLLM == 1)]
    bf_rows = []
    for r in rel.itertuples():
        bf_rows.append(
            {
                "atopid": int(r.atopid),
                "warname": str(r.warname),
                "war_year": war_year(str(r.warname)),
                "honoured": bool(r.honorLLM == 1),
                "honoured_bf": True if r.honorBF == 1 else False if r.violateBF == 1 else "",
                "multilateral": bool(r.multilateral),
            }
        )
    bf_rows.sort(key=lambda r: (r["atopid"], r["war_year"], r["warname"]))
    write_csv(out / "bf_cases.csv", bf_rows)

    if out != OUT:  # a check build (tests): data files only, no calibration or manifest
        return 0
    # a provisional manifest first: the calibration records the data version it ran on
    (OUT / "MANIFEST.json").write_text(
        json.dumps({"data_version": DATA_VERSION}) + "\n", encoding="utf-8"
    )
    sys.path.insert(0, str(REPO / "src"))
    from treatylens.history.calibration import compute_calibration

    table = compute_calibration()
    (OUT / "calibration.json").write_text(
        json.dumps(table, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )

    files = ["guarantees.csv", "atop_profiles.csv", "bf_cases.csv", "calibration.json"]
    manifest = {
        "data_version": DATA_VERSION,
        "built_by": "scripts/build_reference.py",
        "sources": {
            "guarantees.csv": "project reference table (guarantees_history.csv), recoded in codebook terms; one source URL per row",
            "atop_profiles.csv": ATOP_CITATION + "; derived per-alliance codes only",
            "bf_cases.csv": BF_CITATION + "; primary (Leeds-Long-Mitchell style) coding",
            "calibration.json": "computed from the three files above by treatylens.history.calibration",
        },
        "files": {
            name: {
                "sha256": hashlib.sha256((OUT / name).read_bytes()).hexdigest(),
                "rows": (sum(1 for _ in (OUT / name).open(encoding="utf-8")) - 1)
                if name.endswith(".csv")
                else None,
            }
            for name in files
        },
    }
    (OUT / "MANIFEST.json").write_text(
        json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(
        f"wrote {len(cases)} cases, {len(atop)} ATOP alliances, {len(bf_rows)} alliance-war cases to {OUT}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
