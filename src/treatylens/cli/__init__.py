"""The ``treatylens`` command line. Subcommands live in their own modules and load lazily,
so ``treatylens --help`` imports nothing heavy."""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from treatylens import __version__

#: command name -> (module, attribute, one-line help shown by --help without importing it)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "analyze": ("treatylens.cli.analyze", "analyze_cmd", "Analyse one agreement, draft or news report."),
    "text": ("treatylens.cli.analyze", "text_cmd", "Print the extracted text that offsets refer to."),
    "schema": ("treatylens.cli.analyze", "schema_cmd", "Print the JSON Schema of the analyze output."),
    "eval": ("treatylens.cli.evaluate", "eval_cmd", "Score treatylens against a gold-labelled folder."),
    "analogues": ("treatylens.cli.history", "analogues_cmd", "Nearest historical cases and their fate."),
    "assess": ("treatylens.cli.history", "assess_cmd", "Assess a structured what-if proposal (YAML)."),
    "compare": ("treatylens.cli.compare", "compare_cmd", "Compare several agreements side by side."),
    "diff": ("treatylens.cli.compare", "diff_cmd", "Diff two drafts of one agreement."),
    "calibrate": ("treatylens.cli.history", "calibrate_cmd", "Measure how well scores track real outcomes."),
    "serve": ("treatylens.cli.serve", "serve_cmd", "Run the local web app."),
    "batch": ("treatylens.cli.batch", "batch_cmd", "Analyse a corpus into a queryable store."),
    "query": ("treatylens.cli.batch", "query_cmd", "Run SQL against a corpus store."),
    "export": ("treatylens.cli.batch", "export_cmd", "Export a corpus store (parquet, csv, jsonl, atop)."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        spec = COMMANDS.get(cmd_name)
        if spec is None:
            return None
        module_name, attr, _ = spec
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:  # an optional extra is not installed
            missing = exc.name or module_name
            raise click.ClickException(
                f"'{cmd_name}' needs a package that is not installed ({missing}); "
                "install treatylens with the extras named in the README"
            ) from exc
        command: click.Command = getattr(module, attr)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="treatylens")
def cli() -> None:
    """Read security agreements and tell a paper guarantee from a real one."""


def main(argv: list[str] | None = None) -> Any:
    """Entry point: user errors become one line on stderr and exit code 2, never a traceback."""
    from treatylens.errors import TreatylensError

    try:
        return cli.main(args=argv, prog_name="treatylens", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("treatylens: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        click.echo(f"treatylens: {exc.format_message()}", err=True)
        sys.exit(2 if exc.exit_code == 1 else exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except TreatylensError as exc:
        click.echo(f"treatylens: {exc}", err=True)
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    except KeyboardInterrupt:
        click.echo("treatylens: interrupted", err=True)
        sys.exit(130)
