"""``treatylens eval DIR``: per-label P/R/F1, attribute and document accuracy, red-flag F1."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("eval")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", is_flag=True, help="List every disagreement with the gold labels.")
@click.option(
    "--gold-spans",
    is_flag=True,
    help="Label the gold clause spans instead of segmenting (isolates labelling quality).",
)
def eval_cmd(folder: Path, as_json: bool, errors: bool, gold_spans: bool) -> None:
    """Score treatylens on FOLDER of NAME.txt + NAME.gold.json pairs (see docs/evaluation.md)."""
    from treatylens.evaluate import evaluate_dir
    from treatylens.render.evaluation import render_eval_text

    report = evaluate_dir(folder, keep_misses=errors, gold_spans=gold_spans)
    if as_json:
        data = report.to_dict()
        if errors:
            data["errors"] = [m.__dict__ for m in report.misses]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(render_eval_text(report, show_errors=errors), nl=False)
