"""Text, Markdown and JSON views of analogues, the calibration table and a proposal's report."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal

from treatylens.history.analogues import Analogue

Format = Literal["text", "md", "json"]


def dumps(data: Any) -> str:
    """Deterministic JSON (sorted keys are not used: field order is the documented order)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _pct(rate: float | None) -> str:
    return "n/a" if rate is None else f"{rate * 100:.0f}%"


def analogues_text(
    analogues: Sequence[Analogue] | Sequence[dict[str, Any]], md: bool = False
) -> str:
    rows = [a.model_dump(mode="json") if isinstance(a, Analogue) else dict(a) for a in analogues]
    if not rows:
        return "No analogues found.\n"
    lines: list[str] = []
    if md:
        lines += [
            "| # | case | year | similarity | outcome | event |",
            "|---|---|---:|---:|---|---|",
        ]
        for i, a in enumerate(rows, 1):
            lines.append(
                f"| {i} | {a['name']} (`{a['id']}`) | {a['year']} | {a['similarity']:.2f} | {a['outcome']} | {a['event']} |"
            )
        lines.append("")
        for i, a in enumerate(rows, 1):
            lines.append(
                f"{i}. **{a['name']}**: shared: {', '.join(a['shared']) or 'none'}; differs: {'; '.join(a['differs']) or 'none'}. Source: {a['source']}"
            )
        return "\n".join(lines) + "\n"
    for i, a in enumerate(rows, 1):
        lines.append(
            f"{i}. {a['name']} [{a['id']}], {a['year']}: similarity {a['similarity']:.2f}, outcome {a['outcome']}"
        )
        lines.append(f"   event:   {a['event']}")
        lines.append(f"   shared:  {', '.join(a['shared']) or 'none'}")
        lines.append(f"   differs: {'; '.join(a['differs']) or 'none'}")
        lines.append(f"   source:  {a['source']}")
    return "\n".join(lines) + "\n"


def calibration_text(table: dict[str, Any], md: bool = False) -> str:
    atop, modern = table["atop"], table["modern"]
    out: list[str] = []
    h = "## " if md else ""
    out.append(f"{h}(a) Alliance-war cases: which codebook features go with honoured commitments")
    out.append("")
    out.append(
        f"{atop['n']} cases (Berkemeier and Fuhrmann 2018, primary coding), {atop['honoured']} honoured "
        f"(base rate {_pct(atop['base_rate'])}). Features through the ATOP mapping (docs/history.md)."
    )
    out.append("")
    if md:
        out += [
            "| feature | with: honoured / n | rate | without: honoured / n | rate |",
            "|---|---:|---:|---:|---:|",
        ]
    for r in atop["features"]:
        if md:
            out.append(
                f"| {r['description']} | {r['with_honoured']} / {r['with_n']} | {_pct(r['with_rate'])} | {r['without_honoured']} / {r['without_n']} | {_pct(r['without_rate'])} |"
            )
        else:
            out.append(
                f"  {r['feature']:<28} with {r['with_honoured']:>3}/{r['with_n']:<3} {_pct(r['with_rate']):>4}   without {r['without_honoured']:>3}/{r['without_n']:<3} {_pct(r['without_rate']):>4}"
            )
    out.append("")
    out.append("Institutionalisation within each era (Leeds and Anac 2005 vs later work):")
    out.append("")
    if md:
        out += [
            "| feature | era | with: honoured / n | rate | without: honoured / n | rate |",
            "|---|---|---:|---:|---:|---:|",
        ]
    for r in atop.get("institutions_by_era", []):
        if md:
            out.append(
                f"| {r['feature']} | {r['era']} | {r['with_honoured']} / {r['with_n']} | {_pct(r['with_rate'])} "
                f"| {r['without_honoured']} / {r['without_n']} | {_pct(r['without_rate'])} |"
            )
        else:
            out.append(
                f"  {r['feature']:<28} {r['era']:<14} with {r['with_honoured']:>3}/{r['with_n']:<3} {_pct(r['with_rate']):>4}"
                f"   without {r['without_honoured']:>3}/{r['without_n']:<3} {_pct(r['without_rate']):>4}"
            )
    out.append("")
    m = table["method"]
    out.append(
        f"Logistic models (L2 {m['l2']}, {m['folds']}-fold cross-validation repeated {m['repeats']} times, "
        f"95% interval from {m['cv_bootstrap']} case bootstraps; chance = AUC 0.50):"
    )
    out.append("")
    if md:
        out += ["| model | CV AUC | 95% CI |", "|---|---:|---|"]
    for key, label in (
        ("model_codebook", "codebook features"),
        ("model_era_only", "era only (war after 1945)"),
        ("model_codebook_and_era", "codebook features + era"),
    ):
        mod = atop[key]
        ci = f"{mod['auc_ci95'][0]:.2f} to {mod['auc_ci95'][1]:.2f}"
        out.append(
            f"| {label} | {mod['cv_auc']:.2f} | {ci} |"
            if md
            else f"  {label:<28} AUC {mod['cv_auc']:.2f} (95% CI {ci})"
        )
    for key, label in (
        ("model_codebook", "codebook model"),
        ("model_codebook_and_era", "codebook + era model"),
    ):
        coefs = atop[key]["coefficients"]
        ordered = ["intercept", *atop[key]["features"]]
        out.append("")
        out.append(
            f"Coefficients of the {label} (log-odds, fitted on all cases): "
            + ", ".join(f"{k} {coefs[k]:+.2f}" for k in ordered)
        )
    out.append("")
    out.append(
        f"{h}(b) Modern reference set: do the red flags separate guarantees that held from those that failed?"
    )
    out.append("")
    out.append(
        f"{modern['n_tested']} tested cases, {modern['held']} held (base rate {_pct(modern['base_rate'])}; "
        f"{modern['held_lenient']} if partial help counts as held)."
    )
    out.append("")
    if md:
        out += [
            "| flag | held with flag | rate | held without | rate |",
            "|---|---:|---:|---:|---:|",
        ]
    for r in modern["flags"]:
        if md:
            out.append(
                f"| `{r['flag']}` | {r['with_held']} / {r['with_n']} | {_pct(r['with_rate'])} | {r['without_held']} / {r['without_n']} | {_pct(r['without_rate'])} |"
            )
        else:
            out.append(
                f"  {r['flag']:<24} with {r['with_held']:>2}/{r['with_n']:<2} {_pct(r['with_rate']):>4}   without {r['without_held']:>2}/{r['without_n']:<2} {_pct(r['without_rate']):>4}"
            )
    out.append("")
    ci, cil = modern["flag_count_auc_ci95"], modern["flag_count_auc_lenient_ci95"]
    out.append(
        f"Fewer red flags as a score for 'held': AUC {modern['flag_count_auc']:.2f} (95% CI {ci[0]:.2f} to {ci[1]:.2f}); "
        f"partial help counted as held: AUC {modern['flag_count_auc_lenient']:.2f} (95% CI {cil[0]:.2f} to {cil[1]:.2f})."
    )
    sc = table.get("scorecard")
    if sc:
        out.append("")
        out.append(
            f"Scorecard (mean of six dimensions, re-assessed from each case's coding): {sc['summary']}"
        )
    out.append("")
    out.append(f"Reference data version {table['data_version']}.")
    return "\n".join(out) + "\n"


