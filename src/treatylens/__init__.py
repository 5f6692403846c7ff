"""treatylens: read security agreements and tell a paper guarantee from a real one.

>>> from treatylens import analyze
>>> profile = analyze("Each Party shall assist the Party attacked.")
>>> profile.to_json()  # doctest: +SKIP

Imports are lazy so that ``treatylens --help`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from treatylens.model import Profile
    from treatylens.pipeline import analyze

__all__ = ["Profile", "__version__", "analyze"]


def __getattr__(name: str) -> Any:
    if name == "analyze":
        from treatylens.pipeline import analyze

        return analyze
    if name == "Profile":
        from treatylens.model import Profile

        return Profile
    raise AttributeError(name)
