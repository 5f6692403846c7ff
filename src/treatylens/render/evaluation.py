"""Plain-text rendering of an evaluation report."""

from __future__ import annotations

from treatylens.evaluate.score import EvalReport


def render_eval_text(report: EvalReport, show_errors: bool = False) -> str:
    lines: list[str] = []
    if show_errors:
        for m in report.misses:
            lines.append(f"[{m.doc_id}] {m.kind} {m.what}: gold={m.gold!r} predicted={m.predicted!r}")
            if m.text:
                lines.append(f"    {m.text[:160]!r}")
        lines.append("")
    lines.append(f"{'label':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}")
    for name, c in sorted(report.labels.items()):
        mark = "" if name in report.gold_labels else "  (not in gold)"
        lines.append(
            f"{name:<22}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>5}{c.fp:>5}{c.fn:>5}{mark}"
        )
    lines.append("")
    lines.append("attribute accuracy:")
    for name, a in report.attributes.items():
        lines.append(f"  {name:<16}{a.value:>7.3f}  (n={a.total})")
    lines.append("document accuracy:")
    for name, a in report.document.items():
        lines.append(f"  {name:<24}{a.value:>7.3f}  (n={a.total})")
    f = report.flags
    lines.append(f"red flags: P={f.precision:.3f} R={f.recall:.3f} F1={f.f1:.3f}")
    lines.append(f"gold clauses matched by a predicted clause: {report.segmentation.value:.3f}")
    attr = min((a.value for a in report.attributes.values()), default=1.0)
    doc = min((a.value for a in report.document.values()), default=1.0)
    lines.append(
        f"summary: documents={report.documents} macro_f1={report.macro_f1:.3f} "
        f"min_attribute={attr:.3f} min_document={doc:.3f} flag_f1={f.f1:.3f}"
    )
    return "\n".join(lines) + "\n"
