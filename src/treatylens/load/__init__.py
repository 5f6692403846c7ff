"""Stage 1: turn a path, bytes or pasted text into a ``SourceText`` and its analysis view.

``load`` reads and decodes (txt, md, html, pdf, docx) with size limits and one-line errors;
``normalise`` builds the analysis view with a map back to source offsets. See
``docs/loading.md``.
"""

from __future__ import annotations

from treatylens.load.limits import DEFAULT_MAX_BYTES, MAX_BYTES_ENV
from treatylens.load.loader import load, load_stream
from treatylens.load.normalise import normalise

__all__ = ["DEFAULT_MAX_BYTES", "MAX_BYTES_ENV", "load", "load_stream", "normalise"]