def report_text(
    title: str,
    scorecard: Sequence[tuple[str, int, str]],
    flags: Sequence[tuple[str, str]],
    analogues: Sequence[dict[str, Any]],
    flag_rates: Sequence[dict[str, Any]],
    explanation: Sequence[dict[str, Any]] | None,
    note: str,
    md: bool = False,
) -> str:
    h1, h2 = ("# ", "## ") if md else ("", "")
    out = [f"{h1}{title}", ""]
    out.append(f"{h2}Scorecard")
    for name, score, why in scorecard:
        out.append(f"- {name}: {score}/100 ({why})" if md else f"  {name:<13} {score:>3}  {why}")
    out.append("")
    out.append(f"{h2}Red flags")
    if not flags:
        out.append("  none")
    for name, why in flags:
        out.append(f"- `{name}`: {why}" if md else f"  {name}: {why}")
    if flag_rates:
        out.append("")
        out.append(
            "Historical frequency (calibration, modern reference set; not a probability for this text):"
        )
        for r in flag_rates:
            out.append(
                f"  {r['flag']}: held in {r['with_held']} of {r['with_n']} tested cases with this flag "
                f"({_pct(r['with_rate'])}), {r['without_held']} of {r['without_n']} without ({_pct(r['without_rate'])})"
            )
    if explanation is not None:
        out.append("")
        out.append(f"{h2}What would strengthen it (each change re-assessed)")
        for e in explanation:
            if e["change"] is None:
                out.append(f"  {e['dimension']:<13} {e['score']:>3}  {e['description']}")
            else:
                extra = f"; removes {', '.join(e['flags_removed'])}" if e["flags_removed"] else ""
                out.append(
                    f"  {e['dimension']:<13} {e['score']:>3} -> {e['new_score']:>3}  {e['description']}{extra}"
                )
    out.append("")
    out.append(f"{h2}Nearest historical cases")
    out.append(analogues_text(analogues, md=md).rstrip("\n"))
    out.append("")
    out.append(note)
    return "\n".join(out) + "\n"
