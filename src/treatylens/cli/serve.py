"""``treatylens serve``: the local web app."""

from __future__ import annotations

import ipaddress

import click

LOOPBACK_NAMES = ("localhost",)


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to listen on (localhost by default).",
)
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on.",
)
@click.option(
    "--max-upload-mb",
    default=10.0,
    show_default=True,
    type=click.FloatRange(min=0.001),
    help="Largest request body accepted, in MB (bigger requests get HTTP 413).",
)
def serve_cmd(host: str, port: int, max_upload_mb: float) -> None:
    """Run the local web app: paste or upload a document, read the report, compare, download.

    The JSON API and its OpenAPI docs are at /docs. Nothing is stored on disk.
    """
    import uvicorn

    from treatylens.web import create_app

    if not is_loopback(host):
        click.echo(
            f"treatylens: warning: listening on {host}: anyone who can reach this address can use the app "
            "(there is no login)",
            err=True,
        )
    app = create_app(max_upload_bytes=int(max_upload_mb * 1024 * 1024))
    click.echo(f"treatylens: serving on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
