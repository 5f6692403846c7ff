"""The local web app (``treatylens serve``): paste or upload a document, read its report,
compare documents, download JSON, Markdown or HTML; plus a JSON API with OpenAPI docs."""

from __future__ import annotations

from treatylens.web.app import DEFAULT_MAX_UPLOAD_BYTES, create_app

__all__ = ["DEFAULT_MAX_UPLOAD_BYTES", "create_app"]
